import NewsGraphCore

/// "Citizen Lab, a research group at the University of Toronto", "Islamic
/// State Khorasan Province (ISKP), a regional affiliate of Islamic State":
/// a body described in apposition as a part of another body is a member of it.
extension SentenceContext {
    mutating func findBodiesDescribedAsParts() {
        for (position, item) in mentions.enumerated().dropLast() where kind(item.entity) == .organization {
            let parent = mentions[position + 1]
            var start = item.mention.tokens.upperBound
            // Past the body's acronym in brackets: "(ISKP),".
            if start < tokens.count, tokens[start - 1].punctuationAfter == "(", tokens[start].isAllCaps,
               tokens[start].punctuationAfter == ")" {
                start += 1
            } else if tokens[start - 1].punctuationAfter != "," {
                continue
            }
            var end = parent.mention.tokens.lowerBound
            if end > start, tokens[end - 1].lowercased == "the" { end -= 1 }
            guard kind(parent.entity) == .organization, parent.entity != item.entity, (3...9).contains(end - start),
                  Self.articles.contains(tokens[start].lowercased),
                  Self.partPrepositions.contains(tokens[end - 1].lowercased), Self.partNouns.contains(tokens[end - 2].lowercased),
                  // Lower-case words, or a place compound ("the Washington-based arm of").
                  tokens[start..<end].allSatisfy({
                      ($0.punctuationAfter == nil || $0.punctuationAfter == "-") && (!$0.isCapitalized || $0.placeCompound != nil)
                  })
            else { continue }
            add(item.entity, .memberOf, parent.entity, 0.7)
        }
    }

    private static let partPrepositions: Set<String> = ["at", "of", "in", "within"]
    private static let partNouns: Set<String> = [
        "group", "arm", "affiliate", "unit", "wing", "branch", "division", "party", "agency", "body", "centre", "center",
        "institute", "office", "lab", "laboratory", "faction", "chapter",
    ]
}
