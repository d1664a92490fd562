/// What "it", "which" and an apposed noun stand for when a frame's subject
/// or object is a policy named elsewhere: "the opposition voted against it",
/// "It was opposed by ANO", "the Accord, which Kenya signed", "the Act, a law
/// passed by the Assembly".
extension SentenceContext {
    /// "the Fiscal Responsibility Law, which the Chilean Congress passed":
    /// the policy a relative clause's subject acts on, named before "which".
    func policyBeforeWhich(_ subject: (Int, Int)) -> (Int, Int)? {
        guard let start = mentions.last(where: { $0.entity == subject.0 && $0.mention.tokens.upperBound == subject.1 })?.mention.tokens.lowerBound
        else { return nil }
        let which = start > 0 && Self.articles.contains(tokens[start - 1].lowercased) ? start - 2 : start - 1
        guard which > 0, ["which", "that"].contains(tokens[which].lowercased), tokens[which - 1].punctuationAfter == ",",
              let policy = mentions.last(where: { $0.mention.tokens.upperBound == which }), kind(policy.entity) == .policy
        else { return nil }
        return (policy.entity, policy.mention.tokens.lowerBound)
    }

    /// "the commission, which Lozano chairs": the body a relative clause's
    /// subject leads or serves, named right before "which", the verb right
    /// after the subject.
    func bodyBeforeWhich(_ subject: (Int, Int), verb: Int) -> (Int, Int)? {
        guard subject.1 == verb,
              let start = mentions.last(where: { $0.entity == subject.0 && $0.mention.tokens.upperBound == subject.1 })?.mention.tokens.lowerBound,
              start > 1, ["which", "that"].contains(tokens[start - 1].lowercased), tokens[start - 2].punctuationAfter == ",",
              let body = mentions.last(where: { $0.mention.tokens.upperBound == start - 1 }), kind(body.entity) == .organization
        else { return nil }
        return (body.entity, body.mention.tokens.lowerBound)
    }

    /// ", a law passed by": a noun set off after a policy's name, standing for it.
    func isApposedNoun(_ words: Range<Int>) -> Bool {
        guard (2...3).contains(words.count), words.lowerBound > 0, tokens[words.lowerBound - 1].punctuationAfter == ",",
              ["a", "an", "the"].contains(tokens[words.lowerBound].lowercased)
        else { return false }
        return tokens[words].allSatisfy { !$0.isCapitalized && $0.punctuationAfter == nil }
    }

    /// "It was opposed by ANO": a sentence that opens with "It" and a passive
    /// verb speaks of the policy the sentence before named last.
    func policyMeant(byItBefore verb: Int) -> (Int, Int)? {
        guard let lastPolicy, verb > 1, tokens[0].lowercased == "it", followsPassiveAuxiliary(verb),
              tokens[1..<verb].allSatisfy(isPassiveFiller)
        else { return nil }
        return (lastPolicy, 1)
    }

    /// "Parliament passed the Finance Bill 2026. The IMF welcomed the vote":
    /// a vote, a passage or an adoption a stance is taken on is the policy
    /// the sentence named before it, else the one the sentence before named,
    /// else the one the article last said someone passed or signed.
    func policyVotedOn(after start: Int) -> (Int, Int)? {
        guard start < tokens.count, Self.definiteDeterminers.contains(tokens[start].lowercased) else { return nil }
        var noun = start + 1
        while noun < tokens.count, noun - start <= 2, tokens[noun].isCapitalized, tokens[noun].punctuationAfter == nil { noun += 1 }
        guard noun < tokens.count, Self.passageNouns.contains(tokens[noun].lowercased),
              noun + 1 == tokens.count || !["of", "on"].contains(tokens[noun + 1].lowercased),
              let policy = mentions.last(where: { $0.mention.tokens.upperBound <= start && kind($0.entity) == .policy })?.entity
                ?? lastPolicy ?? lastEnacted
        else { return nil }
        return (policy, noun)
    }

    private static let passageNouns: Set<String> = ["vote", "passage", "adoption"]

    /// "The opposition voted against it": "it" right after a stance verb is the
    /// policy the sentence named last before its subject, or, when the
    /// sentence names nothing else before it, the one the sentence before named.
    func policyMeant(byItAt word: Int, subject: Int) -> (Int, Int)? {
        guard word < tokens.count, tokens[word].lowercased == "it" else { return nil }
        let before = mentions.filter { $0.mention.tokens.upperBound <= word && $0.entity != subject && kind($0.entity) != .person }
        if let named = before.last {
            return kind(named.entity) == .policy ? (named.entity, word) : nil
        }
        return lastPolicy.map { ($0, word) }
    }
}
