import NewsGraphCore

/// "Her lawyer, Ayoub Ghedamsi, said", "Bankole's lawyer, Adewale Oyenuga":
/// whoever speaks for a person, in court or in a sport's dealings, stands
/// with them.
extension SentenceContext {
    mutating func findCounsel() {
        for item in mentions where kind(item.entity) == .person {
            let start = item.mention.tokens.lowerBound
            guard start >= 2, tokens[start - 1].punctuationAfter == ",", Self.counselNouns.contains(tokens[start - 1].lowercased)
            else { continue }
            let owner = tokens[start - 2].lowercased
            var client: Int?
            if owner == "her" || owner == "his" {
                // Whom the pronoun stands for: a person named before it in the sentence, else the last one before.
                client = mentions.last(where: { $0.mention.tokens.upperBound <= start - 2 && kind($0.entity) == .person })?.entity
                    ?? pronounReferent
            } else if let named = mentions.first(where: { $0.mention.tokens.upperBound == start - 1 }),
                      named.mention.isPossessive, kind(named.entity) == .person {
                client = named.entity
            }
            guard let client, client != item.entity else { continue }
            add(item.entity, .supports, client, 0.7)
        }
    }

    private static let counselNouns: Set<String> = ["lawyer", "attorney", "agent", "counsel", "solicitor", "barrister"]
}
