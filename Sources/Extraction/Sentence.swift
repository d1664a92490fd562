/// A sentence of an article's own text, or a headline.
struct Sentence: Sendable {
    var text: String
    /// Position in the document, from 0.
    var index: Int
    /// A line without sentence punctuation: a headline, deck or section title.
    /// Headline case capitalizes ordinary words, so names there need support
    /// from the body.
    var isHeadline: Bool
    /// Empty until ``tokenized(with:)``. An ordinary article keeps its words
    /// for every stage; a huge one has them made by each stage that needs
    /// them and dropped after, so they are not all held at once.
    var tokens: [Token] = []

    /// A line that ends without a sentence's closing mark and is not a
    /// headline: a caption, a label, a list item, a credit.
    var isFragment: Bool {
        guard !isHeadline, let last = text.unicodeScalars.last else { return false }
        return !SentenceSplitter.endsSentenceText(last)
    }

    /// How many words open the sentence as a dateline: where and by whom a
    /// wire report was filed, not what it is about — "BERLIN —", "THE HAGUE
    /// —", "VALLADOLID, Spain —", "SANTIAGO (Reuters) -", "WASHINGTON,
    /// March 3 (AP) —". Only with ``tokens``.
    var datelineLength: Int {
        guard let first = tokens.first, first.text.utf8.count > 1, first.isAllCaps,
              let dash = Self.datelineDash(in: text) else { return 0 }
        let length = tokens.prefix { $0.offsets.lowerBound < dash }.count
        guard (1...9).contains(length) else { return 0 }
        let bytes = Array(text.utf8.prefix(dash))
        var inCapitals = true
        for token in tokens.prefix(length) {
            // The agency in parentheses ends it: "(Reuters)", "(AP)".
            if token.offsets.lowerBound > 0, bytes[token.offsets.lowerBound - 1] == UInt8(ascii: "(") { break }
            if token.text.first?.isNumber == true { continue }  // "March 3"
            guard inCapitals ? token.text.utf8.count > 1 && token.isAllCaps : token.isCapitalized else { return 0 }
            if token.punctuationAfter == "," { inCapitals = false }
        }
        return length
    }

    /// Where the dash that closes a dateline stands, in the first hundred bytes.
    private static func datelineDash(in text: String) -> Int? {
        let bytes = Array(text.utf8.prefix(100))
        for index in bytes.indices.dropFirst() {
            // "—" and "–" in UTF-8 after a space ("EU–Mercosur" is no dateline), or a
            // hyphen with a space on each side.
            if bytes[index] == 0xE2, bytes[index - 1] == 32, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 {
                return index
            }
            if bytes[index] == UInt8(ascii: "-"), bytes[index - 1] == 32, index + 1 < bytes.count, bytes[index + 1] == 32 {
                return index
            }
        }
        return nil
    }

    /// This sentence with its words and their roles in `lexicon`.
    func tokenized(with lexicon: Lexicon) -> Sentence {
        guard tokens.isEmpty else { return self }
        var copy = self
        copy.tokens = Tokenizer.tokens(of: text, roles: lexicon.wordRoles)
        return copy
    }
}

/// A word of a sentence. Possessive endings are split off into a flag, so
/// "Mexico’s" is the token "Mexico" with `isPossessive`.
///
/// The text is its own `String`, not a `Substring` of the sentence: most words
/// fit Swift's inline small strings, so tokens are copied without reference
/// counting (a substring holds the sentence's storage).
struct Token: Sendable {
    var text: String
    /// Where the word stands in its sentence's UTF-8 bytes, possessive ending left out.
    let offsets: Range<Int>
    var isPossessive: Bool
    /// A comma, semicolon, colon, hyphen, dash, bracket or quote stands right after the word.
    var punctuationAfter: Unicode.Scalar?
    /// Computed once: every stage compares lower-case words.
    let lowercased: String
    let isCapitalized: Bool
    /// Set by ``Sentence/tokenized(with:)``.
    var roles: WordRoles = []
    /// The roles the name tagger reads: those of its training (``WordRoles/nameCues``), not `rule-cues.json`'s.
    var nameCueRoles: WordRoles = []
    /// "NZ" of "NZ$310 million": a country's letters saying which dollar, which name nothing.
    var isCurrencyPrefix = false

    init(text: String, lowercased: String, offsets: Range<Int>, isPossessive: Bool) {
        self.text = text
        self.offsets = offsets
        self.isPossessive = isPossessive
        self.lowercased = lowercased
        if let first = text.utf8.first, first < 128 {
            // a combining mark after it keeps its case
            isCapitalized = first &- 65 < 26 || first &- 97 < 26 && Self.opensWithArticleParticle(text.utf8)
        } else {
            isCapitalized = text.first?.isUppercase ?? false
        }
    }

    /// "al-Assad", "el-Sisi", "ash-Shabaab": Arabic names write their article
    /// in lower case and joined by a hyphen; the name is capitalized after it.
    private static func opensWithArticleParticle(_ bytes: String.UTF8View) -> Bool {
        guard let hyphen = bytes.prefix(4).firstIndex(of: UInt8(ascii: "-")) else { return false }
        let after = bytes.index(after: hyphen)
        guard after < bytes.endIndex, bytes[after] &- 65 < 26 else { return false }
        return articleParticles.contains(where: { bytes[..<hyphen].elementsEqual($0.utf8) })
    }

    private static let articleParticles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"]

    /// "California-based", "Iran-backed", "US-led": a place or a state joined
    /// by a hyphen to a participle, one adjective word.
    enum PlaceCompound { case based, backed, led }

    var placeCompound: PlaceCompound? {
        guard let hyphen = text.utf8.lastIndex(of: UInt8(ascii: "-")), hyphen > text.utf8.startIndex else { return nil }
        switch text.utf8[text.utf8.index(after: hyphen)...] {
        case let participle where Self.seatParticiples.contains(where: { participle.elementsEqual($0.utf8) }): return .based
        case let participle where Self.backingParticiples.contains(where: { participle.elementsEqual($0.utf8) }): return .backed
        case let participle where participle.elementsEqual("led".utf8): return .led
        default: return nil
        }
    }

    /// "Cyprus-registered", "Geneva-headquartered": where a body sits, as "-based" says.
    private static let seatParticiples = ["based", "registered", "headquartered"]
    private static let backingParticiples = ["backed", "funded", "sponsored", "supported", "financed"]

    var isBasedIn: Bool { placeCompound == .based }

    /// The place or state of a ``placeCompound``: "Iran" of "Iran-backed".
    var compoundPlace: String? {
        guard placeCompound != nil, let hyphen = text.utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        return String(text[..<hyphen])
    }

    var isAllCaps: Bool { text.isAllCapitals }

    /// "won't", "didn’t": a verb with "not" joined to it, either apostrophe.
    var endsInNot: Bool { lowercased.hasSuffix("n't") || lowercased.hasSuffix("n’t") }

    /// "FTO", or its plural "FTOs".
    var isAcronym: Bool {
        isAllCaps || text.utf8.count > 2 && text.utf8.last == UInt8(ascii: "s") && String(text.dropLast()).isAllCapitals
    }
}

extension String {
    /// Two letters or more, none of them lower case ("US", "NATO", "AT&T").
    var isAllCapitals: Bool {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.count > 1 && !utf8.contains { $0 &- 97 < 26 } && utf8.contains { $0 &- 65 < 26 }
        }
        return count > 1 && allSatisfy { !$0.isLetter || $0.isUppercase } && contains(where: \.isLetter)
    }
}
