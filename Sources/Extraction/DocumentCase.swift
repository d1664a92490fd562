/// How an article writes its words: which it also writes in lower case, and
/// which it capitalizes where no sentence start explains it. A capitalized
/// word is judged by the rest of the article ("Legal experts agree" when the
/// article writes "legal" elsewhere), by the tagger's features and by the
/// arbitration of its names.
///
/// Words are kept as hashes of their lower-case form in open-addressing
/// tables: every word of an article is entered, and a string set's seeded
/// hashing of each would cost more than the look-ups it serves.
struct DocumentCase: Sendable {
    private let lowerCase: FeatureTable
    private let capitalizedInside: FeatureTable

    /// `sentences`: each sentence's words, and whether it is a headline (whose
    /// capitals say nothing).
    init(_ sentences: [(tokens: [Token], isHeadline: Bool)]) {
        var lower: [UInt64] = []
        var capitalized: [UInt64] = []
        for sentence in sentences {
            for (index, token) in sentence.tokens.enumerated() {
                if !token.isCapitalized {
                    lower.append(Self.key(token))
                } else if index > 0, !sentence.isHeadline {
                    capitalized.append(Self.key(token))
                }
            }
        }
        lowerCase = FeatureTable(keys: lower, values: Array(repeating: 0, count: lower.count))
        capitalizedInside = FeatureTable(keys: capitalized, values: Array(repeating: 0, count: capitalized.count))
    }

    /// The case of an article's sentences; a huge article's words are made here.
    init(_ sentences: [Sentence], lexicon: Lexicon) {
        self.init(sentences.map { sentence in
            (sentence.tokens.isEmpty ? sentence.tokenized(with: lexicon).tokens : sentence.tokens, sentence.isHeadline)
        })
    }

    /// Whether the article writes `token`'s word in lower case somewhere.
    func isWrittenInLowerCase(_ token: Token) -> Bool { lowerCase.value(of: Self.key(token)) != nil }

    /// Whether the article capitalizes `token`'s word somewhere other than a sentence's start.
    func isCapitalizedInside(_ token: Token) -> Bool { capitalizedInside.value(of: Self.key(token)) != nil }

    private static func key(_ token: Token) -> UInt64 {
        let hash = FeatureHash.fnv(token.lowercased)
        return hash == 0 ? 1 : hash  // 0 marks an empty slot
    }
}
