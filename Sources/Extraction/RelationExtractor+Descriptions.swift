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
            guard let (person, title) = titledPerson(after: country),
                  let type = office(leader: lexicon.leaderTitles.contains(title), title: title, of: country.entity)
            else { continue }
            add(person.entity, type, country.entity, 0.75)
        }
    }

    /// The person a demonym's lower-case title names, and the title.
    func titledPerson(after demonym: RelationExtractor.Resolved) -> (RelationExtractor.Resolved, String)? {
        let position = demonym.mention.tokens.lowerBound
        guard demonym.mention.tokens.count == 1, isAdjective(demonym.entity, at: position) else { return nil }
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

    /// "Jensen Huang, Nvidia's co-founder and chief executive,": a person
    /// described by a body's title belongs to it or leads it; "the European
    /// Commission, the EU's executive arm," and "Codelco, Chile's state copper
    /// company": a body described as another's part or company is part of it.
    mutating func findPossessiveDescriptions() {
        for (position, item) in mentions.enumerated().dropLast() {
            let owner = mentions[position + 1]
            let end = item.mention.tokens.upperBound
            guard tokens[end - 1].punctuationAfter == ",", owner.mention.isPossessive,
                  [.country, .organization].contains(kind(owner.entity)), owner.entity != item.entity,
                  owner.mention.tokens.lowerBound == end
                    || owner.mention.tokens.lowerBound == end + 1 && tokens[end].lowercased == "the",
                  let words = description(after: owner.mention.tokens.upperBound)
            else { continue }
            let phrase = words.map(\.lowercased)
            switch kind(item.entity) {
            case .person:
                // "co-founder and chief executive": the strongest of the titles named.
                let titles = (0..<phrase.count).flatMap { start in
                    (start + 1...phrase.count).map { phrase[start..<$0].joined(separator: " ") }
                }.filter(isTitle)
                guard !titles.isEmpty else { continue }
                let leader = titles.first { lexicon.leaderTitles.contains($0) }
                guard let type = office(leader: leader != nil, title: leader ?? titles[0], of: owner.entity) else { continue }
                add(item.entity, type, owner.entity, 0.75)
            case .organization:
                guard let noun = words.last, noun.roles.contains(.bodyNoun) || lexicon.cues.partNouns.contains(noun.lowercased)
                else { continue }
                add(item.entity, .memberOf, owner.entity, 0.75)
            default:
                continue
            }
        }
    }

    /// One to four lower-case words after `start` that end the clause (at a
    /// comma or the sentence's end), none a preposition or possessive.
    private func description(after start: Int) -> ArraySlice<Token>? {
        for end in (start + 1)...min(tokens.count, start + 4) {
            let words = tokens[start..<end]
            guard words.allSatisfy({ !$0.isCapitalized || $0.isAcronym }),
                  words.allSatisfy({ !$0.isPossessive && !$0.roles.contains(.preposition) })
            else { return nil }
            if end == tokens.count || words.last?.punctuationAfter == "," { return words }
            if words.last?.punctuationAfter != nil { return nil }
        }
        return nil
    }
}
