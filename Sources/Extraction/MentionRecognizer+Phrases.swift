import NewsGraphCore

/// Mentions that need no capitals, or more than a run of capitalized words:
/// policy phrases, designations and declarations, "the administration",
/// borders, groups and their bare nouns, "-based" places.
extension MentionRecognizer {
    /// A policy word, or the place right after "as" (a designation) or after
    /// "declared a" (a declaration): the only places ``policyPhrase(in:at:)``
    /// finds one. Asked first, as nearly every word is none of these.
    func mayStartPolicy(_ tokens: [Token], at index: Int) -> Bool {
        !tokens[index].roles.isDisjoint(with: [.policyFirstWord, .policyModifier, .policyInstrument])
            || index > 1 && (tokens[index - 1].lowercased == "as" || tokens[index - 2].roles.contains(.declarationVerb))
    }

    /// "executive order", "mass deportations", "tariffs on Mexico".
    func policyPhrase(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard !tokens[index].isCapitalized || index == 0 || sentence.isHeadline, mayStartPolicy(tokens, at: index)
        else { return nil }
        if let designation = lowercaseDesignation(in: sentence, at: index) { return designation }
        if let declaration = declaration(in: sentence, at: index) { return declaration }
        // A policy phrase starts here, or after a modifier ("bipartisan border bill").
        let starts = tokens[index].roles.isDisjoint(with: [.policyFirstWord, .policyModifier]) ? [] : [index, index + 1]
        for start in starts where start < tokens.count && tokens[start].roles.contains(.policyFirstWord)
            && (start == index || tokens[index].roles.contains(.policyModifier)) {
            // One word is a policy only after a modifier: "the embargo" is not, "sweeping embargo" is.
            if let (_, length) = lexicon.commonPolicies.longestMatch(
                in: tokens, at: start, accepting: { $0 > 1 || start > index }) {
                let range = index..<(start + length)
                return plain(sentence, range, kind: .policy, surface: tokens[range].map(\.lowercased).joined(separator: " "))
            }
        }
        if tokens[index].roles.contains(.policyInstrument), !tokens[index].isCapitalized {
            var reference = plain(sentence, index..<(index + 1), kind: .policy, surface: tokens[index].lowercased)
            reference.isHeadNounReference = true
            reference.isWeak = true
            reference.isDefiniteReference = index > 0 && Self.determiners.contains(tokens[index - 1].lowercased)
            reference.isEnacted = isEnacted(tokens, noun: index)
            return reference
        }
        return nil
    }

    /// "signed a directive", "imposed new tariffs": an enacting verb in the
    /// past takes the noun as its object, past an article and an adjective at
    /// most. Only a done act names a policy: not "the ability to impose
    /// sanctions", nor "a proposed strategy".
    private func isEnacted(_ tokens: [Token], noun index: Int) -> Bool {
        var verb = index - 1
        while verb >= 0, index - verb <= 3, tokens[verb].punctuationAfter == nil, !tokens[verb].isCapitalized {
            if let (type, length) = lexicon.trigger(in: tokens, at: verb), verb + length <= index {
                return type == .enacts && tokens[verb].lowercased.hasSuffix("ed")
                    && (verb == 0 || !Self.articlesAndTo.contains(tokens[verb - 1].lowercased))
            }
            verb -= 1
        }
        return false
    }

    private static let articlesAndTo: Set<String> = ["a", "an", "the", "to"]

    private static let determiners: Set<String> = ["the", "this", "that", "these", "those"]

    /// "the accord, titled "Building Together"", "a programme known as PERTE
    /// VEC": a name given to a policy the sentence has just called by its kind.
    func namedPolicy(_ sentence: Sentence, _ range: Range<Int>) -> Mention? {
        let tokens = sentence.tokens
        var naming = range.lowerBound - 1
        guard naming > 0 else { return nil }
        if tokens[naming].lowercased == "as", tokens[naming - 1].lowercased == "known" {
            naming -= 1
        } else if !Self.namingWords.contains(tokens[naming].lowercased) {
            return nil
        }
        guard naming > 0 else { return nil }
        let noun = tokens[naming - 1]
        guard !noun.isCapitalized, noun.roles.contains(.policyInstrument) || lexicon.policyHeads.contains(noun.text.capitalized)
        else { return nil }
        var mention = plain(sentence, range, kind: .policy)
        mention.origin = .rule
        mention.describedAs = noun.lowercased
        return mention
    }

