/// Splits cleaned lines into sentences, knowing the abbreviations and
/// initials that end in a period without ending a sentence.
struct SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "prof", "rev", "hon", "pres", "dept", "est", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "fig",
    ]
    /// Words that start a new sentence after a dotted acronym ("... in the U.S. The").
    private static let sentenceStarters: Set<String> = [
        "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on",
        "at", "as", "a", "an", "if", "when", "while", "however", "meanwhile", "still", "yet", "there", "his", "her",
    ]

    func split(lines: [String]) -> [Sentence] {
        var sentences: [Sentence] = []
        for line in lines where !line.isEmpty {
            let body = line.drop { "•*·-–— \t".contains($0) }
            guard !body.isEmpty else { continue }
            let isHeadline = !(body.last.map { ".!?\"”’:;)…".contains($0) } ?? false) && isTitleCase(body)
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
            return String(text[tokens[start].text.startIndex..<tokens[end - 1].text.endIndex])
        }
    }

    /// Headline case: most longer words capitalized ("Trump Signals Possible
    /// Military Action"), unlike a caption or a sentence missing its period.
    private func isTitleCase(_ line: Substring) -> Bool {
        if line.hasPrefix("Source:") || line.hasPrefix("Sources:") { return false }
        let words = line.split(separator: " ").filter { $0.count > 3 && $0.first?.isLetter == true }
        guard !words.isEmpty else { return true }
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return Double(capitalized) / Double(words.count) >= 0.6
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘"]

    /// Sentence ends: ".", "!" or "?" (and closing quotes), a space, then a
    /// capital, digit or opening quote, unless the period ends an abbreviation.
    /// Scans scalars: this runs over every line of every article.
    private func pieces(of line: Substring) -> [Substring] {
        let scalars = line.unicodeScalars
        var result: [Substring] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard scalar == "." || scalar == "!" || scalar == "?" else { continue }
            var end = index
            while end < scalars.endIndex, Self.closers.contains(scalars[end]) {
                end = scalars.index(after: end)
            }
            guard end < scalars.endIndex, scalars[end] == " " else { continue }
            var next = end
            while next < scalars.endIndex, scalars[next] == " " { next = scalars.index(after: next) }
            guard next < scalars.endIndex else { continue }
            let first = scalars[next]
            guard first.properties.isUppercase || first.properties.numericType != nil || Self.openers.contains(first) else {
                continue
            }
            let period = scalars.index(before: index)
            if scalar == ".", !endsSentence(before: line[start..<period], next: line[next...]) {
                continue
            }
            result.append(line[start..<end])
            start = next
            index = next
        }
        if start < scalars.endIndex {
            result.append(line[start...])
        }
        return result
    }

    private func endsSentence(before text: Substring, next: Substring) -> Bool {
        let lastWord = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "\"" || $0 == "“" }).last ?? ""
        let word = lastWord.lowercased()
        if Self.abbreviations.contains(word) { return false }
        if lastWord.count == 1, lastWord.first?.isUppercase == true { return false }  // an initial
        if lastWord.contains(where: { $0 == "." }) {  // a dotted acronym such as U.S
            let nextWord = next.prefix { $0.isLetter }.lowercased()
            return Self.sentenceStarters.contains(nextWord)
        }
        return true
    }
}

/// Splits a sentence into words, keeping "U.S.", "O'Neil", "Felbab-Brown"
/// and "AT&T" whole.
enum Tokenizer {
    private static let joiners: Set<Unicode.Scalar> = [".", "'", "’", "-", "&"]
    private static let marks: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–", "-"]
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’"]

    /// Works on Unicode scalars rather than Characters: tokenizing is on the
    /// hot path and grapheme breaking is not needed to find words.
    static func tokens(of text: String) -> [Token] {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                if !tokens.isEmpty, tokens[tokens.count - 1].punctuationAfter == nil, marks.contains(scalar) {
                    tokens[tokens.count - 1].punctuationAfter = Character(scalar)
                }
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var end = index
            while end < scalars.endIndex {
                let current = scalars[end]
                let next = scalars.index(after: end)
                if isWordScalar(current) {
                    end = next
                } else if joiners.contains(current), next < scalars.endIndex, isWordScalar(scalars[next]) {
                    end = next
                } else {
                    break
                }
            }
            // "U.S." keeps its final period: a dotted acronym is letter.letter. pairs.
            if end < scalars.endIndex, scalars[end] == ".", isDottedAcronym(scalars[start..<end]) {
                end = scalars.index(after: end)
            }
            var word = Substring(scalars[start..<end])
            var possessive = false
            if word.unicodeScalars.count > 3, let last = word.unicodeScalars.last {
                let beforeLast = word.unicodeScalars[word.unicodeScalars.index(word.unicodeScalars.endIndex, offsetBy: -2)]
                if last == "s", apostrophes.contains(beforeLast) {
                    word = Substring(word.unicodeScalars.dropLast(2))
                    possessive = true
                } else if apostrophes.contains(last), beforeLast == "s" {
                    word = Substring(word.unicodeScalars.dropLast(1))
                    possessive = true
                }
            }
            if !possessive, end < scalars.endIndex, apostrophes.contains(scalars[end]), word.unicodeScalars.last == "s" {
                possessive = true
            }
            tokens.append(Token(text: word, isPossessive: possessive))
            index = end
        }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (97...122).contains(value) || (65...90).contains(value) || (48...57).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    private static func isDottedAcronym(_ word: Substring.UnicodeScalarView) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.properties.isAlphabetic) }
    }
}
