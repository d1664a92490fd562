import NewsGraphCore

/// "the group", "the company", "the union" read through what the article
/// called its bodies: "the Liberal Alliance, the second-largest group in the
/// chamber" makes a later "the group" the Liberal Alliance, as a reader takes it.
extension EntityResolver {
    /// The body nouns a name is described with where it stands: in apposition
    /// after it ("Sonangol, the state oil company,") or before it ("the union
    /// Comisiones Obreras").
    func descriptorNouns(of mention: Mention, in tokens: [Token]) -> [String] {
        var nouns: [String] = []
        let start = mention.tokens.lowerBound
        if let apposition = appositionStart(after: mention, in: tokens), let opening = descriptionOpening(at: apposition, in: tokens) {
            // "Sonangol, the state oil company": the first body noun of the apposition.
            for word in (opening + 1)..<min(tokens.count, opening + 6) {
                if isDescriptor(tokens[word]) {
                    nouns.append(Self.descriptorKey(tokens[word].lowercased))
                    break
                }
                if tokens[word].punctuationAfter != nil || tokens[word].roles.contains(.preposition) { break }
            }
        }
        // Not "the union's Comisiones Obreras": a possessive names its owner, not the name's kind.
        if start > 1, tokens[start - 1].roles.contains(.bodyNoun), !tokens[start - 1].isCapitalized,
           !tokens[start - 1].isPossessive, tokens[start - 1].punctuationAfter == nil,
           tokens[max(0, start - 4)..<(start - 1)].contains(where: { Self.articles.contains($0.lowercased) }) {
            nouns.append(Self.descriptorKey(tokens[start - 1].lowercased))
        }
        // "Australia's medicines regulator, the Therapeutic Goods Administration": a description before it.
        if start > 2, Self.articles.contains(tokens[start - 1].lowercased), tokens[start - 2].punctuationAfter == ",",
           isDescriptor(tokens[start - 2]) {
            nouns.append(Self.descriptorKey(tokens[start - 2].lowercased))
        }
        return nouns
    }

    /// The article that opens an apposition, or a country's possessive: "the
    /// TGA, Australia's medicines regulator", "Codelco, Chile's state copper company".
    private func descriptionOpening(at start: Int, in tokens: [Token]) -> Int? {
        if Self.articles.contains(tokens[start].lowercased) { return start }
        guard let owner = (start..<min(tokens.count, start + 3)).first(where: { tokens[$0].isPossessive }),
              tokens[start...owner].allSatisfy(\.isCapitalized),
              lexicon.country(named: tokens[start...owner].map(\.text).joined(separator: " ")) != nil
        else { return nil }
        return owner
    }

    /// A lower-case noun for a kind of body: "union", "regulator", "carmaker".
    private func isDescriptor(_ token: Token) -> Bool { lexicon.namesKindOfBody(token) }

    /// Where an apposition after the mention would start: after its comma,
    /// or after its acronym ("Kenyan Teachers Solidarity (KTS), the union").
    private func appositionStart(after mention: Mention, in tokens: [Token]) -> Int? {
        let end = mention.tokens.upperBound
        guard end < tokens.count else { return nil }
        if tokens[end - 1].punctuationAfter == "," { return end }
        guard end + 1 < tokens.count, tokens[end - 1].punctuationAfter == "(", tokens[end].isAllCaps,
              tokens[end].punctuationAfter == ")" else { return nil }
        return end + 1
    }

    /// The key a describing noun is kept under: its stem, with the words for
    /// an agreement as one ("the deal" is "the accord" is "the agreement"),
    /// and those for a statute as one ("the bill" that became the "Act").
    static func descriptorKey(_ noun: String) -> String {
        let stem = Self.stem(noun)
        if Self.kindsOfAgreement.contains(stem) { return "agreement" }
        return Self.kindsOfStatute.contains(stem) ? "law" : stem
    }

    private static let kindsOfStatute: Set<String> = ["law", "act", "bill", "legislation", "statute"]

    private static let kindsOfAgreement: Set<String> = ["deal", "accord", "agreement", "arrangement", "pact", "treaty", "compact"]
    private static let articles: Set<String> = ["the", "a", "an"]
}