    private static let namingWords: Set<String> = ["titled", "entitled", "called", "named", "dubbed"]

    /// "designated ... as foreign terrorist organizations": a known designation in lower case.
    func lowercaseDesignation(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard index > 1, tokens[index - 1].lowercased == "as",
              tokens[..<index].contains(where: { $0.lowercased.hasPrefix("designat") })
        else { return nil }
        for length in stride(from: min(4, tokens.count - index), through: 2, by: -1) {
            var words = tokens[index..<(index + length)].map(\.lowercased)
            if words[length - 1].hasSuffix("s") { words[length - 1].removeLast() }
            if case .policy(let name)? = lexicon.meaning(ofLowercased: words.joined(separator: " ")) {
                return plain(sentence, index..<(index + length), kind: .policy, canonical: name)
            }
        }
        return nil
    }

    /// "declared a public health emergency of international concern": what a
    /// government or agency declares is a policy, named in lower case.
    func declaration(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard index > 1, tokens[index - 2].roles.contains(.declarationVerb),
              tokens[index - 1].lowercased == "a" || tokens[index - 1].lowercased == "an", !tokens[index].isCapitalized
        else { return nil }
        // "a 60-day state of emergency": how long it lasts is no part of its name.
        if Self.isDuration(tokens[index].lowercased), index + 1 < tokens.count, !tokens[index + 1].isCapitalized {
            return declaredPolicy(in: sentence, from: index + 1)
        }
        return declaredPolicy(in: sentence, from: index)
    }

    /// The lower-case words of a declared policy from `index` to a word that ends them.
    private func declaredPolicy(in sentence: Sentence, from index: Int) -> Mention? {
        let tokens = sentence.tokens
        var end = index
        while end < tokens.count, end - index < 7, !tokens[end].isCapitalized,
              !Self.declarationEnds.contains(tokens[end].lowercased) {
            end += 1
            if tokens[end - 1].punctuationAfter != nil { break }
        }
        guard end - index >= 2 else { return nil }
        return plain(sentence, index..<end, kind: .policy, surface: tokens[index..<end].map(\.lowercased).joined(separator: " "))
    }

    /// "60-day", "two-week", "90-day": a measure of time joined to its unit.
    private static func isDuration(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        return ["day", "week", "month", "year", "hour"].contains(word[word.index(after: hyphen)...])
    }

    private static let declarationEnds: Set<String> = [
        "on", "in", "after", "before", "for", "to", "that", "which", "and", "over", "at", "as", "with",
    ]

    /// "California-based", "Iran-backed", "US-led": the place a body is based
    /// in, or the state that backs or leads it.
    func compoundPlace(_ sentence: Sentence, at index: Int) -> Mention? {
        guard sentence.tokens[index].isCapitalized, let place = sentence.tokens[index].compoundPlace else { return nil }
        // "Santiago-based" is based in the city, not in Chile.
        if case .capital? = lexicon.meaning(of: place) {
            return plain(sentence, index..<(index + 1), kind: .location, surface: place)
        }
        if let country = lexicon.country(named: place) {
            return plain(sentence, index..<(index + 1), kind: .country, canonical: country, surface: place)
        }
        return unlistedCompound(sentence, index..<(index + 1), surface: place)
    }

    /// "Santa Rosa-based": an unlisted name a body is based in is a place;
    /// "the Al Saqr-led consortium": one that leads or backs a body is read as a
    /// name is, most often a body the article names in full.
    func unlistedCompound(_ sentence: Sentence, _ range: Range<Int>, surface: String) -> Mention {
        guard sentence.tokens[range.upperBound - 1].placeCompound != .based else {
            return plain(sentence, range, kind: .location, surface: surface)
        }
        var mention = plain(sentence, range, kind: .organization, surface: surface)
        mention.isWeak = true
        return mention
    }

    /// "the administration": the government the article is about, resolved to
    /// the country its unnamed head of state leads.
    func administration(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard index > 0, tokens[index - 1].lowercased == "the", tokens[index].text == "administration",
              index + 1 == tokens.count || tokens[index + 1].lowercased != "of"
        else { return nil }
        var mention = plain(sentence, index..<(index + 1), kind: .country, surface: "administration")
        mention.isGovernment = true
        mention.isWeak = true
        return mention
    }

