/// The features the name tagger weighs for each word of a sentence that may
/// be part of a name, as 64-bit keys: the word, its shape, prefixes and
/// suffixes, its neighbours, the punctuation around it, the case of the
/// whole sentence, the lexicon's roles of the word (given name, title, head
/// word of a body...) and the gazetteer lists it is part of.
///
/// The same code makes the features for training and for tagging, from the
/// same ``Token``s, so what was learned is what is looked up.
struct SentenceFeatures {
    /// The runs of words that may hold names (see ``candidateSegments(of:)``);
    /// every other word is outside a name.
    let segments: [Range<Int>]
    let wordCount: Int
    /// Every candidate word's keys, one after another.
    private(set) var keys: [UInt64] = []
    /// Where each word's keys start in ``keys``; one more entry closes the
    /// last word. Words outside the segments have none.
    private(set) var starts: [Int] = [0]

    func keys(ofWord index: Int) -> ArraySlice<UInt64> { keys[starts[index]..<starts[index + 1]] }

    /// The features of the candidate words of `tokens`, except in runs for
    /// which `skipping` is true (runs whose names are already known).
    init(tokens: [Token], gazetteer: NameGazetteer, skipping: (Range<Int>) -> Bool = { _ in false }) {
        wordCount = tokens.count
        segments = Self.candidateSegments(of: tokens).filter { !skipping($0) }
        starts.reserveCapacity(tokens.count + 1)
        guard !segments.isEmpty else {
            starts += Array(repeating: 0, count: tokens.count)
            return
        }
        var isCandidate = [Bool](repeating: false, count: tokens.count)
        var isNear = [Bool](repeating: false, count: tokens.count)
        for segment in segments {
            for index in segment { isCandidate[index] = true }
            for index in max(0, segment.lowerBound - 2)..<min(tokens.count, segment.upperBound + 2) { isNear[index] = true }
        }
        // Features of the candidates and of the two words either side, which their features read.
        var words = [WordFeatures](repeating: .boundary, count: tokens.count)
        var wordHashes = [UInt64](repeating: 0, count: tokens.count)
        for index in tokens.indices where isNear[index] {
            words[index] = WordFeatures(tokens[index], affixes: isCandidate[index])
            wordHashes[index] = words[index].lower
        }
        let marks = gazetteer.marks(of: tokens, wordHashes: wordHashes, in: segments)
        let sentenceCase = SentenceCase(tokens)
        keys.reserveCapacity(segments.reduce(0) { $0 + $1.count } * 40)
        let none = WordFeatures.boundary
        for index in tokens.indices {
            guard isCandidate[index] else {
                starts.append(keys.count)
                continue
            }
            let word = words[index]
            let previous = index > 0 ? words[index - 1] : none
            let beforePrevious = index > 1 ? words[index - 2] : none
            let next = index + 1 < words.count ? words[index + 1] : WordFeatures.end
            let afterNext = index + 2 < words.count ? words[index + 2] : WordFeatures.end
            add(.bias, 0)
            add(.word, word.lower)
            add(.shape, word.shape)
            add(.prefix1, word.prefixes.0)
            add(.prefix2, word.prefixes.1)
            add(.prefix3, word.prefixes.2)
            add(.suffix1, word.suffixes.0)
            add(.suffix2, word.suffixes.1)
            add(.suffix3, word.suffixes.2)
            add(.suffix4, word.suffixes.3)
            add(.previousWord, previous.lower)
            add(.wordBeforePrevious, beforePrevious.lower)
            add(.nextWord, next.lower)
            add(.wordAfterNext, afterNext.lower)
            add(.previousShape, previous.shape)
            add(.nextShape, next.shape)
            add(.previousAndWord, previous.lower, word.lower)
            add(.wordAndNext, word.lower, next.lower)
            add(.markBefore, previous.mark, word.shape)
            add(.markAfter, word.mark)
            add(.possessive, word.isPossessive ? 1 : 0, previous.isPossessive ? 1 : 0)
            if index == 0 { add(.firstWordShape, word.shape) }
            if sentenceCase != .ordinary {
                add(.sentenceCaseAndShape, UInt64(sentenceCase.rawValue), word.shape)
                add(.sentenceCaseAndWord, UInt64(sentenceCase.rawValue), word.lower)
            }
            addBits(.roles, tokens[index].nameCueRoles.rawValue)
            if index > 0 { addBits(.previousRoles, tokens[index - 1].nameCueRoles.rawValue) }
            if index + 1 < tokens.count { addBits(.nextRoles, tokens[index + 1].nameCueRoles.rawValue) }
            addBits(.lists, marks[index])
            if index > 0 { addBits(.previousLists, marks[index - 1]) }
            if index + 1 < tokens.count { addBits(.nextLists, marks[index + 1]) }
            starts.append(keys.count)
        }
    }

    /// Runs of words that may be part of a name: capitalized words, with up
    /// to two short words between them ("Bank of America", "Council on
    /// Foreign Relations", "Charter of the United Nations", "Title 50 Code").
    /// Names in edited English are capitalized, and every stage after the
    /// tagger needs them to be; reading only these runs keeps the tagger to a
    /// fraction of the words of an article.
    static func candidateSegments(of tokens: [Token]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard startsCandidate(tokens[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                if startsCandidate(tokens[end]) {
                    end += 1
                    continue
                }
                let gap = (end..<min(tokens.count, end + 3)).prefix { !startsCandidate(tokens[$0]) && tokens[$0].text.utf8.count <= 4 }
                guard gap.count <= 2, let after = gap.last.map({ $0 + 1 }), after < tokens.count, startsCandidate(tokens[after])
                else { break }
                end = after + 1
            }
            segments.append(index..<end)
            index = end
        }
        return segments
    }

