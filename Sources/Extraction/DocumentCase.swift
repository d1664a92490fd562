/// How an article writes the words that open its sentences: whether it
/// also writes them in lower case, or capitalized where no sentence start
/// explains it. Sentence-initial names are judged by the rest of the article.
struct DocumentCase {
    private(set) var lowerCase = Set<String>()
    private(set) var capitalizedInside = Set<String>()

    init(_ sentences: [Sentence], lexicon: Lexicon) {
        // An ordinary article's sentences have their words already; a huge one's are made here.
        func words(of sentence: Sentence) -> [Token] {
            sentence.tokens.isEmpty ? sentence.tokenized(with: lexicon).tokens : sentence.tokens
        }
        let openers = Set(sentences.compactMap { $0.isHeadline ? nil : words(of: $0).first?.lowercased })
        // Only words that open a sentence are asked about; a byte test on their
        // first letters and lengths spares hashing nearly every other word.
        var firstBytes = [Bool](repeating: false, count: 256)
        var lengths: UInt64 = 0
        for opener in openers {
            firstBytes[Int(opener.utf8.first ?? 0)] = true
            lengths |= 1 << min(opener.utf8.count, 63)
        }
        for sentence in sentences {
            for (index, token) in words(of: sentence).enumerated() {
                let lowercased = token.lowercased
                guard firstBytes[Int(lowercased.utf8.first ?? 0)], lengths & 1 << min(lowercased.utf8.count, 63) != 0,
                      openers.contains(lowercased)
                else { continue }
                if !token.isCapitalized {
                    lowerCase.insert(lowercased)
                } else if index > 0, !sentence.isHeadline {
                    capitalizedInside.insert(token.text)
                }
            }
        }
    }
}
