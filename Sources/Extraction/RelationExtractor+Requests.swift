import NewsGraphCore

/// "Austria sent a team to Zagreb at the request of the Croatian
/// government": who acts at another's request or behest stands with them.
extension SentenceContext {
    mutating func findRequests() {
        for at in tokens.indices.dropLast(4) where tokens[at].lowercased == "at" && tokens[at + 1].lowercased == "the"
            && Self.requestNouns.contains(tokens[at + 2].lowercased) && tokens[at + 3].lowercased == "of"
            && tokens[at + 1].punctuationAfter == nil && tokens[at + 2].punctuationAfter == nil {
            // The one asking: named right after "of", past "the" and a demonym's lower-case noun ("the Croatian government").
            guard let requester = mentions.first(where: {
                      let start = $0.mention.tokens.lowerBound
                      return (at + 4)...(at + 5) ~= start && tokens[(at + 4)..<start].allSatisfy { $0.lowercased == "the" }
                  }),
                  let actor = clauseActor(before: at), actor != requester.entity
            else { continue }
            add(actor, .supports, requester.entity, 0.7, at: at + 2)
        }
    }

    /// The first actor of the clause ending at `end` that no preposition
    /// governs: a clause opens the sentence or follows ", and" or ";".
    private func clauseActor(before end: Int) -> Int? {
        let clauseStart = (0..<end).last {
            tokens[$0].punctuationAfter == ";" || tokens[$0].punctuationAfter == "," && $0 + 1 < end && tokens[$0 + 1].lowercased == "and"
        }.map { $0 + 1 } ?? 0
        return mentions.first {
            (clauseStart..<end).contains($0.mention.tokens.lowerBound) && !isPrepositionalObject($0)
                && [.person, .organization, .country].contains(kind($0.entity))
        }?.entity
    }

    private static let requestNouns: Set<String> = ["request", "behest"]
}