    private static func startsCandidate(_ token: Token) -> Bool { token.isCapitalized }

    private mutating func add(_ template: Template, _ first: UInt64, _ second: UInt64 = 0, _ third: UInt64 = 0) {
        keys.append(FeatureHash.key(template.rawValue, first, second, third))
    }

    private mutating func addBits(_ template: Template, _ bits: UInt32) {
        var rest = bits
        while rest != 0 {
            let bit = UInt64(rest.trailingZeroBitCount)
            add(template, bit)
            rest &= rest - 1
        }
    }

    /// Feature templates. Their numbers are part of the model file: a change
    /// here needs the model trained again (`Scripts/train-tagger.sh`). Shape
    /// trigrams and word-shape pairs were tried and dropped: the dev sets
    /// scored higher without them.
    private enum Template: UInt64 {
        case bias = 1, word, shape, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4
        case previousWord, wordBeforePrevious, nextWord, wordAfterNext, previousShape, nextShape
        case previousAndWord, wordAndNext
        case markBefore, markAfter, possessive, firstWordShape, sentenceCaseAndShape, sentenceCaseAndWord
        case roles, previousRoles, nextRoles, lists, previousLists, nextLists
    }
}

/// Whether a sentence is written in ordinary case, headline case or capitals:
/// in the last two, capitals say little about names.
private enum SentenceCase: Int {
    case ordinary, titleCase, allCapitals

    init(_ tokens: [Token]) {
        var letters = 0, capitalized = 0, allCaps = 0
        for token in tokens where token.text.utf8.count > 3 {
            // Words, not numbers: a digit or a mark never starts with a letter byte.
            guard let first = token.text.utf8.first, first >= 0x80 || (first | 0x20) &- 97 < 26 else { continue }
            letters += 1
            guard token.isCapitalized else { continue }
            capitalized += 1
            // Most capitalized words are not in capitals: their second letter says so.
            if let second = token.text.utf8.dropFirst().first, second &- 97 >= 26, token.isAllCaps { allCaps += 1 }
        }
        if letters >= 3, allCaps * 5 >= letters * 4 {
            self = .allCapitals
        } else if letters >= 3, capitalized * 10 >= letters * 7 {
            self = .titleCase
        } else {
            self = .ordinary
        }
    }
}

/// The hashes of one word that its features combine.
private struct WordFeatures {
    var lower: UInt64
    var shape: UInt64
    var prefixes: (UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var mark: UInt64
    var isPossessive: Bool

    static let boundary = WordFeatures(marker: 1)
    static let end = WordFeatures(marker: 2)

    private init(marker: UInt64) {
        lower = marker
        shape = marker
        prefixes = (marker, marker, marker)
        suffixes = (marker, marker, marker, marker)
        mark = 0
        isPossessive = false
    }

    /// The features of `token`; its prefixes and suffixes only with `affixes`
    /// (a neighbour's are never used).
    init(_ token: Token, affixes: Bool) {
        if affixes {
            var lowercased = token.lowercased
            let ascii = lowercased.withUTF8 { bytes in
                bytes.allSatisfy { $0 < 0x80 } ? Self.hashes(of: bytes) : nil
            }
            // Affixes are hashed by scalar value: an ASCII word's bytes are its scalars.
            (_, prefixes, suffixes) = ascii ?? Self.hashes(of: token.lowercased.unicodeScalars.map(\.value))
            lower = FeatureHash.fnv(token.lowercased)
        } else {
            lower = FeatureHash.fnv(token.lowercased)
            prefixes = (0, 0, 0)
            suffixes = (0, 0, 0, 0)
        }
        shape = Self.shape(of: token.text)
        mark = UInt64(token.punctuationAfter?.value ?? 0)
        isPossessive = token.isPossessive
    }

    /// The word's hash, and those of its first one to three and last one to four letters.
    private static func hashes<Values: RandomAccessCollection>(
        of values: Values
    ) -> (UInt64, (UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64, UInt64))
    where Values.Index == Int, Values.Element: BinaryInteger {
        func hash(_ range: Range<Int>) -> UInt64 {
            var state = FeatureHash.seed
            for index in range { state = (state ^ UInt64(values[index])) &* 0x100_0000_01b3 }
            return state
        }
        let count = values.count
        func prefix(_ length: Int) -> UInt64 { hash(0..<min(length, count)) }
        func suffix(_ length: Int) -> UInt64 { hash(max(0, count - length)..<count) }
        return (
            hash(0..<count), (prefix(1), prefix(2), prefix(3)),
            (suffix(1), suffix(2), suffix(3), count > 4 ? suffix(4) : 0)
        )
    }

    /// "Xx", "X", "X.X.", "d", "Xx-Xx": each letter or digit by its class,
    /// runs of one class written once, other characters as themselves.
    private static func shape(of text: String) -> UInt64 {
        var state = FeatureHash.seed
        var last: UInt32 = 0
        var length = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let kind: UInt32
            if value &- 65 < 26 {
                kind = 88  // X
            } else if value &- 97 < 26 {
                kind = 120  // x
            } else if value &- 48 < 10 {
                kind = 100  // d
            } else if value < 128 {
                kind = value
            } else if scalar.properties.isUppercase {
                kind = 88
            } else if scalar.properties.isAlphabetic {
                kind = 120
            } else {
                kind = value
            }
            if kind != last {
                state = (state ^ UInt64(kind)) &* 0x100_0000_01b3
                last = kind
                length += 1
                if length > 6 { break }
            }
        }
        return state
    }
}
