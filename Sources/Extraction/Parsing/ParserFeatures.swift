/// The hashed facts about each word that the tagger, the parser and the
/// labeler combine into features, worked out once per sentence.
struct ParserWords {
    let word: [UInt64]
    let suffix3: [UInt64]
    let suffix2: [UInt64]
    let prefix: [UInt64]
    let shape: [UInt64]
    /// The mark written after the word (comma, colon, quote...), or 0.
    let markAfter: [UInt64]
    let isPossessive: [Bool]
    var count: Int { word.count }

    static let outside = FeatureHash.fnv("<none>")

    init(_ tokens: [Token]) {
        word = tokens.map { FeatureHash.fnv($0.lowercased) }
        suffix3 = tokens.map { FeatureHash.fnv($0.lowercased.utf8.suffix(3)) }
        suffix2 = tokens.map { FeatureHash.fnv($0.lowercased.utf8.suffix(2)) }
        prefix = tokens.map { UInt64($0.text.utf8.first ?? 0) }
        shape = tokens.map { Self.shape(of: $0.text) }
        markAfter = tokens.map { UInt64($0.punctuationAfter?.value ?? 0) }
        isPossessive = tokens.map(\.isPossessive)
    }

    /// "Xx", "X.X.", "d", "xx-Xx": each run of one kind of character as one letter, at most five.
    private static func shape(of text: String) -> UInt64 {
        var shape: UInt64 = 0
        var last: UInt8 = 0
        var length = 0
        for byte in text.utf8 {
            let kind: UInt8 = switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(ascii: "X")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt8(ascii: "x")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(ascii: "d")
            case 0x80...: UInt8(ascii: "u")
            default: byte
            }
            if kind == last { continue }
            last = kind
            shape = shape << 8 | UInt64(kind)
            length += 1
            if length == 5 { break }
        }
        return shape
    }

    subscript(word index: Int) -> UInt64 { index >= 0 && index < count ? word[index] : Self.outside }
}

/// Feature templates, each a number mixed into its features' keys.
private enum Template: UInt64 {
    case bias = 1, word, suffix3, suffix2, prefix, shape, previousTag, twoTags, previousTagWord
    case previousWord, previousSuffix, secondPreviousWord, nextWord, nextSuffix, secondNextWord
    case mark, previousMark, possessive, capitalOpening, previousAndWord, wordAndNext, nextShape
}

private enum ParserTemplate: UInt64 {
    case s0w = 100, s0t, s0wt, s1w, s1t, s1wt, s2t, b0w, b0t, b0wt, b1w, b1t, b2t
    case s0wb0w, s0tb0t, s0wtb0t, s0tb0wt, s1ts0t, s1ts0tb0t, s0tb0tb1t, b0tb1tb2t, s2ts1ts0t
    case distance, distanceWords, s0left, s0right, b0left, s1right, s0leftWord, s0rightWord, b0leftWord
    case s0tLeftB0t, s0tRightB0t, s0tB0tLeft, s0valency, b0valency, s0mark, s1mark, s0possessive, s0tb0w
    case markBeforeB0, marksBetween
}

private enum LabelTemplate: UInt64 {
    case bias = 200, word, tag, headWord, headTag, tags, wordHeadTag, tagHeadWord, direction, firstChild
    case headChild, mark, headMark, possessive, previousWord, childTag, headHeadTag
}

