import NewsGraphCore

/// Bodies owned by bodies: "Bramblecrest already owns Portuguese top-flight
/// club CD Alvorada", "Kingsbridge, which was bought in 2022 by the New
/// York-based investment group Halcyon". An organization inside a larger one
/// is its member (the guidelines); a stake is no ownership.
extension SentenceContext {
    mutating func findOwnedBodies() {
        for verb in tokens.indices.dropFirst() where Self.owningVerbs.contains(tokens[verb].lowercased) {
            let window = tokens[max(0, verb - 4)..<min(tokens.count, verb + 8)]
            guard !window.contains(where: { Self.partialWords.contains($0.lowercased) }) else { continue }
            if let by = (verb + 1..<min(tokens.count, verb + 5)).first(where: { tokens[$0].lowercased == "by" }),
               followsPassiveAuxiliary(verb) {
                // "X, which was bought in 2022 by Y": the owned body before, its owner after "by".
                guard let owned = mentions.last(where: { $0.mention.tokens.upperBound <= verb }), verb - owned.mention.tokens.upperBound <= 4,
                      let owner = body(describedFrom: by + 1, within: 6)?.entity
                else { continue }
                addOwnership(of: owned.entity, by: owner)
            } else if let owner = subject(before: verb), verb - owner.1 <= 4, let owned = body(describedFrom: verb + 1, within: 6) {
                addOwnership(of: owned.entity, by: owner.0)
            }
        }
    }

    private mutating func addOwnership(of owned: Int, by owner: Int) {
        guard owned != owner, kind(owned) == .organization, kind(owner) == .organization else { return }
        add(owned, .memberOf, owner, 0.65)
    }

    private static let owningVerbs: Set<String> = [
        "owns", "owned", "bought", "buys", "acquired", "acquires", "purchased", "purchases",
    ]
    /// A share is no ownership: "holds a minority stake in", "bought 30 percent of".
    private static let partialWords: Set<String> = ["stake", "stakes", "share", "shares", "percent", "%", "minority"]
}
