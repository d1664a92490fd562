/// Splits cleaned lines into sentences, knowing the abbreviations and
/// initials that end in a period without ending a sentence.
struct SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "vs", "no", "prof", "rev", "hon", "pres", "dept", "est", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "fig",
    ]
    /// Abbreviations that end a name or a list, and so often a sentence
    /// too: "... by Lanxang Hydro Power Co. The utility ..." ends where a
    /// sentence starts after it, as a dotted acronym does.
    private static let closingAbbreviations: Set<String> = ["jr", "sr", "inc", "corp", "co", "ltd", "etc"]
    /// Words that start a new sentence after a dotted acronym ("... in the U.S. The").
    private static let sentenceStarters: Set<String> = [
        "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on",
        "at", "as", "a", "an", "if", "when", "while", "however", "meanwhile", "still", "yet", "there", "his", "her",
    ]

    func split(lines: [String]) -> [Sentence] {
        var sentences: [Sentence] = []
        for line in lines where !line.isEmpty {
            let body = Substring(line.unicodeScalars.drop(while: Self.isBullet))
            guard let last = body.unicodeScalars.last else { continue }
            let isHeadline = !Self.endsSentenceText(last) && isTitleCase(body)
            for piece in isHeadline ? [body] : pieces(of: body) {
                let text = piece.trimmingSpaces()
                guard text.contains(where: \.isLetter) else { continue }
                for windowText in Self.windows(of: text) {
                    sentences.append(Sentence(text: windowText, index: sentences.count, isHeadline: isHeadline))
                }
            }
        }
        return sentences
    }

    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "•", "*", "·", "-", "–", "—", " ", "\t": return true
        default: return false
        }
    }

    /// Marks that end a sentence, or a line that is not a headline.
    static func endsSentenceText(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\"", "”", "’", ":", ";", ")", "…": return true
        default: return false
        }
    }

    /// No real sentence has hundreds of words; a run-on line (scraped tables,
    /// lists, text without punctuation) is cut into windows so that the
    /// per-sentence stages stay linear in the size of the article.
    static let longestSentence = 150

    private static func windows(of text: String) -> [String] {
        // Few sentences come near the limit; only those are tokenized here.
        guard text.utf8.count > 4 * longestSentence else { return [text] }
        let tokens = Tokenizer.tokens(of: text)
        guard tokens.count > longestSentence else { return [text] }
        return stride(from: 0, to: tokens.count, by: longestSentence).map { start in
            let end = min(start + longestSentence, tokens.count)
            let utf8 = text.utf8
            let first = utf8.index(utf8.startIndex, offsetBy: tokens[start].offsets.lowerBound)
            let last = utf8.index(utf8.startIndex, offsetBy: tokens[end - 1].offsets.upperBound)
            return String(Substring(utf8[first..<last]))
        }
    }

    /// Headline case: most longer words capitalized ("Trump Signals Possible
    /// Military Action"), unlike a caption or a sentence missing its period.
    private func isTitleCase(_ line: Substring) -> Bool {
        if line.hasPrefix("Source:") || line.hasPrefix("Sources:") { return false }
        // Words of four letters or more; ASCII ones are judged by their bytes.
        let words = String(line).words.filter { word in
            guard let first = word.utf8.first else { return false }
            if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.utf8.count > 3 && (first | 0x20) &- 97 < 26 }
            return word.count > 3 && word.first?.isLetter == true
        }
        guard !words.isEmpty else { return true }
        let capitalized = words.filter { word in
            guard let first = word.utf8.first else { return false }
            return first < 0x80 ? first &- 65 < 26 : word.first?.isUppercase == true
        }.count
        return Double(capitalized) / Double(words.count) >= 0.6
    }

    /// Sentence ends: ".", "!" or "?" (and closing quotes), a space, then a
    /// capital, digit or opening quote, unless the period ends an abbreviation.
    /// Scans UTF-8 bytes: this runs over every line of every article, and the
    /// marks that matter are ASCII or short, fixed byte sequences.
    private func pieces(of line: Substring) -> [Substring] {
        let utf8 = line.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let cuts = utf8.withContiguousStorageIfAvailable { bytes in
            let ends = SentenceEnds(bytes: bytes)
            return ends.cuts { start, period, next in
                ends.periodEndsSentence(
                    start: start, period: period, next: next,
                    abbreviations: Self.abbreviations, closingAbbreviations: Self.closingAbbreviations,
                    sentenceStarters: Self.sentenceStarters)
                    ?? endsSentence(before: line[index(start)..<index(period)], next: line[index(next)...])
            }
        }
        guard let cuts else { return pieces(of: Substring(String(line))) }
        var result: [Substring] = []
        var start = 0
        for cut in cuts {
            result.append(line[index(start)..<index(cut.end)])
            start = cut.next
        }
        if start < utf8.count {
            result.append(line[index(start)...])
        }
        return result
    }

    /// Whether a period ends the sentence, given the text of the sentence so
    /// far (before the period) and the text after it.
    private func endsSentence(before text: Substring, next: Substring) -> Bool {
        // Only the last word matters: found from the end, not by splitting the whole sentence.
        let isSeparator = { (character: Character) in character == " " || character == "(" || character == "\"" || character == "“" }
        let words = text[..<(text.lastIndex { !isSeparator($0) }.map(text.index(after:)) ?? text.startIndex)]
        let lastWord = words[(words.lastIndex(where: isSeparator).map(words.index(after:)) ?? words.startIndex)...]
        let word = lastWord.lowercased()
        if Self.abbreviations.contains(word) { return false }
        if lastWord.count == 1, lastWord.first?.isUppercase == true { return false }  // an initial
        if lastWord.contains(where: { $0 == "." }) || Self.closingAbbreviations.contains(word) {  // a dotted acronym such as U.S
            let nextWord = next.prefix { $0.isLetter }.lowercased()
            return Self.sentenceStarters.contains(nextWord)
        }
        return true
    }
}

