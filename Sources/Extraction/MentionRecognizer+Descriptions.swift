/// What the words around a name say it is: "the union Comisiones Obreras",
/// "the news agency Lusa", "whose Total Peace policy", "Spain's Labour
/// Minister". Each reads one or two neighbouring words, so each stays narrow.
extension MentionRecognizer {
    /// "the union Comisiones Obreras", "the news agency Lusa", "Oslo-based
    /// Nordhavn": a name right after a noun for a kind of body, or after where
    /// it is based, names that body.
    func followsBodyNoun(_ tokens: [Token], _ start: Int) -> Bool {
        guard start > 0, case let previous = tokens[start - 1] else { return false }
        // "Oslo-based Nordhavn LNG Shipping": where a body is based, right before its name.
        if previous.isBasedIn, previous.punctuationAfter == nil { return true }
        // "the 126-seat State Great Khural", "the 15-member Security Council": only a body has seats or members.
        if previous.punctuationAfter == nil, Self.countedUnit(previous.lowercased) != nil { return true }
        return (previous.roles.contains(.bodyNoun) || Self.outletNouns.contains(previous.lowercased)
                || lexicon.cues.bodyDescriptors.contains(previous.lowercased))
            && !previous.isCapitalized && !previous.isPossessive && previous.punctuationAfter == nil
    }

    /// "seat" of "126-seat", "member" of "15-member": what a count of a body's seats or members counts.
    static func countedUnit(_ word: String) -> Substring? {
        guard let dash = word.lastIndex(of: "-"), case let unit = word[word.index(after: dash)...],
              ["seat", "member", "nation"].contains(unit), !word[..<dash].isEmpty, word[..<dash].allSatisfy(\.isNumber)
        else { return nil }
        return unit
    }

    /// "the 120-seat Knesset": only a legislature is counted in seats.
    func followsSeatCount(_ tokens: [Token], _ start: Int) -> Bool {
        start > 0 && tokens[start - 1].punctuationAfter == nil && Self.countedUnit(tokens[start - 1].lowercased) == "seat"
    }

    /// "Minera Altoandina, a subsidiary of Northvale", "Khaya Fresh, a
    /// Durban-based chain": a name set off by a comma and an article is what
    /// the noun of its description says. Not an owner's word ("X, the
    /// company's chief") nor one after a preposition ("a member of the group").
    /// "the Eduskunta, Finland's parliament": a country's possessive opens one too.
    /// "Motorsport South Africa (MSA), the national sporting authority": its acronym may stand between.
    func precedesBodyDescription(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        var start = name.upperBound
        if start + 1 < tokens.count, tokens[start - 1].punctuationAfter == "(", tokens[start].isAllCaps,
           tokens[start].punctuationAfter == ")" {
            start += 1
        } else {
            guard start + 1 < tokens.count, tokens[start - 1].punctuationAfter == "," else { return false }
        }
        if tokens[start].isPossessive, lexicon.country(named: tokens[start].text) != nil {
            // The possessive's own noun, ending the apposition: not "Belize's agent before the court".
            let noun = tokens[start + 1]
            return lexicon.namesKindOfBody(noun) && (noun.punctuationAfter != nil || start + 2 == tokens.count)
        }
        if let plural = pluralBodyDescription(tokens, from: start) { return plural }
        guard Self.articles.contains(tokens[start].lowercased) else { return false }
        for word in (start + 1)..<min(tokens.count, start + 5) {
            let token = tokens[word]
            let isBodyWord = lexicon.namesBodyOrPart(token)
            // "the company's Warsaw subsidiary": a body's possessive still describes a body.
            if isBodyWord && !token.isPossessive { return true }
            if token.roles.contains(.preposition) || token.isPossessive && !isBodyWord { return false }
            if token.punctuationAfter != nil { return false }
        }
        return false
    }

    /// "Construtora Serra Verde, one of the state's largest construction
    /// firms": "one of" and an owner's possessive or an article, then a body
    /// noun in the plural within four words; nil where no "one of" opens it.
    private func pluralBodyDescription(_ tokens: [Token], from start: Int) -> Bool? {
        guard start + 3 < tokens.count, tokens[start].lowercased == "one", tokens[start + 1].lowercased == "of" else { return nil }
        var word = start + 2
        if Self.articles.contains(tokens[word].lowercased) { word += 1 }
        if word < tokens.count, tokens[word].isPossessive { word += 1 }
        for index in word..<min(tokens.count, word + 4) {
            let token = tokens[index]
            guard !token.isCapitalized, !token.isPossessive, token.text.hasSuffix("s") else {
                if token.isCapitalized || token.isPossessive || token.punctuationAfter != nil { return false }
                continue
            }
            let singular = token.lowercased.hasSuffix("ies") ? token.lowercased.dropLast(3) + "y" : String(token.lowercased.dropLast())
            if lexicon.cues.bodyNouns.contains(singular) || lexicon.cues.bodyDescriptors.contains(singular) { return true }
            if token.punctuationAfter != nil { return false }
        }
        return false
    }

