/// A sentence of an article's own text, or a headline.
struct Sentence: Sendable {
    var text: String
    /// Position in the document, from 0.
    var index: Int
    /// A line without sentence punctuation: a headline, deck or section title.
    /// Headline case capitalizes ordinary words, so names there need support
    /// from the body.
    var isHeadline: Bool
    /// Empty until ``tokenized()``: words are made when a stage needs them and
    /// dropped after, so a huge article is not held as words all at once.
    var tokens: [Token] = []

    /// This sentence with its words.
    func tokenized() -> Sentence {
        guard tokens.isEmpty else { return self }
        var copy = self
        copy.tokens = Tokenizer.tokens(of: text)
        return copy
    }
}

/// A word of a sentence. Possessive endings are split off into a flag, so
/// "Mexico’s" is the token "Mexico" with `isPossessive`.
struct Token: Sendable {
    var text: Substring
    var isPossessive: Bool
    /// A comma, semicolon, colon, hyphen, dash, bracket or quote stands right after the word.
    var punctuationAfter: Character?
    /// Computed once: every stage compares lower-case words.
    let lowercased: String
    let isCapitalized: Bool

    init(text: Substring, isPossessive: Bool, punctuationAfter: Character? = nil) {
        self.text = text
        self.isPossessive = isPossessive
        self.punctuationAfter = punctuationAfter
        lowercased = Self.lowercase(text)
        if let first = text.utf8.first, first < 128 {
            isCapitalized = (65...90).contains(first)  // a combining mark after it keeps its case
        } else {
            isCapitalized = text.first?.isUppercase ?? false
        }
    }

    /// Most words are ASCII: lower-cased byte by byte, without Unicode case tables.
    private static func lowercase(_ text: Substring) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 128 }) else { return text.lowercased() }
        guard bytes.contains(where: { (65...90).contains($0) }) else { return String(text) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = (65...90).contains(byte) ? byte + 32 : byte
            }
            return bytes.count
        }
    }

    var isAllCaps: Bool { text.count > 1 && text.allSatisfy { !$0.isLetter || $0.isUppercase } && text.contains(where: \.isLetter) }
}