/// Where sentences end in one line's UTF-8 bytes.
private struct SentenceEnds {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Each cut: the byte offset where a sentence ends (after its closing
    /// quotes) and where the next begins. `endsSentence` decides for a period
    /// that looks like an end, given the offsets of the sentence's start, the
    /// period and the next word.
    func cuts(endsSentence: (Int, Int, Int) -> Bool) -> [(end: Int, next: Int)] {
        var cuts: [(end: Int, next: Int)] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            var end = index
            while let length = closerLength(at: end) { end += length }
            guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else { continue }
            var next = end
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            guard next < bytes.count, opensSentence(at: next) else { continue }
            if byte == UInt8(ascii: "."), !endsSentence(start, index - 1, next) { continue }
            cuts.append((end, next))
            start = next
            index = next
        }
        return cuts
    }

    /// ``SentenceSplitter``'s test of a period, on bytes, for the common case
    /// of ASCII words around it; nil when they are not ASCII and Characters
    /// must decide.
    func periodEndsSentence(
        start: Int, period: Int, next: Int, abbreviations: Set<String>, closingAbbreviations: Set<String>,
        sentenceStarters: Set<String>
    ) -> Bool? {
        var end = period
        while end > start, let length = separatorLength(endingAt: end, from: start) { end -= length }
        var wordStart = end
        while wordStart > start, separatorLength(endingAt: wordStart, from: start) == nil { wordStart -= 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
        guard word.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lowercased = String(asciiLowercasing: word)
        if abbreviations.contains(lowercased) { return false }
        if word.count == 1, word[0] &- 65 < 26 { return false }  // an initial
        guard word.contains(UInt8(ascii: ".")) || closingAbbreviations.contains(lowercased) else { return true }
        // A dotted acronym such as U.S ends a sentence if a sentence starts after it.
        var nextEnd = next
        while nextEnd < bytes.count, (bytes[nextEnd] | 0x20) &- 97 < 26 { nextEnd += 1 }
        if nextEnd < bytes.count, bytes[nextEnd] >= 0x80 { return nil }  // the word may go on in other letters
        return sentenceStarters.contains(String(asciiLowercasing: UnsafeBufferPointer(rebasing: bytes[next..<nextEnd])))
    }

    /// " ", "(", `"` or `“` ending at `offset`: its length in bytes.
    private func separatorLength(endingAt offset: Int, from start: Int) -> Int? {
        let byte = bytes[offset - 1]
        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") { return 1 }
        if offset - 3 >= start, hasBytes([0xE2, 0x80, 0x9C], at: offset - 3) { return 3 }
        return nil
    }

    /// `"`, `'`, `)`, `”` or `’` at `offset`: its length in bytes.
    private func closerLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"): return 1
        case 0xE2 where hasBytes([0xE2, 0x80, 0x9D], at: offset) || hasBytes([0xE2, 0x80, 0x99], at: offset): return 3
        default: return nil
        }
    }

    /// A capital, a digit or an opening quote (`"`, `“`, `‘`).
    private func opensSentence(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte &- 65 < 26 || byte &- 48 < 10 || byte == UInt8(ascii: "\"") }
        if hasBytes([0xE2, 0x80, 0x9C], at: offset) || hasBytes([0xE2, 0x80, 0x98], at: offset) { return true }
        var decoder = UTF8()
        var iterator = bytes[offset...].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil
    }

    private func hasBytes(_ expected: [UInt8], at offset: Int) -> Bool {
        offset + expected.count <= bytes.count && expected.indices.allSatisfy { bytes[offset + $0] == expected[$0] }
    }
}