    /// "the confederation for university graduates, Akava,": a description
    /// set off before the name, opening with its body noun. Not one inside a
    /// phrase ("the head of the union, Ana Ruiz") nor an owner's ("the
    /// union's chief, X").
    func followsBodyDescription(_ tokens: [Token], _ start: Int) -> Bool {
        guard start > 2, tokens[start - 1].punctuationAfter == "," else { return false }
        guard let article = (max(0, start - 7)..<(start - 1)).last(where: { Self.articles.contains(tokens[$0].lowercased) }),
              article == 0 || tokens[article - 1].punctuationAfter != nil || !tokens[article].isCapitalized
                && !tokens[article - 1].roles.contains(.preposition) && !tokens[article - 1].isCapitalized,
              case let description = tokens[(article + 1)..<start],
              description.allSatisfy({ !$0.isCapitalized && !$0.isPossessive }),
              description.dropLast().allSatisfy({ $0.punctuationAfter == nil })
        else { return false }
        // The body noun heads the description: only a preposition's phrase may follow it, not "a
        // party whose leader, X".
        guard let noun = description.prefix(2).firstIndex(where: { lexicon.namesKindOfBody($0) }) else { return false }
        return noun + 1 == start || tokens[noun + 1].roles.contains(.preposition)
    }

    /// "whose Total Peace policy", "the Belt and Road initiative", "the
    /// Security Action for Europe (SAFE) programme": a name right before a
    /// lower-case noun for a policy is that policy's.
    /// One word is too little: "the Biden plan" is Biden's.
    /// The noun, if the name names a policy: what "the concession" calls it later.
    func policyNounAfter(_ tokens: [Token], _ name: Range<Int>) -> String? {
        var end = name.upperBound
        // "the Security Action for Europe (SAFE) programme": the acronym in brackets stands between.
        let bracketed = end + 1 < tokens.count && tokens[end - 1].punctuationAfter == "(" && tokens[end].isAllCaps
            && tokens[end].punctuationAfter == ")"
        if bracketed { end += 1 }
        guard name.count > 1, end < tokens.count, bracketed || tokens[end - 1].punctuationAfter == nil,
              !tokens[name.upperBound - 1].isPossessive, Self.policyNouns.contains(tokens[end].text)
        else { return nil }
        return tokens[end].text
    }

    /// Nouns a programme's name comes before; not "sanctions" or "law", which
    /// follow names of their own ("Global Human Rights sanctions regime").
    private static let policyNouns: Set<String> = [
        "policy", "programme", "program", "initiative", "doctrine", "strategy", "plan", "scheme", "agenda", "concession",
    ]

    /// "the broadcaster NOS", "the news agency Lusa", "the magazine Der Spiegel".
    func followsOutletNoun(_ tokens: [Token], _ start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1].lowercased
        // "The state broadcaster, the Zambia National Broadcasting Corporation": the noun in apposition before it.
        if previous == "the", start > 1, tokens[start - 2].punctuationAfter == ",", Self.outletNouns.contains(tokens[start - 2].lowercased) {
            return true
        }
        return Self.outletNouns.contains(previous)
            || start > 1 && tokens[start - 2].lowercased == "news" && Self.newsNouns.contains(previous)
    }

    /// "Yonhap news agency reported", "the Kyodo news service": an outlet's noun after its name.
    func precedesOutletNoun(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        let next = name.upperBound
        guard next < tokens.count, tokens[next - 1].punctuationAfter == nil else { return false }
        let word = tokens[next].lowercased
        return Self.outletNouns.contains(word)
            || word == "news" && next + 1 < tokens.count && Self.newsNouns.contains(tokens[next + 1].lowercased)
    }

    private static let outletNouns: Set<String> = ["broadcaster", "daily", "magazine", "newspaper", "tabloid", "weekly"]
    private static let newsNouns: Set<String> = ["agency", "service", "outlet", "channel", "network", "site", "website", "wire"]

    /// "Spain's Labour Minister": one word before a minister's title is the
    /// ministry's field, though the lexicon knows a party by that word.
    /// Not an acronym ("NATO Secretary General Mark Rutte" is NATO's), and
    /// not before a longer title.
    func isPortfolio(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let title = range.upperBound
        guard range.count == 1, title + 1 < tokens.count, !tokens[range.lowerBound].isAllCaps,
              Self.portfolioTitles.contains(tokens[title].lowercased), !tokens[title + 1].roles.contains(.titleStart),
              case .organization? = lexicon.meaning(of: tokens[range.lowerBound].text)
        else { return false }
        return true
    }

    private static let portfolioTitles: Set<String> = ["minister", "secretary"]
}