extension ParserWords {
    /// The tagger's features of word `index`, given the tags of the words before it.
    func taggerKeys(at index: Int, tags: [PartOfSpeech], into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        func add(_ template: Template, _ first: UInt64, _ second: UInt64 = 0) {
            keys.append(FeatureHash.key(template.rawValue, first, second))
        }
        let previous = index > 0 ? UInt64(tags[index - 1].rawValue + 1) : 0
        let beforePrevious = index > 1 ? UInt64(tags[index - 2].rawValue + 1) : 0
        add(.bias, 0)
        add(.word, word[index])
        add(.suffix3, suffix3[index])
        add(.suffix2, suffix2[index])
        add(.prefix, prefix[index])
        add(.shape, shape[index])
        add(.previousTag, previous)
        add(.twoTags, beforePrevious, previous)
        add(.previousTagWord, previous, word[index])
        add(.previousWord, self[word: index - 1])
        add(.previousSuffix, index > 0 ? suffix3[index - 1] : 0)
        add(.secondPreviousWord, self[word: index - 2])
        add(.nextWord, self[word: index + 1])
        add(.nextSuffix, index + 1 < count ? suffix3[index + 1] : 0)
        add(.secondNextWord, self[word: index + 2])
        add(.mark, markAfter[index])
        add(.previousMark, index > 0 ? markAfter[index - 1] : 1)
        add(.possessive, isPossessive[index] ? 1 : 0)
        add(.capitalOpening, shape[index] & 0xff, index == 0 ? 1 : 0)
        add(.previousAndWord, self[word: index - 1], word[index])
        add(.wordAndNext, word[index], self[word: index + 1])
        add(.nextShape, index + 1 < count ? shape[index + 1] : 0)
    }

    /// The parser's features in `state`.
    func transitionKeys(_ state: ParserState, tags: [PartOfSpeech], into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        func add(_ template: ParserTemplate, _ first: UInt64, _ second: UInt64 = 0, _ third: UInt64 = 0) {
            keys.append(FeatureHash.key(template.rawValue, first, second, third))
        }
        let stack = state.stack
        let s0 = stack.last ?? -1, s1 = stack.count > 1 ? stack[stack.count - 2] : -1
        let s2 = stack.count > 2 ? stack[stack.count - 3] : -1
        let b0 = state.next, b1 = b0 + 1, b2 = b0 + 2
        func w(_ word: Int) -> UInt64 { word >= 0 && word < count ? self.word[word] : (word == count ? 1 : 0) }
        func t(_ word: Int) -> UInt64 { word >= 0 && word < count ? UInt64(tags[word].rawValue + 1) : (word == count ? 99 : 0) }
        let s0left = s0 >= 0 ? state.leftmost[s0] : -1, s0right = s0 >= 0 ? state.rightmost[s0] : -1
        let b0left = b0 < count ? state.leftmost[b0] : -1, s1right = s1 >= 0 ? state.rightmost[s1] : -1
        add(.s0w, w(s0)); add(.s0t, t(s0)); add(.s0wt, w(s0), t(s0))
        add(.s1w, w(s1)); add(.s1t, t(s1)); add(.s1wt, w(s1), t(s1)); add(.s2t, t(s2))
        add(.b0w, w(b0)); add(.b0t, t(b0)); add(.b0wt, w(b0), t(b0))
        add(.b1w, w(b1)); add(.b1t, t(b1)); add(.b2t, t(b2))
        add(.s0wb0w, w(s0), w(b0)); add(.s0tb0t, t(s0), t(b0)); add(.s0wtb0t, w(s0), t(s0), t(b0))
        add(.s0tb0wt, t(s0), w(b0), t(b0)); add(.s0tb0w, t(s0), w(b0))
        add(.s1ts0t, t(s1), t(s0)); add(.s1ts0tb0t, t(s1), t(s0), t(b0))
        add(.s0tb0tb1t, t(s0), t(b0), t(b1)); add(.b0tb1tb2t, t(b0), t(b1), t(b2)); add(.s2ts1ts0t, t(s2), t(s1), t(s0))
        let distance = s0 >= 0 ? UInt64(min(b0 - s0, 6)) : 0
        add(.distance, distance, t(s0), t(b0)); add(.distanceWords, distance, w(s0), w(b0))
        add(.s0left, t(s0left)); add(.s0right, t(s0right)); add(.b0left, t(b0left)); add(.s1right, t(s1right))
        add(.s0leftWord, w(s0left)); add(.s0rightWord, w(s0right)); add(.b0leftWord, w(b0left))
        add(.s0tLeftB0t, t(s0), t(s0left), t(b0)); add(.s0tRightB0t, t(s0), t(s0right), t(b0))
        add(.s0tB0tLeft, t(s0), t(b0), t(b0left))
        add(.s0valency, t(s0), s0 >= 0 ? UInt64(state.leftCount[s0]) : 9, s0 >= 0 ? UInt64(state.rightCount[s0]) : 9)
        add(.b0valency, t(b0), b0 < count ? UInt64(state.leftCount[b0]) : 9)
        add(.s0mark, s0 >= 0 ? markAfter[s0] : 1, t(s0), t(b0))
        add(.s1mark, s1 >= 0 ? markAfter[s1] : 1, t(s1), t(s0))
        add(.s0possessive, s0 >= 0 && isPossessive[s0] ? 1 : 0, t(b0))
        // Punctuation is no word here, only a mark: what closes a clause before
        // the next word, and how many marks stand between it and the stack's top.
        add(.markBeforeB0, b0 > 0 && b0 <= count ? markAfter[b0 - 1] : 1, t(s0), t(b0))
        var marks: UInt64 = 0
        if s0 >= 0 { for word in max(s0, b0 - 8)..<min(b0, count) where markAfter[word] != 0 { marks += 1 } }
        add(.marksBetween, min(marks, 3), t(s0), t(b0))
    }

