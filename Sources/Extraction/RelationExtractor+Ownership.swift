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
               (max(0, verb - 2)..<verb).contains(where: { Self.passiveAuxiliaries.contains(tokens[$0].lowercased) }) {
                // "X, which was bought in 2022 by Y": the owned body before, its owner after "by".
                guard let owned = mentions.last(where: { $0.mention.tokens.upperBound <= verb }), verb - owned.mention.tokens.upperBound <= 4,
                      let owner = body(after: by + 1)
                else { continue }
                addOwnership(of: owned.entity, by: owner)
            } else if let owner = subject(before: verb), verb - owner.1 <= 4, let owned = body(after: verb + 1) {
                addOwnership(of: owned, by: owner.0)
            }
        }
    }

    private mutating func addOwnership(of owned: Int, by owner: Int) {
        guard owned != owner, kind(owned) == .organization, kind(owner) == .organization else { return }
        add(owned, .memberOf, owner, 0.65)
    }

    /// The body named after `start` past an article and describing words:
    /// "the New York-based investment group Halcyon", "Portuguese club CD Alvorada".
    private func body(after start: Int) -> Int? {
        guard let item = mentions.first(where: { $0.mention.tokens.lowerBound >= start && kind($0.entity) == .organization }),
              item.mention.tokens.lowerBound - start <= 6,
              (start..<item.mention.tokens.lowerBound).allSatisfy({ index in
                  let word = tokens[index]
                  // A place's words describe too: "the New York-based group".
                  return word.punctuationAfter == nil
                      && (!word.isCapitalized || word.text.contains("-") || isDemonym(word) || isPlaceWord(at: index))
              })
        else { return nil }
        return item.entity
    }

    private func isPlaceWord(at index: Int) -> Bool {
        mentions.contains { $0.mention.tokens.contains(index) && [.location, .country].contains(kind($0.entity)) }
    }

    private func isDemonym(_ word: Token) -> Bool {
        if case .demonym? = lexicon.meaning(of: word.text) { return true }
        return false
    }

    private static let owningVerbs: Set<String> = [
        "owns", "owned", "bought", "buys", "acquired", "acquires", "purchased", "purchases",
    ]
    /// A share is no ownership: "holds a minority stake in", "bought 30 percent of".
    private static let partialWords: Set<String> = ["stake", "stakes", "share", "shares", "percent", "%", "minority"]
}
