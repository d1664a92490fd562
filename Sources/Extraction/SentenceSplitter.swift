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
        // Only the last word matters: found from the end, not by splitting the whole sentence.
        let isSeparator = { (character: Character) in character == " " || character == "(" || character == "\"" || character == "“" }
        let words = text[..<(text.lastIndex { !isSeparator($0) }.map(text.index(after:)) ?? text.startIndex)]
        let lastWord = words[(words.lastIndex(where: isSeparator).map(words.index(after:)) ?? words.startIndex)...]
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