    /// The labeler's features for the arc into `word` of a finished tree.
    func labelKeys(of word: Int, tags: [PartOfSpeech], heads: [Int], dependents: [[Int]], into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        func add(_ template: LabelTemplate, _ first: UInt64, _ second: UInt64 = 0, _ third: UInt64 = 0) {
            keys.append(FeatureHash.key(template.rawValue, first, second, third))
        }
        let head = heads[word]
        let tag = UInt64(tags[word].rawValue + 1)
        let headTag = head >= 0 ? UInt64(tags[head].rawValue + 1) : 0
        let headWord = head >= 0 ? self.word[head] : 0
        let direction: UInt64 = head < 0 ? 0 : head > word ? 1 + UInt64(min(head - word, 4)) : 10 + UInt64(min(word - head, 4))
        add(.bias, 0)
        add(.word, self.word[word]); add(.tag, tag)
        add(.headWord, headWord); add(.headTag, headTag)
        add(.tags, tag, headTag, direction)
        add(.wordHeadTag, self.word[word], headTag, direction)
        add(.tagHeadWord, tag, headWord, direction)
        add(.direction, direction)
        // The words hanging before a word say much of its role: "by" marks an
        // agent, "of" a modifier; "was" before a verb makes its subject passive.
        for child in Self.nearestLeftDependents(of: word, dependents[word]) {
            add(.firstChild, self.word[child], tag)
            add(.childTag, UInt64(tags[child].rawValue + 1), tag, headTag)
        }
        if head >= 0 {
            for child in Self.nearestLeftDependents(of: head, dependents[head]) where child != word {
                add(.headChild, self.word[child], direction)
            }
            let headHead = heads[head]
            add(.headHeadTag, headHead >= 0 ? UInt64(tags[headHead].rawValue + 1) : 0, headTag, tag)
        }
        add(.mark, markAfter[word], tag)
        add(.headMark, head >= 0 ? markAfter[head] : 0, direction)
        add(.possessive, isPossessive[word] ? 1 : 0, tag)
        add(.previousWord, self[word: word - 1], tag)
    }

    /// The four dependents nearest before `word`: a run-on line can give one
    /// word thousands of dependents, and each feature must stay cheap.
    private static func nearestLeftDependents(of word: Int, _ dependents: [Int]) -> ArraySlice<Int> {
        var low = 0, high = dependents.count  // dependents are in sentence order
        while low < high {
            let middle = (low + high) / 2
            if dependents[middle] < word { low = middle + 1 } else { high = middle }
        }
        return dependents[max(0, low - 4)..<low]
    }
}