    /// "U.S.-Mexico border", "US-Mexico border": a place between two countries.
    func border(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard tokens[index].isCapitalized,
              tokens[index].punctuationAfter == "-" || tokens[index].punctuationAfter == "–"
                || tokens[index].text.contains(byte: UInt8(ascii: "-"))
        else { return nil }
        func countries(_ text: String) -> Bool { lexicon.country(named: text) != nil }
        if index + 2 < tokens.count, tokens[index].punctuationAfter == "-" || tokens[index].punctuationAfter == "–",
           countries(tokens[index].text), countries(tokens[index + 1].text),
           tokens[index + 2].roles.contains(.boundaryNoun) {
            let surface = "\(tokens[index].text)-\(tokens[index + 1].text) \(tokens[index + 2].lowercased)"
            return plain(sentence, index..<(index + 3), kind: .location, surface: surface)
        }
        let parts = tokens[index].text.split(separator: "-")
        if parts.count == 2, parts.allSatisfy({ countries(String($0)) }), index + 1 < tokens.count,
           tokens[index + 1].roles.contains(.boundaryNoun) {
            return plain(sentence, index..<(index + 2), kind: .location, surface: "\(tokens[index].text) \(tokens[index + 1].lowercased)")
        }
        return nil
    }

    /// "the cartels", "drug cartels": a demonym-less group noun, resolved to
    /// the document's group of that name if it has exactly one.
    func groupReference(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard tokens[index].roles.contains(.groupNoun), !tokens[index].isCapitalized || sentence.isHeadline
        else { return nil }
        let noun = tokens[index].lowercased
        if index + 2 < tokens.count, tokens[index + 1].lowercased == "in",
           let country = lexicon.country(named: String(tokens[index + 2].text)), let demonym = lexicon.demonymOf[country] {
            // "drug cartels in Mexico" names the group "Mexican cartels".
            var mention = plain(sentence, index..<(index + 1), kind: .organization, surface: "\(demonym) \(noun)")
            mention.canonical = "\(demonym) \(noun)"
            return mention
        }
        var mention = plain(sentence, index..<(index + 1), kind: .organization, surface: noun)
        mention.isHeadNounReference = true
        mention.isWeak = true
        return mention
    }

    /// "the bank", "the ministry", "the court": a body's head noun after
    /// "the", resolved to the document's one body whose name holds it; with
    /// words before it ("the electoral commission", "Chile's central bank"),
    /// the one whose name holds them all.
    func bodyReference(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, tokens[index].roles.contains(.referenceNoun) else { return nil }
        // "police spokesman Moses Ainebyoona": the noun before a title and a name is the body the title is of,
        // capitalized only as the sentence's first word.
        if index + 2 < tokens.count, !tokens[index].isCapitalized || index == 0, tokens[index].punctuationAfter == nil,
           !tokens[index + 1].roles.isDisjoint(with: WordRoles.title), !tokens[index + 1].isCapitalized,
           tokens[index + 1].punctuationAfter == nil, tokens[index + 2].isCapitalized {
            var mention = plain(sentence, index..<(index + 1), kind: .organization, surface: tokens[index].lowercased)
            (mention.isHeadNounReference, mention.isDefiniteReference, mention.isWeak) = (true, true, true)
            return mention
        }
        // "accused the department of collective punishment": that "of" is the verb's.
        let ofIsTheVerbs = index >= 2 && tokens[index - 1].lowercased == "the"
            && Self.accusingVerbs.contains(tokens[index - 2].lowercased) && index + 1 < tokens.count && tokens[index + 1].lowercased == "of"
        guard index > 0, ofIsTheVerbs || endsNounPhrase(tokens, at: index) else { return nil }
        if Self.legislatureNouns.contains(tokens[index].lowercased), !tokens[index].isCapitalized, tokens[index - 1].isPossessive,
           let country = lexicon.countryStart(possessiveEndingAt: index - 1, in: tokens) {
            let surface = tokens[country..<index].map(\.text).joined(separator: " ") + "'s " + tokens[index].lowercased
            var mention = plain(sentence, index..<(index + 1), kind: .organization, surface: surface)
            (mention.isStateLegislature, mention.isDefiniteReference, mention.isWeak) = (true, true, true)
            return mention
        }
        // "amended by parliament in 2021": the bare noun after a preposition is the article's legislature, if it names one;
        // "told lawmakers", "told Lebanon's lawmakers": so are its members, addressed.
        if Self.legislatureNouns.contains(tokens[index].lowercased), !tokens[index].isCapitalized, tokens[index - 1].roles.contains(.preposition) {
            var mention = plain(sentence, index..<(index + 1), kind: .organization, surface: tokens[index].lowercased)
            mention.isWeak = true
            return mention
        }
        if Self.legislatorNouns.contains(tokens[index].lowercased), !tokens[index].isCapitalized,
           Self.addressingVerbs.contains(tokens[index - 1].lowercased)
            || index >= 2 && tokens[index - 1].isPossessive && Self.addressingVerbs.contains(tokens[index - 2].lowercased) {
            var mention = plain(sentence, index..<(index + 1), kind: .organization, surface: "parliament")
            mention.isWeak = true
            return mention
        }
        var start = index
        while start > 0, index - start < 2, Self.mayNameBody(tokens[start - 1]) { start -= 1 }
        // "the Montreal-based company": the place is read on its own, the reference starts after it.
        let afterPlace = start > 1 && tokens[start - 1].isBasedIn && tokens[start - 2].lowercased == "the"
        guard start > 0, case let opener = tokens[start - 1],
              afterPlace || opener.lowercased == "the" || start < index && opener.isPossessive && opener.isCapitalized
                && lexicon.countryStart(possessiveEndingAt: start - 1, in: tokens) != nil
        else { return nil }
        let surface = tokens[start...index].map(\.lowercased).joined(separator: " ")
        var mention = plain(sentence, start..<(index + 1), kind: .organization, surface: surface)
        mention.isHeadNounReference = true
        mention.isDefiniteReference = true
        mention.isWeak = true
        return mention
    }

