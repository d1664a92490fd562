/// Lower-case phrases looked up from a sentence's words: listed under their
/// first word, longest first, and compared word by word, so finding a phrase
/// costs one hash of the first word instead of one joined string per length.
struct PhraseTable<Value: Sendable>: Sendable {
    private var phrases: [String: [(words: [String], value: Value)]] = [:]

    /// The first words of the phrases.
    var firstWords: Dictionary<String, [(words: [String], value: Value)]>.Keys { phrases.keys }

    /// Adds `phrase` (its words separated by spaces) unless it is already there.
    mutating func insert(_ phrase: String, _ value: Value) {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, phrases[first]?.contains(where: { $0.words == words }) != true else { return }
        phrases[first, default: []].append((words, value))
        phrases[first]!.sort { $0.words.count > $1.words.count }
    }

    /// The longest phrase starting at `tokens[index]` whose length `accepts`.
    func longestMatch(
        in tokens: [Token], at index: Int, accepting accepts: (Int) -> Bool = { _ in true }
    ) -> (value: Value, length: Int)? {
        guard let candidates = phrases[tokens[index].lowercased] else { return nil }
        let match = candidates.first { phrase in
            index + phrase.words.count <= tokens.count && accepts(phrase.words.count)
                && phrase.words.indices.dropFirst().allSatisfy { tokens[index + $0].lowercased == phrase.words[$0] }
        }
        return match.map { ($0.value, $0.words.count) }
    }
}
