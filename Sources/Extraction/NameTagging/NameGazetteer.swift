/// Lists of known names (countries, cities, regions, organisations, people),
/// matched on a sentence's words as evidence for the tagger. A match is a
/// feature, not a verdict: "Jordan" is a country and a given name, "Georgia"
/// a country and a state, and the tagger weighs the context.
///
/// Names are kept as hashes of their lower-cased words (acronyms of their
/// exact spelling), so the lists ride inside the model file and a sentence is
/// matched with one table look-up per candidate word sequence.
struct NameGazetteer: Sendable {
    /// The lists, in the order of their bits in a match.
    enum List: Int, CaseIterable, Sendable {
        case country, demonym, city, region, organization, acronym, person
        /// Words that end many names of bodies ("Athletic", "Bank", "Party"),
        /// places ("City", "County", "Island"), and that open many people's
        /// names (given names): counted over the lists above, so a name
        /// no list holds is still recognised by its head or its first word.
        case organizationEnd, placeEnd, personStart
        /// How common a word is in English (Zipf bands 3, 4 and 5 or more,
        /// `word-frequency.txt`): a capitalized everyday word is less likely a
        /// name than one the language hardly knows.
        case wordBand3, wordBand4, wordBand5

        /// The lists read from files; the others are counted from them.
        static let files: [List] = [.country, .demonym, .city, .region, .organization, .acronym, .person]

        /// The generated file the list is made from, without `.txt`.
        var fileName: String { String(describing: self) }
    }

    /// Per token, two bits per list: bit 2l is set where a match of list l
    /// begins, bit 2l+1 inside a match.
    typealias Marks = UInt32

    /// Each name's key and the bits of the lists it is on, sorted by key.
    let entries: [(key: UInt64, lists: UInt16)]
    let longestName: Int
    private let table: FeatureTable

    init(entries: [(key: UInt64, lists: UInt16)], longestName: Int) {
        self.entries = entries
        self.longestName = longestName
        table = FeatureTable(keys: entries.map(\.key), values: entries.map { Int32($0.lists) })
    }

    /// Collects names into a gazetteer.
    struct Builder {
        private var lists: [UInt64: UInt16] = [:]
        private var longestName = 1
        /// How many names of several words end or open with each word, per counted list.
        private var wordCounts: [List: [String: Int]] = [:]
        /// How many names a word must end or open to be counted as a head or given name.
        static let countedWordMinimum = 8

        /// Adds a lower-case word of `band` (3, 4 or 5) of English word frequency.
        mutating func add(word: String, band: Int) {
            let list: List = band >= 5 ? .wordBand5 : band == 4 ? .wordBand4 : .wordBand3
            insert(nameKey(nameSeed, FeatureHash.fnv(word)), list)
        }

        /// Adds `name` to `list`.
        mutating func add(_ name: String, to list: List) {
            let words = Tokenizer.tokens(of: name)
            guard !words.isEmpty, words.count <= 8 else { return }
            if list == .acronym {
                guard words.count == 1 else { return }
                insert(exactKey(words[0].text), list)
                return
            }
            insert(words.reduce(nameSeed) { nameKey($0, FeatureHash.fnv($1.lowercased)) }, list)
            longestName = max(longestName, words.count)
            guard words.count > 1, let first = words.first, let last = words.last else { return }
            switch list {
            case .organization: wordCounts[.organizationEnd, default: [:]][last.lowercased, default: 0] += 1
            case .city, .region: wordCounts[.placeEnd, default: [:]][last.lowercased, default: 0] += 1
            case .person: wordCounts[.personStart, default: [:]][first.lowercased, default: 0] += 1
            default: break
            }
        }

        private mutating func insert(_ key: UInt64, _ list: List) {
            lists[key, default: 0] |= 1 << UInt16(list.rawValue)
        }

        func build() -> NameGazetteer {
            var builder = self
            for (list, counts) in wordCounts {
                for (word, count) in counts where count >= Self.countedWordMinimum {
                    builder.insert(nameKey(nameSeed, FeatureHash.fnv(word)), list)
                }
            }
            return NameGazetteer(
                entries: builder.lists.map { ($0.key, $0.value) }.sorted { $0.key < $1.key }, longestName: longestName)
        }
    }

