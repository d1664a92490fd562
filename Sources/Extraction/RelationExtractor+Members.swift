import NewsGraphCore

/// Members a body's description lists: "the Mekong River Commission, the
/// intergovernmental body whose four members are Cambodia, Laos, Thailand
/// and Vietnam"; "the East African Community, of which Kenya is a member".
extension SentenceContext {
    mutating func findListedMembers() {
        for index in tokens.indices where tokens[index].roles.contains(.readingCue) {
            let pronoun = tokens[index].lowercased
            guard pronoun == "whose" || pronoun == "which", let body = mentions.last(where: {
                $0.mention.tokens.upperBound <= index && kind($0.entity) == .organization
                    && index - $0.mention.tokens.upperBound <= 6
            }) else { continue }
            if pronoun == "whose" {
                // "whose (four) members are|include A, B and C"
                guard let noun = (index + 1..<min(tokens.count, index + 3)).first(where: { Self.memberNouns.contains(tokens[$0].lowercased) }),
                      noun + 1 < tokens.count, Self.listingVerbs.contains(tokens[noun + 1].lowercased)
                else { continue }
                for member in listedNames(from: noun + 2) where member != body.entity {
                    add(member, .memberOf, body.entity, 0.75)
                }
            } else if index + 1 < tokens.count, Self.compositionVerbs.contains(tokens[index + 1].lowercased) {
                // "the Joint Service Interagency Advisory Group, which comprises
                // troops and liaisons from various agencies, including the FBI".
                for member in namedInClause(from: index + 2) where member != body.entity {
                    add(member, .memberOf, body.entity, 0.7)
                }
            } else if index > 0, tokens[index - 1].lowercased == "of",
                      let member = mentions.first(where: { $0.mention.tokens.lowerBound == index + 1 }),
                      case let end = member.mention.tokens.upperBound, end + 2 < tokens.count,
                      ["is", "was", "are", "were"].contains(tokens[end].lowercased), tokens[end + 1].lowercased == "a",
                      tokens[(end + 2)..<min(tokens.count, end + 4)].contains(where: { Self.memberNouns.contains($0.lowercased) }) {
                // "of which Kenya is a (founding) member"; "is not a member" says the opposite.
                add(member.entity, .memberOf, body.entity, 0.75)
            }
        }
    }

    /// The countries, bodies and people named in a list that starts at
    /// `start`: "Cambodia, Laos, Thailand and Vietnam".
    private func listedNames(from start: Int) -> [Int] {
        var names: [Int] = []
        var position = start
        while let next = mentions.first(where: { $0.mention.tokens.lowerBound >= position }),
              tokens[position..<next.mention.tokens.lowerBound].allSatisfy({ ["and", "or", "the"].contains($0.lowercased) }),
              [.country, .organization, .person].contains(kind(next.entity)) {
            names.append(next.entity)
            let end = next.mention.tokens.upperBound
            // The list goes on after a comma or "and".
            guard end < tokens.count, tokens[end - 1].punctuationAfter == "," || tokens[end].lowercased == "and" else { break }
            position = end
        }
        return names
    }

    /// The bodies, states and people a clause that starts at `start` names,
    /// up to its end: not a state that only qualifies a noun ("U.S. troops").
    private func namedInClause(from start: Int) -> [Int] {
        guard start < tokens.count else { return [] }
        let end = tokens[start...].firstIndex { $0.punctuationAfter == ";" || $0.roles.contains(.clauseBreak) } ?? tokens.count
        return mentions.filter { item in
            let after = item.mention.tokens.upperBound
            let standsAlone = kind(item.entity) != .country || after >= end || tokens[after - 1].punctuationAfter != nil
                || ["and", "or"].contains(tokens[after].lowercased)
            return (start..<end).contains(item.mention.tokens.lowerBound) && standsAlone
                && [.country, .organization, .person].contains(kind(item.entity))
        }.map(\.entity)
    }

    private static let compositionVerbs: Set<String> = ["comprises", "comprised", "includes", "included", "brings", "groups", "unites"]
    private static let memberNouns: Set<String> = ["member", "members", "member-states", "signatories", "shareholders"]
    private static let listingVerbs: Set<String> = ["are", "were", "include", "included", "includes"]
}