    /// Verbs whose "of" or "for" phrase gives the cause: "accused the president of", "blamed the minister for".
    private static let verbsTakingTheirCause = accusingVerbs.union(["criticised", "criticized", "blamed", "praised", "thanked", "faulted"])
    private static let accusingVerbs: Set<String> = ["accuse", "accused", "accuses", "accusing", "suspected", "suspects", "convicted"]

    /// "the bloc's Protocol on Democracy": a policy's head within the name
    /// that starts at `start`, before any punctuation.
    private func opensPolicyName(_ tokens: [Token], at start: Int) -> Bool {
        for word in start..<min(tokens.count, start + 6) {
            if tokens[word].roles.contains(.policyHead) { return true }
            if tokens[word].punctuationAfter != nil || !tokens[word].isCapitalized && !tokens[word].roles.contains(.nameConnector) { return false }
        }
        return false
    }

    /// Whether the noun at `index` ends its phrase: "the bank said", "the
    /// bank's", "the court, which"; not "the court case", "the union
    /// Comisiones Obreras" or "the ministry of health".
    private func endsNounPhrase(_ tokens: [Token], at index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        // "the department's Antitrust Division" names the division; "the
        // group's Americas director" is a title with its field.
        if tokens[index].isPossessive {
            return !next.isCapitalized || index + 2 < tokens.count && !tokens[index + 2].roles.isDisjoint(with: .title)
                && !tokens[index + 2].isCapitalized || opensPolicyName(tokens, at: index + 1)
        }
        if tokens[index].punctuationAfter != nil { return true }
        // A verb the relation readers know: "the central bank cut its rate".
        return next.lowercased != "of" && !next.isCapitalized
            && (!next.roles.isDisjoint(with: [.preposition, .reportedClauseOpener, .triggerFirstWord, .eventVerb, .readingCue])
                || next.lowercased.hasSuffix("ed") || Self.verbsAfterSubject.contains(next.lowercased))
    }

    /// A lower-case word that may be part of a body's name: "central", "electoral".
    private static func mayNameBody(_ word: Token) -> Bool {
        !word.isCapitalized && !word.isPossessive && word.punctuationAfter == nil && word.roles.isEmpty
            && !["the", "a", "an", "its", "their", "his", "her"].contains(word.lowercased)
    }