    /// The bits of the lists of names, as against the counted word lists.
    private static let nameLists = List.files.reduce(0) { $0 | 1 << $1.rawValue }

    /// Whether `tokens` are one whole name of a list of names (not a head word or given name).
    func lists(_ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty, tokens.count <= longestName else { return false }
        let key = tokens.reduce(nameSeed) { nameKey($0, FeatureHash.fnv($1.lowercased)) }
        if let lists = table.value(of: key), lists & Self.nameLists != 0 { return true }
        return tokens.count == 1 && table.value(of: exactKey(tokens.first!.text)) != nil
    }

    /// Whether `tokens` are a name on `list` and on none of `unless`.
    func lists(_ tokens: ArraySlice<Token>, on list: List, unless others: [List] = []) -> Bool {
        guard !tokens.isEmpty, tokens.count <= longestName,
              let lists = table.value(of: tokens.reduce(nameSeed) { nameKey($0, FeatureHash.fnv($1.lowercased)) })
        else { return false }
        return lists & 1 << list.rawValue != 0 && others.allSatisfy { lists & 1 << $0.rawValue == 0 }
    }

    /// Whether `token`'s word is an everyday English word (Zipf band 4 or more).
    func isCommonWord(_ token: Token) -> Bool {
        guard let lists = table.value(of: nameKey(nameSeed, FeatureHash.fnv(token.lowercased))) else { return false }
        return lists & (1 << List.wordBand4.rawValue | 1 << List.wordBand5.rawValue) != 0
    }

    /// The lists each word's longest matches belong to, inside the runs of
    /// words that may hold names. A match starts at a capitalized word: lists
    /// hold proper names. `wordHashes` are ``FeatureHash/fnv(_:from:)`` of the
    /// words in lower case (the tagger has them already).
    func marks(of tokens: [Token], wordHashes: [UInt64], in segments: [Range<Int>]) -> [Marks] {
        var marks = Array(repeating: Marks(0), count: tokens.count)
        guard !entries.isEmpty else { return marks }
        var longest = [Int](repeating: 0, count: List.allCases.count)
        for segment in segments {
            for start in segment where tokens[start].isCapitalized {
                for list in longest.indices { longest[list] = 0 }
                func found(_ length: Int, _ lists: Int) {
                    var lists = lists
                    while lists != 0 {
                        longest[lists.trailingZeroBitCount] = max(longest[lists.trailingZeroBitCount], length)
                        lists &= lists - 1
                    }
                }
                var key = nameSeed
                for length in 1...min(longestName, segment.upperBound - start) {
                    // A comma or bracket ends a name; a hyphen may join one.
                    if length > 1, let mark = tokens[start + length - 2].punctuationAfter, mark != "-" { break }
                    key = nameKey(key, wordHashes[start + length - 1])
                    if let lists = table.value(of: key) { found(length, lists) }
                }
                if isAcronymShaped(tokens[start].text), let lists = table.value(of: exactKey(tokens[start].text)) {
                    found(1, lists)
                }
                for (list, length) in longest.enumerated() where length > 0 {
                    marks[start] |= 1 << Marks(2 * list)
                    for inside in (start + 1)..<(start + length) {
                        marks[inside] |= 1 << Marks(2 * list + 1)
                    }
                }
            }
        }
        return marks
    }
}

private let nameSeed: UInt64 = 0x4E47_4E54_6E61_6D65

/// A name's key: its words' hashes folded in order.
@inline(__always)
private func nameKey(_ key: UInt64, _ wordHash: UInt64) -> UInt64 {
    FeatureHash.key(key, wordHash)
}

/// "NATO", "AT&T": two to eight capitals, digits or joiners; checked on
/// bytes before an acronym is looked up.
private func isAcronymShaped(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (2...8).contains(bytes.count) else { return false }
    return bytes.allSatisfy { $0 &- 65 < 26 || $0 &- 48 < 10 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ".") }
        && bytes.dropFirst().contains { $0 &- 65 < 26 }
}

/// Acronyms match in their exact case ("WHO", not "who"), under keys of their own.
private func exactKey(_ text: String) -> UInt64 {
    FeatureHash.fnv(text, from: 0x8422_2325_cbf2_9ce4)
}
