/// A sentence's tags and tree, its arcs labeled when first asked: reading
/// relations asks for the labels of a few words around each relation verb,
/// and labeling every word was a third of the parser's time.
final class SentenceParse {
    let tags: [PartOfSpeech]
    /// Each word's head word, or -1 for the root.
    let heads: [Int]
    /// The dependents of every word, in sentence order.
    let dependents: [[Int]]
    private var labels: [DependencyLabel?]
    private let words: ParserWords
    private let labeler: WideModel
    private var keys: [UInt64] = []

    init(tags: [PartOfSpeech], heads: [Int], words: ParserWords, labeler: WideModel) {
        self.tags = tags
        self.heads = heads
        self.words = words
        self.labeler = labeler
        dependents = ParsedSentence.dependents(of: heads)
        labels = Array(repeating: nil, count: heads.count)
    }

    /// The relation of `word` to its head.
    func label(_ word: Int) -> DependencyLabel {
        if let label = labels[word] { return label }
        var label = DependencyLabel.root
        if heads[word] >= 0 {
            words.labelKeys(of: word, tags: tags, heads: heads, dependents: dependents, into: &keys)
            label = DependencyLabel(rawValue: labeler.best(keys) { $0 != DependencyLabel.root.rawValue })!
        }
        labels[word] = label
        return label
    }

    /// The whole tree, every arc labeled.
    var tree: ParsedSentence {
        ParsedSentence(tags: tags, heads: heads, labels: heads.indices.map(label))
    }
}
