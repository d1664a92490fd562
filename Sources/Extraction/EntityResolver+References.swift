import NewsGraphCore

/// What a common noun or a description stands for once the article names
/// the body or policy: "Ghana's parliament", "the country's regulator" in a
/// lede, "the peace deal", and bodies the article calls rebels.
extension EntityResolver {
    /// The one body the article names with the legislature's noun in its
    /// name: "Ghana's parliament" is the "Parliament of Ghana" named elsewhere.
    func legislature(meantBy mention: Mention, _ entities: [LocalEntity]) -> Int? {
        guard let noun = mention.surface.lastWord.map(Self.stem), let owner = mention.surface.components(separatedBy: "'s ").first,
              let country = lexicon.country(named: owner)
        else { return nil }
        // Its state's: "Parliament of Montenegro", "Senate" alone, not "Parliament House".
        let stateWords = Set([country, lexicon.demonymOf[country]].compactMap { $0 }.flatMap { $0.split(separator: " ").map { String($0) } })
        let bodies = entities.indices.filter { body in
            let words = entities[body].name.split(separator: " ").map { String($0) }
            return entities[body].kind == .organization && words.contains { Self.stem($0) == noun }
                && (words.count == 1 || words.contains(where: stateWords.contains))
        }
        if bodies.isEmpty { return onlyLegislature(entities) { $0.country == nil || $0.country == country } }
        return bodies.count == 1 ? bodies[0] : nil
    }

    /// The article's one legislature known by list or seats ("the Knesset"),
    /// when no body is named with the noun that refers to it.
    private func onlyLegislature(_ entities: [LocalEntity], where fits: (LocalEntity) -> Bool = { _ in true }) -> Int? {
        let legislatures = entities.indices.filter { entities[$0].isLegislature && fits(entities[$0]) }
        return legislatures.count == 1 ? legislatures[0] : nil
    }

    /// "Parliament passed amendments": a legislature's noun alone, capitalized
    /// even as the sentence's first word, is the one body the article names
    /// with it ("Lebanon's parliament", "Parliament of Ghana").
    func legislature(calledBy noun: String, _ entities: [LocalEntity]) -> Int? {
        let stem = Self.stem(noun)
        let bodies = entities.indices.filter { body in
            entities[body].kind == .organization && entities[body].name.split(separator: " ").contains { Self.stem(String($0)) == stem }
        }
        if bodies.isEmpty { return onlyLegislature(entities) }
        return bodies.count == 1 ? bodies[0] : nil
    }

    /// "SEOUL - South Korea's competition regulator on Tuesday fined X. The
    /// Korea Fair Trade Commission said": a state's body described before
    /// its name is the state body the next sentence names first.
    func stateBodyNamedNext(
        for mention: Mention, in tokens: [Token], next: [Mention], _ keyToEntity: [EntityKey: Int], _ entities: [LocalEntity]
    ) -> Int? {
        let start = mention.tokens.lowerBound
        guard start > 0, tokens[start - 1].isPossessive,
              lexicon.countryStart(possessiveEndingAt: start - 1, in: tokens) != nil || tokens[start - 1].lowercased == "country's",
              let named = next.first(where: { $0.kind == .organization && !$0.isWeak && !$0.isHeadNounReference }),
              let body = keyToEntity[EntityKey(named.kind, named.surface)],
              entities[body].name.words.contains(where: { lexicon.cues.governmentHeads.contains(String($0)) })
        else { return nil }
        return body
    }

    /// "sign peace deal" in a headline over "signed a peace accord, the
    /// Nairobi Agreement": a common noun for an agreement is the one agreement
    /// the article names, when it names exactly one of its own (a listed
    /// treaty it cites is background).
    func namedAgreement(standingFor entity: Int, _ namedPolicies: [String: Set<Int>], _ entities: [LocalEntity]) -> Int? {
        let name = entities[entity].name
        guard entities[entity].kind == .policy, name.first?.isLowercase == true,
              let head = name.split(separator: " ").last, Self.descriptorKey(String(head)) == "agreement",
              let named = namedPolicies["agreement"]?.filter({ entities[$0].origin != .list && entities[$0].name.first?.isUppercase == true }),
              named.count == 1
        else { return nil }
        return named.first
    }

    /// Whether a sentence has any word that calls a body an armed group: a
    /// quick look before its words are read.
    static func mayDescribeArmedGroup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return armedGroupStems.contains { stem in
            let pattern = Array(stem.utf8)
            return bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { start in
                // ASCII letters: setting 0x20 lowers a capital.
                bytes[start] | 0x20 == pattern[0] && (1..<pattern.count).allSatisfy { bytes[start + $0] | 0x20 == pattern[$0] }
            }
        }
    }

    /// "the paramilitary Rapid Support Forces", "the ELN, the country's largest
    /// remaining guerrilla group": words for rebels just before the name or in
    /// the apposition after it (past an acronym in brackets).
    static func isDescribedAsArmedGroup(_ mention: Mention, in tokens: [Token]) -> Bool {
        let start = mention.tokens.lowerBound
        let before = tokens[max(0, start - 2)..<start].filter { $0.punctuationAfter == nil }
        if before.contains(where: isArmedGroupWord) { return true }
        var end = mention.tokens.upperBound
        let afterAcronym = end < tokens.count && tokens[end].isAllCaps && tokens[end].punctuationAfter == ")"
        if afterAcronym { end += 1 }
        guard end < tokens.count, afterAcronym || tokens[end - 1].punctuationAfter == "," else { return false }
        for word in end..<min(tokens.count, end + 8) {
            if isArmedGroupWord(tokens[word]) { return true }
            if tokens[word].punctuationAfter != nil { break }
        }
        return false
    }

    private static func isArmedGroupWord(_ token: Token) -> Bool {
        armedGroupStems.contains { token.lowercased.hasPrefix($0) }
    }

    private static let armedGroupStems = ["guerrilla", "rebel", "insurgen", "militia", "paramilitar", "jihadist", "separatist"]
}