    private static let verbsAfterSubject: Set<String> = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "also", "said", "says", "and", "or", "which", "who", "that",
    ]

    /// A state has one of each: "Ghana's parliament" names it.
    static let legislatureNouns: Set<String> = ["parliament", "senate", "congress", "legislature"]
    static let legislatorNouns: Set<String> = ["lawmakers", "legislators", "mps"]
    private static let addressingVerbs: Set<String> = ["told", "addressed", "briefed"]

    /// With ``Cues/bodyNouns``, the nouns of ``WordRoles/referenceNoun``.
    static let stateBodyNouns: Set<String> = [
        "court", "commission", "department", "committee", "parliament", "senate", "congress", "assembly", "bureau",
        "tribunal", "police", "office",
    ]

    /// Nouns that refer back to a body named with them ("the board", "the university") but say nothing of a state.
    static let otherReferenceNouns: Set<String> = [
        "board", "university", "embassy", "navy", "army", "service", "association", "federation", "league", "club", "museum",
    ]

    /// A demonym-led group: "Mexican drug cartels", "Colombian rebels".
    func group(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard tokens[index].isCapitalized, tokens[index].roles.contains(.phraseFirstWord),
              lexicon.isDemonym(tokens[index].text) else { return nil }
        var end = index + 1
        while end < tokens.count, end - index <= 3, !tokens[end].isCapitalized {
            // "the German cartel office": a group noun before a body's noun only describes the body.
            if tokens[end].roles.contains(.groupNoun), end + 1 == tokens.count || tokens[end].punctuationAfter != nil
                || tokens[end + 1].roles.isDisjoint(with: [.bodyNoun, .referenceNoun])
                && !lexicon.cues.partNouns.contains(tokens[end + 1].lowercased) {
                let surface = tokens[index...end].map { String($0.text) }.joined(separator: " ")
                var result = plain(sentence, index..<(end + 1), kind: .organization, surface: surface)
                result.canonical = surface
                return result
            }
            if tokens[end].punctuationAfter != nil { break }
            end += 1
        }
        return nil
    }
}

extension MentionRecognizer {
    /// "the minister's decision", "The president said": a title after "the",
    /// with no name or field after it, stands for the person last named with it.
    func titleReference(in sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        for length in [2, 1] where index + length < tokens.count {
            let words = tokens[(index + 1)...(index + length)]
            let end = index + length + 1
            guard words.allSatisfy({ !$0.isCapitalized }), words.dropLast().allSatisfy({ $0.punctuationAfter == nil && !$0.isPossessive }),
                  case let title = words.map(\.lowercased).joined(separator: " "), lexicon.isTitle(title)
            else { continue }
            // "the president of the union", "the minister, Ana Ruiz": another holder, described; but
            // "accused the president of taxing the poor": that "of" is the verb's.
            let ofIsTheVerbs = index > 0 && Self.verbsTakingTheirCause.contains(tokens[index - 1].lowercased)
                && end + 1 < tokens.count && !tokens[end + 1].isCapitalized && tokens[end + 1].lowercased != "the"
            if end < tokens.count, words.last?.isPossessive == false,
               ["of", "for"].contains(tokens[end].lowercased) && !ofIsTheVerbs || tokens[end].isCapitalized {
                return nil
            }
            var mention = plain(sentence, (index + 1)..<end, kind: .person)
            mention.titleReference = title
            return mention
        }
        return nil
    }

    /// "26 U.S. cents", "748 million Canadian dollars", "its Portuguese
    /// initials": a currency's or a language's country is named by no one,
    /// whichever reading found it.
    func withoutCurrenciesAndLanguages(_ mentions: [Mention], in sentence: Sentence) -> [Mention] {
        mentions.filter { mention in
            let end = mention.tokens.upperBound
            return mention.kind != .country || end == sentence.tokens.count || mention.isPossessive
                || sentence.tokens[end - 1].punctuationAfter != nil
                || !Self.currencyWords.contains(sentence.tokens[end].lowercased) && !Self.languageWords.contains(sentence.tokens[end].lowercased)
        }
    }

    private static let languageWords: Set<String> = [
        "initials", "acronym", "abbreviation", "language", "translation", "speakers", "speaking", "spelling", "word",
    ]

    private static let currencyWords: Set<String> = [
        "dollar", "dollars", "cent", "cents", "peso", "pesos", "pound", "pounds", "rand", "rupee", "rupees", "yen", "yuan",
        "franc", "francs", "shilling", "shillings", "dirham", "dirhams", "reais", "rouble", "roubles", "ruble",
        "rubles", "krona", "kronor", "krone", "kroner", "lira", "naira", "kwacha", "cedi", "cedis", "ringgit", "baht", "dinar",
        "dinars", "riyal", "riyals",
    ]
}
