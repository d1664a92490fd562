import NewsGraphCore

/// Relations from how a sentence describes a name it has just given: "his
/// Turkish counterpart X", "X, Nvidia's chief executive", "the European
/// Commission, the EU's executive arm".
extension SentenceContext {
    /// "his Turkish counterpart Mevlut Cavusoglu", "the Iranian foreign
    /// minister, Abbas Araghchi": a demonym and a title in lower case before a
    /// person make the person the country's (the capitalized forms are
    /// mentions with a role, read by ``findRoles()``).
    mutating func findDemonymTitles() {
        for country in mentions where kind(country.entity) == .country {
            if let (person, title) = titledPerson(after: country),
               let type = office(leader: isLeaderTitle(title), title: title, of: country.entity) {
                add(person.entity, type, country.entity, 0.75)
            } else if case let body = bodyNounPhrase(after: country.mention.tokens.upperBound), body > 0,
                      let person = titledPerson(after: country, bodyWords: body) {
                // "Chinese foreign ministry spokesperson Zhao Ning": staff of a body of the state serve it.
                add(person.0.entity, .memberOf, country.entity, 0.7)
            }
        }
    }

    /// How many lower-case words from `start` name a body of a state: "foreign ministry", "army".
    private func bodyNounPhrase(after start: Int) -> Int {
        for length in [2, 1] where start + length < tokens.count {
            let words = tokens[start..<(start + length)]
            if words.allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }), let noun = words.last,
               lexicon.namesKindOfBody(noun) || MentionRecognizer.stateBodyNouns.contains(noun.lowercased) {
                return length
            }
        }
        return 0
    }

    /// The person a demonym's lower-case title names, and the title; `bodyWords`
    /// words for a body may stand between the demonym and the title.
    func titledPerson(after demonym: RelationExtractor.Resolved, bodyWords: Int = 0) -> (RelationExtractor.Resolved, String)? {
        let position = demonym.mention.tokens.lowerBound + bodyWords
        guard demonym.mention.tokens.count == 1, isAdjective(demonym.entity, at: demonym.mention.tokens.lowerBound) else { return nil }
        for length in [2, 1] where position + length + 1 < tokens.count {
            let words = tokens[(position + 1)...(position + length)]
            let title = words.map(\.lowercased).joined(separator: " ")
            guard isTitle(title) || title == "counterpart", words.dropLast().allSatisfy({ $0.punctuationAfter == nil }),
                  let person = mentions.first(where: { $0.mention.tokens.lowerBound == position + length + 1 }),
                  kind(person.entity) == .person
            else { continue }
            return (person, title)
        }
        return nil
    }

    /// "the Japanese drugmaker Hoshino Pharma", "the Thai construction group
    /// Siam Riverworks": a demonym, then a noun for a kind of body, then the
    /// body's name: a body in that country, or part of its state when the
    /// words say "state" ("the Romanian state-owned arms maker X"). Parties,
    /// ministries, agencies and councils are left alone: the text rarely says
    /// which of the two they are.
    /// A city's name does the same: "the Dallas company, Texas Instruments".
    /// So does a country's name or abbreviation: "U.S. drugmaker Halden
    /// Biosciences", "New Zealand launch company Kōtuku Aerospace".
    mutating func findDemonymDescribedBodies() {
        for place in mentions {
            let first = place.mention.tokens.lowerBound, start = place.mention.tokens.upperBound
            let isCity = kind(place.entity) == .location && first > 0 && Self.articles.contains(tokens[first - 1].lowercased)
                && tokens[start - 1].punctuationAfter == nil
            // "U.S. drugmaker X", "New Zealand launch company Y": a country's name or abbreviation serves as its demonym here.
            let isCountryName = kind(place.entity) == .country && !place.mention.isPossessive && tokens[start - 1].punctuationAfter == nil
            guard isCity || isCountryName || place.mention.tokens.count == 1 && isAdjective(place.entity, at: first),
                  let body = mentions.first(where: {
                      (start + 1...start + 3).contains($0.mention.tokens.lowerBound) && kind($0.entity) == .organization
                  }),
                  // "The Santa Cruz newspaper La Voz del Oriente": an outlet carries only what it reports.
                  !isOutlet(body.entity)
            else { continue }
            let words = tokens[start..<body.mention.tokens.lowerBound]
            // "the Dallas company, Texas Instruments": a comma may set the name off.
            guard let noun = words.last, words.allSatisfy({ !$0.isCapitalized && !$0.isPossessive }),
                  words.dropLast().allSatisfy({ $0.punctuationAfter == nil }), [nil, ","].contains(noun.punctuationAfter),
                  lexicon.namesKindOfBody(noun), !Self.stateOrPartyNouns.contains(noun.lowercased)
            else { continue }
            let isStateOwned = !isCity && words.contains(where: Self.saysState)
            add(body.entity, isStateOwned ? .memberOf : .locatedIn, place.entity, 0.7)
        }
    }

    private static let stateOrPartyNouns: Set<String> = ["party", "ministry", "agency", "council"]

    /// "the state-owned PNG Ports Corporation", "state oil company ANCAP":
    /// a body the text calls the state's, naming no state, belongs to the one
    /// state its sentence names, else to the state the story is about, unless
    /// its name ties it to another.
    mutating func findStateBodiesOfTheStory() {
        let named = Set(mentions.filter { kind($0.entity) == .country }.map(\.entity))
        guard let state = named.count == 1 ? named.first : named.isEmpty ? mainCountry : nil else { return }
        for body in mentions where kind(body.entity) == .organization && !isOutlet(body.entity) {
            let start = body.mention.tokens.lowerBound
            guard let stateWord = (max(0, start - 3)..<start).first(where: { Self.saysState(tokens[$0]) }),
                  stateWord == 0 || !tokens[stateWord - 1].isCapitalized || Self.articles.contains(tokens[stateWord - 1].lowercased),
                  tokens[stateWord..<start].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil && !$0.isPossessive }),
                  stateWord + 1 == start || lexicon.namesKindOfBody(tokens[start - 1]),
                  facts.tiedCountry[body.entity].map({ $0 == state }) ?? true
            else { continue }
            add(body.entity, .memberOf, state, 0.6)
        }
    }

    /// A country's regulator or watchdog is part of its state.
    private static let stateWatchdogs: Set<String> = ["regulator", "watchdog"]

    /// "state", "state-owned", "state-run": a word that makes a body the state's.
    private static func saysState(_ word: Token) -> Bool {
        word.lowercased == "state" || word.lowercased.hasPrefix("state-")
    }
    /// Words for a part of a body's reach: "regional secretary", "local chairman", "country director".
    static let partModifiers: Set<String> = [
        "branch", "country", "county", "district", "local", "municipal", "provincial", "regional", "zonal",
    ]
    /// "campaigns" of "campaigns director", "Africa" of "Africa director": what a head of a part heads.
    private func namesAField(_ word: Token) -> Bool {
        if word.isCapitalized { return lexicon.meaning(of: word.text).map(\.isPlace) ?? false }
        return word.lowercased.hasSuffix("s") && !word.lowercased.hasSuffix("ss") && !isTitle(word.lowercased)
            && !lexicon.titleModifiers.contains(word.lowercased)
    }

    /// Words after which a description's title has ended: "co-founder and chief executive".
    private static let partBreaks: Set<String> = ["and", "&"]
    /// Words that end a description as a listed preposition does: "an ASEAN member since 1997",
    /// "Belize's agent before the court".
    private static let descriptionEnders: Set<String> = ["since", "until", "till", "before", "after", "during"]

    /// A description in apposition after a name, naming a body or country:
    /// "Jensen Huang, Nvidia's co-founder and chief executive," and "Tedros,
    /// the WHO director-general," hold the body's title; "the European
    /// Commission, the EU's executive arm," and "Codelco, Chile's state copper
    /// company," are parts of it; "Sanofi, the French maker of Dengvaxia," is
    /// located in the country; in "Carmen Soto, its delegate at the factory,"
    /// "its" is the body last named.
    mutating func findNameDescriptions() {
        for (position, item) in mentions.enumerated() {
            guard let opening = descriptionOpening(after: item),
                  let (owner, start, isPossessive) = describedOwner(after: position, at: opening),
                  owner != item.entity, let words = description(after: start),
                  // "According to the Daily Nation, Kenya will pay": a clause, not a description.
                  words.first.map({ !Self.clauseVerbs.contains($0.lowercased) }) ?? true
            else { continue }
            let phrase = words.map(\.lowercased)
            switch kind(item.entity) {
            case .person:
                // "co-founder and chief executive": the strongest of the titles named. A title
                // ends its part of the phrase: "chief legal officer" is an officer, not a chief.
                let partEnds = phrase.indices.filter { $0 + 1 == phrase.count || Self.partBreaks.contains(phrase[$0 + 1]) }
                // Each part's longest title: "vice president" is not a president, nor is
                // a "deputy secretary general" a secretary general.
                let parts = partEnds.compactMap { end -> (title: String, isDeputy: Bool)? in
                    guard let first = (0...end).first(where: { isTitle(phrase[$0...end].joined(separator: " ")) }) else { return nil }
                    let isDeputy = first > 0 && MentionRecognizer.subordinateModifiers.contains(phrase[first - 1])
                    return (Self.withoutCo(phrase[first...end].joined(separator: " ")), isDeputy)
                }
                let titles = parts.map(\.title)
                guard !titles.isEmpty, !introducesNext(item, descriptionEnd: start + words.count) else { continue }
                // "the union's provincial secretary" heads a part of the union, not the union.
                // So does "Amnesty's UK campaigns director": a field in the plural, or a place, before the title.
                let headsAPart = phrase.indices.dropLast().contains {
                    (Self.partModifiers.contains(phrase[$0]) || namesAField(words[words.startIndex + $0])) && isTitle(phrase[$0 + 1])
                }
                let leader = isOneOfMany(tokens[opening...].prefix(2).map(\.lowercased)) || headsAField(after: start + words.count)
                    || headsAPart ? nil : parts.first { !$0.isDeputy && lexicon.leaderTitles.contains($0.title) }?.title
                guard let type = office(leader: leader != nil, title: leader ?? titles[0], of: owner) else { continue }
                add(item.entity, type, owner, 0.75)
            case .organization where words.last?.lowercased == "member" && kind(owner) == .organization,
                 .country where words.last?.lowercased == "member" && kind(owner) == .organization:
                add(item.entity, .memberOf, owner, 0.75)  // "Turkey, a NATO member,"
            case .organization where kind(owner) == .country:
                // "Codelco, Chile's state copper company", "the TGA, Australia's medicines
                // regulator" and "CzechInvest, the Czech state investment agency" are the
                // state's, as is "the country's central bank"; "FNU, the country's largest nurses'
                // union" and "Sanofi, the French maker of Dengvaxia" are only in the country.
                // A country's agency is its state's; "the Monaco-based agency" is only in Monaco.
                let isBasedThere = start > 0 && tokens[start - 1].isBasedIn
                let isStates = phrase.joined(separator: " ").contains("central bank") || words.contains { word in
                    Self.saysState(word) || Self.stateWatchdogs.contains(word.lowercased) || !isBasedThere
                        && lexicon.cues.governmentHeads.contains(word.lowercased.prefix(1).uppercased() + word.lowercased.dropFirst())
                }
                add(item.entity, isStates ? .memberOf : .locatedIn, owner, isPossessive ? 0.75 : 0.7)
            case .organization where isPossessive:
                // "The European Commission, the EU's executive": beside a body's name, the noun is a body's.
                guard let noun = words.last, noun.roles.contains(.bodyNoun) || lexicon.cues.partNouns.contains(noun.lowercased)
                    || Self.apposedBodyNouns.contains(noun.lowercased)
                else { continue }
                add(item.entity, .memberOf, owner, 0.75)
            case .location where kind(owner) == .country:
                // "Mombasa, Kenya's second city"; not "Kharkiv, the Russian military said".
                guard let noun = words.last, !noun.roles.isDisjoint(with: [.placeNoun, .locationHead]) else { continue }
                add(item.entity, .locatedIn, owner, 0.7)
            default:
                continue
            }
        }
    }

    /// "by Transport Minister Jasur Karimov, Afghanistan's public works
    /// minister, Abdul Hadi Nazari, and": a person with a title of their own
    /// before the name, in a list, is not the one the next description is
    /// about; the name after it is.
    private func introducesNext(_ item: RelationExtractor.Resolved, descriptionEnd end: Int) -> Bool {
        let start = item.mention.tokens.lowerBound
        return start > 0 && !tokens[start - 1].roles.isDisjoint(with: .title) && end < tokens.count
            && tokens[end - 1].punctuationAfter == ","
            && mentions.contains { $0.mention.tokens.lowerBound == end && kind($0.entity) == .person }
    }

    /// "Minera Altoandina, a subsidiary of Northvale Resources", "the Advisory
    /// Committee, an expert panel within the TGA", "X, which is part of Y": a
    /// body described as a part of another is a member of it.
    mutating func findDescribedParts() {
        for item in mentions where kind(item.entity) == .organization {
            guard let opening = descriptionOpening(after: item), opening + 2 < tokens.count,
                  ["a", "an", "the"].contains(tokens[opening].lowercased) else { continue }
            // The part's noun within four words, then "of" or "within" and the whole's name.
            guard let noun = (opening + 1..<min(tokens.count - 1, opening + 5)).first(where: { word in
                !tokens[word].isCapitalized && Self.partOfWhole.contains(tokens[word].lowercased)
            }), tokens[(opening + 1)..<noun].allSatisfy({ $0.punctuationAfter == nil && !$0.roles.contains(.preposition) }),
                  tokens[noun].punctuationAfter == nil, ["of", "within"].contains(tokens[noun + 1].lowercased),
                  let whole = body(describedFrom: noun + 2, within: 3)
            else { continue }
            add(item.entity, .memberOf, whole.entity, 0.75)
        }
        // "the Space Agency, which is part of the Ministry of Business", "Veltrion, which is
        // headquartered in Hsinchu and is a subsidiary of Taiwan's Kaohsin Electronics Group".
        for item in mentions where kind(item.entity) == .organization {
            let end = item.mention.tokens.upperBound
            guard end + 4 < tokens.count, tokens[end - 1].punctuationAfter == ",", ["which", "that"].contains(tokens[end].lowercased)
            else { continue }
            for word in (end + 1)..<min(tokens.count - 3, end + 12) {
                if ["is", "was"].contains(tokens[word].lowercased) {
                    let noun = ["a", "an", "the"].contains(tokens[word + 1].lowercased) ? word + 2 : word + 1
                    if noun + 2 < tokens.count, tokens[noun].lowercased == "part" || Self.partOfWhole.contains(tokens[noun].lowercased),
                       tokens[noun].punctuationAfter == nil, ["of", "within"].contains(tokens[noun + 1].lowercased),
                       let whole = body(describedFrom: noun + 2, within: 2) {
                        add(item.entity, .memberOf, whole.entity, 0.75)
                        break
                    }
                }
                if tokens[word].punctuationAfter != nil { break }
            }
        }
    }

    /// "Valadares, whose centre-right Social Democratic Party governs": the
    /// body a person's "whose" owns, past its describing words, is one the
    /// person belongs to. Not a state ("X, whose Ghana" is no membership) nor
    /// a title's body ("whose chief of staff" is read as a title).
    mutating func findWhoseBodies() {
        for (position, item) in mentions.enumerated() where kind(item.entity) == .person {
            let end = item.mention.tokens.upperBound
            guard end + 1 < tokens.count, tokens[end - 1].punctuationAfter == ",", tokens[end].lowercased == "whose" else { continue }
            // "Mokoena, whose department will manage the contract": a minister's office, the one body
            // of the article whose name holds its noun, is the body the person leads.
            if let office = Self.officeNouns[tokens[end + 1].lowercased], tokens[end + 1].punctuationAfter == nil {
                let bodies = entities.indices.filter { kind($0) == .organization && entities[$0].name.words.contains(office) }
                if bodies.count == 1 { add(item.entity, .leads, bodies[0], 0.65) }
                continue
            }
            guard position + 1 < mentions.count,
                  case let body = mentions[position + 1], kind(body.entity) == .organization, !facts.isOutlet[body.entity],
                  body.mention.tokens.lowerBound - (end + 1) <= 2,
                  tokens[(end + 1)..<body.mention.tokens.lowerBound].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil })
            else { continue }
            add(item.entity, .memberOf, body.entity, 0.7)
        }
    }

    /// A minister's office by its lower-case noun, and the word its name holds.
    private static let officeNouns: [String: String] = ["department": "Department", "ministry": "Ministry"]

    /// Nouns that may name a person on their own, but a body beside a body's name.
    private static let apposedBodyNouns: Set<String> = ["executive", "organ", "secretariat", "service"]
    /// Nouns for a part of a body; not "maker" or "operator", whose "of" names what they make or run.
    private static let partOfWhole: Set<String> = [
        "affiliate", "arm", "body", "branch", "committee", "department", "division", "member", "office", "organ", "panel",
        "subcommittee", "subsidiary", "unit", "wing",
    ]

    /// "Lanxang Hydro Power Co., a company majority-owned by the Lao
    /// government": a body its description says a state owns belongs to
    /// that state.
    mutating func findStateOwnedBodies() {
        for item in mentions where kind(item.entity) == .organization {
            guard let opening = descriptionOpening(after: item),
                  let owned = (opening..<min(tokens.count - 1, opening + 6)).first(where: { tokens[$0].lowercased.hasSuffix("owned") }),
                  tokens[opening..<owned].allSatisfy({ $0.punctuationAfter == nil }), tokens[owned + 1].lowercased == "by",
                  let state = mentions.first(where: { $0.mention.tokens.lowerBound > owned + 1 }),
                  // "owned by China's Shandong Aluminium": a possessive state owns the company named next, not this one.
                  kind(state.entity) == .country, !state.mention.isPossessive, state.mention.tokens.lowerBound - (owned + 2) <= 1,
                  tokens[(owned + 2)..<state.mention.tokens.lowerBound].allSatisfy({ Self.articles.contains($0.lowercased) }),
                  // The state itself, or its government: not "owned by Lao investors".
                  state.mention.tokens.upperBound == tokens.count || !isAdjective(state.entity, at: state.mention.tokens.lowerBound)
            else { continue }
            add(item.entity, .memberOf, state.entity, 0.7)
        }
    }

    /// The body named at most `reach` words from `start`, past words that only
    /// describe it: "the New York-based investment group Halcyon",
    /// "Toronto-listed Northvale Resources", "German software company Altmark".
    func body(describedFrom start: Int, within reach: Int) -> RelationExtractor.Resolved? {
        guard let body = mentions.first(where: { $0.mention.tokens.lowerBound >= start && kind($0.entity) == .organization }),
              body.mention.tokens.lowerBound - start <= reach, (start..<body.mention.tokens.lowerBound).allSatisfy(isDescribingWord)
        else { return nil }
        return body
    }

    /// The body a place or demonym and its describing words name: "German
    /// software company Altmark Systems", "U.S. venture capital firm Halcyon".
    func describedBody(after place: RelationExtractor.Resolved) -> RelationExtractor.Resolved? {
        let start = place.mention.tokens.upperBound
        guard tokens[start - 1].punctuationAfter == nil, let body = body(describedFrom: start, within: 3),
              body.mention.tokens.lowerBound > start
        else { return nil }
        return body
    }

    /// "New Zealand launch company Kotuku", "U.S. streaming platform
    /// Lumenstream": the body that a country's name at `start` describes, if
    /// a noun for a kind of body stands right before the body's name.
    func bodyDescribed(byCountryAt start: Int) -> RelationExtractor.Resolved? {
        guard let place = mentions.first(where: { $0.mention.tokens.lowerBound == start }), kind(place.entity) == .country,
              !place.mention.isPossessive, let body = describedBody(after: place),
              lexicon.namesKindOfBody(tokens[body.mention.tokens.lowerBound - 1])
        else { return nil }
        return body
    }

    /// "the", "Toronto-listed", "state-owned", "Portuguese", a place's words
    /// ("the New York-based group"): a word before a name that is no name's.
    private func isDescribingWord(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.punctuationAfter == nil else { return false }
        if !token.isCapitalized || token.placeCompound != nil || token.text.contains("-") && token.text.last?.isLowercase == true {
            return true
        }
        if lexicon.isDemonym(token.text) { return true }
        return mentions.contains { $0.mention.tokens.contains(index) && [.location, .country].contains(kind($0.entity)) }
    }

    /// "A judge of the Tbilisi City Court, Nino Tsereteli,", "the head of the
    /// agency, Ana Ruiz", "a spokesperson for India's foreign ministry, X": a
    /// title of a body, then in apposition the person who holds it.
    mutating func findTitlesBeforeNames() {
        for position in mentions.indices.dropFirst() where kind(mentions[position].entity) == .person {
            let body = mentions[position - 1]
            guard [.country, .organization].contains(kind(body.entity)),
                  body.mention.tokens.upperBound == mentions[position].mention.tokens.lowerBound,
                  tokens[body.mention.tokens.upperBound - 1].punctuationAfter == ","
            else { continue }
            var before = body.mention.tokens.lowerBound - 1
            // "a spokesperson for India's Ministry of External Affairs, Arvind Mehra": past the body's owner.
            if position >= 2, case let owner = mentions[position - 2], owner.mention.isPossessive,
               owner.mention.tokens.upperBound == body.mention.tokens.lowerBound {
                before = owner.mention.tokens.lowerBound - 1
            }
            if before >= 0, tokens[before].lowercased == "the" { before -= 1 }
            guard before >= 1, ["of", "at", "for"].contains(tokens[before].lowercased) else { continue }
            // One word of title or two ("chief economist"), after "a" or "the" or opening the sentence.
            for length in [2, 1] where before - length >= 0 {
                let words = tokens[(before - length)..<before]
                let title = words.map(\.lowercased).joined(separator: " ")
                let opener = before - length - 1
                guard isTitle(title), words.allSatisfy({ $0.punctuationAfter == nil }),
                      opener < 0 || Self.articles.contains(tokens[opener].lowercased) || tokens[opener].punctuationAfter == ","
                else { continue }
                let leads = isLeaderTitle(title)
                if let type = office(leader: leads, title: Self.withoutCo(title), of: body.entity) {
                    add(mentions[position].entity, type, body.entity, 0.75)
                }
                break
            }
        }
    }

    /// Where a description of `item` in apposition may open: after the comma
    /// that follows it, or an acronym's bracket ("Filipino Nurses United (FNU), the…").
    private func descriptionOpening(after item: RelationExtractor.Resolved) -> Int? {
        let end = item.mention.tokens.upperBound
        guard end < tokens.count else { return nil }
        if tokens[end - 1].punctuationAfter == "," { return end }
        guard end + 1 < tokens.count, tokens[end].isAcronym, text(after: end - 1).hasSuffix("("),
              text(after: end).hasPrefix("),")
        else { return nil }
        return end + 1
    }

    /// Auxiliaries and modals that open a clause's verb.
    private static let clauseVerbs: Set<String> = [
        "will", "would", "can", "could", "may", "might", "must", "should", "shall", "has", "have", "had", "is", "are",
        "was", "were", "did", "does", "do",
    ]

    /// The body a description after the mention at `position` and its comma
    /// names as owner, and where the description's words start: a body's
    /// name ("Nvidia's", "the WHO"), or "its" and "their" for the body named
    /// last, in this sentence or the one before. "one of" may open it: "FARN,
    /// one of Argentina's main environmental groups".
    private func describedOwner(after position: Int, at opening: Int) -> (owner: Int, start: Int, isPossessive: Bool)? {
        let isOneOf = opening + 2 < tokens.count && tokens[opening].lowercased == "one" && tokens[opening + 1].lowercased == "of"
        let end = isOneOf ? opening + 2 : opening
        if ["its", "their"].contains(tokens[end].lowercased) {
            // ""... while the court is still deciding," said X, its secretary general": a body named in the
            // quotation is the speaker's subject, not the speaker's own.
            let quoteEnd = lastQuotationEnd(before: mentions[position].mention.tokens.lowerBound)
            let named = mentions[..<position].last {
                [.country, .organization].contains(kind($0.entity)) && $0.mention.tokens.lowerBound > quoteEnd
            }?.entity
            return (named ?? previousBody).map { ($0, end + 1, true) }
        }
        // "Filipino Nurses United, the country's largest nurses' union": the
        // country its name names, else the one the sentence or the story is about.
        if end + 1 < tokens.count, tokens[end].lowercased == "the", tokens[end + 1].lowercased == "country",
           tokens[end + 1].isPossessive {
            let country = facts.tiedCountry[mentions[position].entity]
                ?? mentions[..<position].last(where: { kind($0.entity) == .country })?.entity ?? mainCountry
            return country.map { ($0, end + 2, true) }
        }
        guard let next = mentions[(position + 1)...].first(where: { $0.mention.tokens.lowerBound >= end }) else { return nil }
        // "Nvidia's", "the EU's"; or a name used as an adjective: "the WHO
        // director-general", "a Pentagon spokesman", "the French president".
        let opener = next.mention.isPossessive ? ["the"] : ["the", "a", "an"]
        // "a former Colombian defence minister": a former office still counts.
        let formerWords = end + 1 < tokens.count && tokens[end + 1].lowercased == "former" ? 1 : 0
        guard [.country, .organization].contains(kind(next.entity)),
              next.mention.tokens.lowerBound == end
                || next.mention.tokens.lowerBound == end + 1 + formerWords && opener.contains(tokens[end].lowercased)
        else { return nil }
        return (next.entity, next.mention.tokens.upperBound, next.mention.isPossessive)
    }

    /// The lower-case noun phrase of a description that starts at `start`
    /// and ends the clause (at a comma or the sentence's end) within six
    /// words, or within twelve after a preposition; the phrase is the words
    /// up to that preposition ("delegate" of "delegate at the factory",
    /// "nominee" of "nominee for the 2024 presidential election"); nil if a
    /// name or a name's possessive stands in it ("the largest nurses' union" holds one of a noun).
    private func description(after start: Int) -> ArraySlice<Token>? {
        guard start < tokens.count else { return nil }
        let limit = min(tokens.count, start + 12)
        // "a former defence minister who is now a senator for…": a relative clause
        // ends the description, however long the clause runs.
        let punctuated = tokens[start..<limit].firstIndex { $0.punctuationAfter != nil }
        let relative = tokens[start..<limit].firstIndex { Self.relativePronouns.contains($0.lowercased) }
        let last: Int
        if let relative, relative > start, relative <= punctuated ?? limit {
            last = relative - 1
        } else if let end = punctuated ?? (limit == tokens.count ? tokens.count - 1 : nil),
                  end == tokens.count - 1 || tokens[end].punctuationAfter == "," {
            last = end
        } else {
            return nil
        }
        // "an ASEAN member since 1997": a time after the noun ends it as a preposition does.
        let phrase = tokens[start...last].prefix { !$0.roles.contains(.preposition) && !Self.descriptionEnders.contains($0.lowercased) }
        guard !phrase.isEmpty, last - start < 6 || phrase.count < last - start + 1,
              phrase.allSatisfy({ $0.isCapitalized ? $0.isAcronym && !$0.isPossessive : true }) else { return nil }
        return phrase
    }
}
