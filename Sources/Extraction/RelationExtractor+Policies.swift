/// "Solvera received 140 million euros under the PERTE VEC programme",
/// "Under the agreement, Hyundai Rotem will deliver 54 tanks": what a clause
/// says is done under a policy.
extension SentenceContext {
    /// A state acting under a policy invokes it (enacts, in the guidelines'
    /// words); a body or person acted for under it is covered by it (applies_to).
    mutating func findGoverningPolicies() {
        for index in tokens.indices where tokens[index].roles.contains(.readingCue) && tokens[index].lowercased == "under" {
            var next = index + 1
            while next < tokens.count, Self.articles.contains(tokens[next].lowercased) { next += 1 }
            guard let policy = mentions.first(where: { $0.mention.tokens.lowerBound == next }), kind(policy.entity) == .policy
            else { continue }
            let actor: Int?
            if index == 0 {
                // "Under the agreement, Hyundai Rotem will deliver": the subject after
                // the phrase's comma, past a clause on the policy ("Under the
                // protocol, which both sides signed, the ELN committed").
                guard var comma = tokens[next...].firstIndex(where: { $0.punctuationAfter == "," }) else { continue }
                if comma + 1 < tokens.count, Self.relativeOpeners.contains(tokens[comma + 1].lowercased) {
                    guard let closing = tokens[(comma + 1)...].firstIndex(where: { $0.punctuationAfter == "," }) else { continue }
                    comma = closing
                }
                actor = mentions.first {
                    $0.mention.tokens.lowerBound > comma && $0.mention.tokens.lowerBound <= comma + 3 && kind($0.entity) != .policy
                }?.entity
            } else {
                actor = subject(before: index).map(\.0)
            }
            guard let actor, kind(actor) != .policy, kind(actor) != .location else { continue }
            if kind(actor) == .country {
                add(actor, .enacts, policy.entity, 0.65)
            } else {
                add(policy.entity, .appliesTo, actor, 0.65)
            }
        }
    }

    private static let relativeOpeners: Set<String> = ["which", "who", "that", "whose"]
}
