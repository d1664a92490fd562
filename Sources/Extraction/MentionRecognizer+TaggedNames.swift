import NewsGraphCore

/// Where the learned tagger's names meet the rules' mentions in a sentence.
///
/// The rules are precise where they fire: a listed name, a title, a head
/// word, a policy or group pattern keeps its reading. Where they are unsure
/// (a capitalized chunk they could not type, which they keep only if the
/// document names it more fully elsewhere) or silent, the tagger's names
/// take over. A tagged name stays weak until resolution: "Sheinbaum" still
/// joins "Claudia Sheinbaum" and "FTO" its expansion; only a name the
/// document knows no fuller form of becomes an entity of the tagged kind.
extension MentionRecognizer {
    func merging(
        _ names: [NameSpan], into mentions: [Mention], of sentence: Sentence, tagger: NameTagger,
        documentCase: DocumentCase
    ) -> [Mention] {
        let tokens = sentence.tokens
        var result = mentions
        // "Merrill Lynch", "Morgan Stanley": a given name opens a listed body's name too.
        for index in result.indices where result[index].kind == .person && result[index].role == nil
            && result[index].tokens.count > 1 && lexicon.givenNames.contains(tokens[result[index].tokens.lowerBound].text)
            && tagger.isListedOnlyAsOrganization(tokens[result[index].tokens]) {
            result[index].kind = .organization
        }
        joinListedRegions(&result, in: sentence, tagger: tagger)
        // "Qualcomm and Microsoft opposed", "pushed into eastern Mosul": a name
        // the rules could not type but only one list holds is of that list's
        // kind, even where the tagger is silent.
        for index in result.indices where result[index].isWeak && result[index].taggedKind == nil && !result[index].isHeadNounReference {
            let words = tokens[result[index].tokens]
            // "Nice", "Mobile": a town named like an everyday word is not read from the list alone.
            let kind: EntityKind
            if tagger.isListedOnlyAsOrganization(words) {
                kind = .organization
            } else if tagger.isListedOnlyAsCity(words), words.count > 1 || !tagger.isCommonWord(words[words.startIndex]) {
                kind = .location
            } else {
                continue
            }
            result[index].kind = kind
            result[index].taggedKind = kind
        }
        // "Manchester City", "Inter Milan": a place's head word or a city opens many a
        // club's name; a name only the organisation list holds is a body.
        for index in result.indices where result[index].kind == .location && result[index].origin == .rule
            && result[index].tokens.count > 1 && lexicon.meaning(of: result[index].surface) == nil
            && tagger.isListedOnlyAsOrganization(tokens[result[index].tokens]) {
            result[index].kind = .organization
        }
        // "Opposition leader Raila Odinga", "Police chief X": an everyday word before a
        // title is the title's field, no body's name, unless the article names a body
        // by it ("City manager Pep Guardiola" of Manchester City) or a list does ("Labour leader X").
        // So is an everyday word that opens the sentence (or follows its dateline) and is
        // capitalized nowhere else: "Police fired tear gas" names no body (the guidelines
        // give the act to the state).
        for index in result.indices where result[index].kind == .organization && result[index].origin == .rule
            && !result[index].isWeak && result[index].tokens.count == 1 && result[index].tokens.upperBound < tokens.count
            && tagger.isCommonWord(tokens[result[index].tokens.lowerBound]) && !tagger.isListed(tokens[result[index].tokens])
            && lexicon.meaning(of: result[index].surface) == nil {
            let word = result[index].tokens.lowerBound
            if !tokens[word + 1].roles.isDisjoint(with: WordRoles.title.union(.titleStart))
                || (word == 0 || word == sentence.datelineLength) && !documentCase.isCapitalizedInside(tokens[word]) {
                result[index].isWeak = true
            }
        }
        // "cut 600 jobs at NorthStar in 2021": one word the rules read as a place
        // only because "at" or "in" stands before it, and no list knows as a
        // place, may be a body's short name; it is read as a tagged name is, a
        // place only when the article names nothing fuller by it. Not before a
        // noun it describes: "in English football".
        for index in result.indices where result[index].kind == .location && result[index].origin == .rule
            && !result[index].isWeak && result[index].tokens.count == 1 && lexicon.meaning(of: result[index].surface) == nil
            && !tagger.isListed(tokens[result[index].tokens]) && isPhraseFinal(at: result[index].tokens.lowerBound, in: tokens) {
            result[index].isWeak = true
            result[index].taggedKind = .location
        }
        for index in result.indices where result[index].isWeak && result[index].tokens == 0..<1
            && !isOpener(tokens[0], atSentenceStart: true) && !tagger.isCommonWord(tokens[0])
            && !documentCase.isWrittenInLowerCase(tokens[0]) {
            result[index].opensSentenceAsName = true
        }
        guard !names.isEmpty else { return result }
        let titles = quotedTitles(in: sentence)
        var added = false
        for var name in names {
            // A cited headline ("CNN, “Trump Weighs Strikes Targeting Cartels”")
            // is in headline case too: the rules read it as they read headlines.
            if titles.contains(where: { $0.overlaps(name.tokens) }) || tokens[name.tokens.lowerBound].isCurrencyPrefix { continue }
            // "Energy Justice Asia (EJA)": an acronym that spells capitalized words before the name takes them in.
            if let start = (max(0, name.tokens.lowerBound - 3)..<name.tokens.lowerBound).first(where: { start in
                tokens[start..<name.tokens.lowerBound].allSatisfy { $0.isCapitalized && $0.punctuationAfter == nil }
                    && isSpelledOut(start..<name.tokens.upperBound, in: tokens)
            }) {
                name.tokens = start..<name.tokens.upperBound
            }
            // "Former", "Acting": the rules' titles' modifiers open no name.
            while name.tokens.count > 1, tokens[name.tokens.lowerBound].roles.contains(.titleModifier) {
                name.tokens = (name.tokens.lowerBound + 1)..<name.tokens.upperBound
            }
            if name.tokens.lowerBound == 0, !tagger.isListed(tokens[name.tokens]), !isSpelledOut(name.tokens, in: tokens) {
                // A sentence capitalizes its first word: "Historically," "Legal
                // experts agree" open with no name. A word the article also
                // writes in lower case is no name there either, unless an acronym
                // after the name spells it: "Energy Justice Asia (EJA)".
                if isOpener(tokens[0], atSentenceStart: true) || documentCase.isWrittenInLowerCase(tokens[0]) {
                    name.tokens = 1..<name.tokens.upperBound
                    if name.tokens.isEmpty { continue }
                } else if name.tokens.count == 1, tagger.isCommonWord(tokens[0]), !documentCase.isCapitalizedInside(tokens[0]) {
                    continue  // an everyday word, only ever first in its sentence: no evidence of a name
                }
            }
            // A line that is no sentence (a caption, a credit, a table row, a
            // list item) gives a name little context: one word there must be
            // a listed name ("Swansea 2 Barnsley 1"), or left to the rules.
            if sentence.isFragment, name.tokens.count == 1, !tagger.isListed(tokens[name.tokens]) { continue }
            // "Boston's Fidelity Investments": a possessive ends a name unless a
            // body's head word follows it ("European People's Party"); a listed
            // city before it is a place of its own.
            if let possessive = name.tokens.dropLast().last(where: { tokens[$0].isPossessive }),
               !tokens[possessive + 1].roles.contains(.organizationHead) {
                let owner = name.tokens.lowerBound..<(possessive + 1)
                name.tokens = (possessive + 1)..<name.tokens.upperBound
                if tagger.isListedOnlyAsCity(tokens[owner]), !result.contains(where: { $0.tokens.overlaps(owner) && !$0.isWeak }) {
                    result.removeAll { $0.tokens.overlaps(owner) }
                    result.append(tagged(NameSpan(tokens: owner, type: .location), in: sentence))
                    added = true
                }
            }
            // "Delpiano met Roa": a lower-case word inside a name joins its parts ("Bank of
            // America", "Libertad y Desarrollo"); any other makes the span no name at all.
            if !tagger.isListed(tokens[name.tokens]), tokens[name.tokens].dropFirst().dropLast().contains(where: cannotJoinName) {
                continue
            }
            guard !isOnlyCountries(tokens[name.tokens]), !isPortfolio(tokens, name.tokens),
                  !(name.type == .location && endsInDemonym(tokens[name.tokens])),
                  !(name.type == .person && isRole(tokens[name.tokens]))
            else { continue }
            let overlapping = result.indices.filter { result[$0].tokens.overlaps(name.tokens) }
            guard overlapping.allSatisfy({ result[$0].isWeak && !result[$0].isHeadNounReference }) else { continue }
            for index in overlapping.reversed() { result.remove(at: index) }
            var mention = tagged(name, in: sentence)
            if mention.kind == .person, ownsInstitution(name.tokens, in: tokens) {
                (mention.kind, mention.taggedKind) = (.organization, .organization)
            }
            result.append(mention)
            added = true
        }
        return added ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// Whether the word ends its phrase: a mark, a preposition, a conjunction or the sentence's end follows it.
    private func isPhraseFinal(at word: Int, in tokens: [Token]) -> Bool {
        word + 1 == tokens.count || tokens[word].punctuationAfter != nil || tokens[word + 1].roles.contains(.preposition)
            || ["and", "or"].contains(tokens[word + 1].lowercased)
    }

    /// "Tinklų Linija's chief executive", "Ember Lynx's members": only a body
    /// has what the words after the name's possessive say it has.
    private func ownsInstitution(_ name: Range<Int>, in tokens: [Token]) -> Bool {
        guard tokens[name.upperBound - 1].isPossessive, name.upperBound < tokens.count else { return false }
        let next = tokens[name.upperBound].lowercased
        if next == "chief", name.upperBound + 1 < tokens.count {
            return ["executive", "financial", "operating"].contains(tokens[name.upperBound + 1].lowercased)
        }
        return Self.institutionNouns.contains(next)
    }

    private static let institutionNouns: Set<String> = [
        "ceo", "chairman", "chairwoman", "board", "shareholders", "headquarters", "employees", "subsidiary", "members",
        "fighters", "militants", "leader", "founder", "secretary-general",
    ]

    /// The words of quotations of three words or more in headline case: the
    /// titles of articles, books or films cited in the sentence.
    private func quotedTitles(in sentence: Sentence) -> [Range<Int>] {
        let bytes = Array(sentence.text.utf8)
        var quotes: [Range<Int>] = []
        var open: Int?
        for index in bytes.indices {
            let isOpening = bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C
            let isClosing = bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9D
            if isOpening || bytes[index] == UInt8(ascii: "\""), open == nil {
                open = index
            } else if isClosing || bytes[index] == UInt8(ascii: "\""), let start = open {
                quotes.append(start..<index)
                open = nil
            }
        }
        return quotes.compactMap { quote in
            let words = sentence.tokens.indices.filter { quote.contains(sentence.tokens[$0].offsets.lowerBound) }
            let longWords = words.filter { sentence.tokens[$0].text.utf8.count > 3 }
            guard let first = words.first, let last = words.last, words.count >= 3,
                  longWords.allSatisfy({ sentence.tokens[$0].isCapitalized })
            else { return nil }
            return first..<(last + 1)
        }
    }

    /// A lower-case word that cannot join the parts of a name: not a name
    /// connector ("de", "van"), a preposition ("of", "for") or a conjunction.
    private func cannotJoinName(_ token: Token) -> Bool {
        !token.isCapitalized && token.roles.isDisjoint(with: [.connector, .preposition])
            && !Self.nameJoiners.contains(token.lowercased) && token.text.first?.isLowercase == true
    }

    /// Joiners the chunking rules do not need ("Frankfurt am Main", "Universidad de los Andes").
    private static let nameJoiners: Set<String> = [
        "and", "the", "et", "und", "e", "i", "los", "las", "am", "des", "di", "den", "ter", "to", "upon", "es",
    ]

    /// "British Columbia", "French Polynesia": a demonym or a state's name that
    /// opens a run of capitalized words only the list of regions holds whole
    /// names that region, not its state. ("Columbia" alone would be read as a
    /// misspelt "Colombia".)
    private func joinListedRegions(_ mentions: inout [Mention], in sentence: Sentence, tagger: NameTagger) {
        let tokens = sentence.tokens
        for state in mentions where state.kind == .country && state.role == nil {
            let start = state.tokens.lowerBound
            let longest = min(tokens.count, start + 4)
            guard state.tokens.upperBound < longest, let end = ((state.tokens.upperBound + 1)...longest).reversed().first(where: { end in
                tokens[start..<end].allSatisfy(\.isCapitalized)
                    && tokens[start..<(end - 1)].allSatisfy { $0.punctuationAfter == nil && !$0.isPossessive }
                    && tagger.isListedOnlyAsRegion(tokens[start..<end])
            }) else { continue }
            mentions.removeAll { $0.tokens.overlaps(start..<end) }
            mentions.append(plain(sentence, start..<end, kind: .location))
            mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            return joinListedRegions(&mentions, in: sentence, tagger: tagger)
        }
    }

    /// "Latin American cartels": a place's name does not end in a demonym; an adjective does.
    private func endsInDemonym(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.last.map { lexicon.isDemonym($0.text) } ?? false
    }

    /// "according to El Mercurio, …": a name cited on its own as a source is
    /// a body or a person, not a place ("according to Mexico City police" is
    /// the police's).
    private func isCitedSource(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        guard name.lowerBound >= 2, tokens[name.lowerBound - 1].lowercased == "to",
              tokens[name.lowerBound - 2].lowercased == "according"
        else { return false }
        return name.upperBound == tokens.count || tokens[name.upperBound - 1].punctuationAfter != nil
    }

    /// "US-Mexico relations": countries joined by hyphens are an adjective.
    private func isOnlyCountries(_ tokens: ArraySlice<Token>) -> Bool {
        guard tokens.count == 1, let word = tokens.first?.text, word.contains(byte: UInt8(ascii: "-")) else { return false }
        return word.split(separator: "-").allSatisfy { lexicon.country(named: String($0)) != nil }
    }

    private func tagged(_ name: NameSpan, in sentence: Sentence) -> Mention {
        var mention: Mention
        let surface = written(sentence.tokens[name.tokens], in: sentence)
        // A name the lexicon lists keeps the lexicon's reading: the tagger
        // cannot know that "Foreign Terrorist Organization" is a designation.
        if let meaning = lexicon.meaning(of: surface) {
            mention = self.mention(sentence, name.tokens, meaning: meaning)
            mention.taggedKind = mention.kind
            mention.isWeak = true
            return mention
        }
        let isGivenName = lexicon.givenNames.contains(sentence.tokens[name.tokens.lowerBound].text)
        let describedAsBody = followsBodyNoun(sentence.tokens, name.tokens.lowerBound)
            || precedesBodyDescription(sentence.tokens, name.tokens) || followsBodyDescription(sentence.tokens, name.tokens.lowerBound)
            || isRomanceBodyName(sentence.tokens[name.tokens])
        switch !isGivenName && describedAsBody ? .organization : name.type {
        case .person:
            mention = plain(sentence, name.tokens, kind: .person)
        case .organization:
            mention = plain(sentence, name.tokens, kind: .organization)
        case .location:
            mention = plain(sentence, name.tokens, kind: .location)
            // The tagger knows places; the lexicon knows which places are states.
            if let country = lexicon.country(named: mention.surface) {
                mention.kind = .country
                mention.canonical = country
            }
        }
        // "Kanitha Rojanasak, Southeast Asia director at ...": a place does not hold a title.
        if mention.kind == .location, titledAfterComma(sentence.tokens, name.tokens) {
            mention.kind = .person
        }
        // The tagger knows no policies: "whose Total Peace policy" names one.
        if mention.kind != .country, mention.kind != .person, let noun = policyNounAfter(sentence.tokens, name.tokens) {
            mention.kind = .policy
            mention.describedAs = noun
        }
        mention.taggedKind = mention.kind
        mention.isWeak = true
        mention.origin = .tagger
        mention.isSeatedBody = mention.kind == .organization && followsSeatCount(sentence.tokens, name.tokens.lowerBound)
        mention.isDescribedAsOutlet = followsOutletNoun(sentence.tokens, name.tokens.lowerBound)
            || precedesOutletNoun(sentence.tokens, name.tokens)
        if mention.isDescribedAsOutlet || mention.kind == .location && isCitedSource(sentence.tokens, name.tokens) {
            mention.kind = .organization
        }
        return mention
    }
}

extension MentionRecognizer {
    /// ", Southeast Asia director at", ", UNHCR spokesperson": after a comma,
    /// a title whose scope is only capitalized words.
    private func titledAfterComma(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        guard name.upperBound < tokens.count, tokens[name.upperBound - 1].punctuationAfter == "," else { return false }
        for index in name.upperBound..<min(tokens.count, name.upperBound + 4) {
            let token = tokens[index]
            if !token.isCapitalized { return index > name.upperBound && !token.roles.isDisjoint(with: .title) }
            if token.punctuationAfter != nil || token.isPossessive { return false }
        }
        return false
    }
}
