/// How an article writes its words: which it also writes in lower case, and
/// which it capitalizes where no sentence start explains it. A capitalized
/// word is judged by the rest of the article ("Legal experts agree" when the
/// article writes "legal" elsewhere), by the tagger's features and by the
/// arbitration of its names.
///
/// Words are kept as hashes of their lower-case form in open-addressing
/// tables: every word of an article is looked at, and a string set's seeded
/// hashing of each would cost more than the look-ups it serves.
struct DocumentCase: Sendable {
    private let lowerCase: FeatureTable
    private let capitalizedInside: FeatureTable

    /// `sentences`: each sentence's words, and whether it is a headline (whose
    /// capitals say nothing).
    init(_ sentences: [(tokens: [Token], isHeadline: Bool)]) {
        // Only words that open a sentence are ever asked about: only they are
        // kept, so a huge article's case costs little memory.
        let openers = sentences.compactMap { $0.isHeadline ? nil : $0.tokens.first.map(Self.key) }
        let isOpener = FeatureTable(keys: openers, values: Array(repeating: 0, count: openers.count))
        var lower: [UInt64] = []
        var capitalized: [UInt64] = []
        for sentence in sentences {
            for (index, token) in sentence.tokens.enumerated() {
                let key = Self.key(token)
                guard isOpener.value(of: key) != nil else { continue }
                if !token.isCapitalized {
                    lower.append(key)
                } else if index > 0, !sentence.isHeadline {
                    capitalized.append(key)
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

    /// Whether the article writes `token`'s word in lower case somewhere (asked of sentence openers).
    func isWrittenInLowerCase(_ token: Token) -> Bool { lowerCase.value(of: Self.key(token)) != nil }

    /// Whether the article capitalizes `token`'s word somewhere other than a
    /// sentence's start (asked of sentence openers).
    func isCapitalizedInside(_ token: Token) -> Bool { capitalizedInside.value(of: Self.key(token)) != nil }

    private static func key(_ token: Token) -> UInt64 {
        let hash = FeatureHash.fnv(token.lowercased)
        return hash == 0 ? 1 : hash  // 0 marks an empty slot
    }
}
