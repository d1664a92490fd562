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
                let text = piece.trimmingCharacters(in: .whitespaces)
                guard text.contains(where: \.isLetter) else { continue }
                sentences.append(Sentence(
                    text: text, index: sentences.count, isHeadline: isHeadline, tokens: Tokenizer.tokens(of: text)))
            }
        }
        return sentences
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

    private func pieces(of line: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            guard ".!?".contains(character) else { continue }
            var end = index
            while end < line.endIndex, "\"”’')".contains(line[end]) {
                end = line.index(after: end)
            }
            guard end < line.endIndex, line[end] == " " else { continue }
            let nextWordStart = line[end...].drop { $0 == " " }
            guard let first = nextWordStart.first, first.isUppercase || first.isNumber || "\"“‘".contains(first) else {
                continue
            }
            if character == ".", !endsSentence(before: line[start..<line.index(before: index)], next: nextWordStart) {
                continue
            }
            result.append(line[start..<end])
            start = nextWordStart.startIndex
            index = start
        }
        if start < line.endIndex {
            result.append(line[start...])
        }
        return result
    }

    private func endsSentence(before text: Substring, next: Substring) -> Bool {
        let lastWord = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "\"" || $0 == "“" }).last ?? ""
        let word = lastWord.lowercased()
        if Self.abbreviations.contains(word) { return false }
        if lastWord.count == 1, lastWord.first?.isUppercase == true { return false }  // an initial
        if lastWord.contains(".") {  // a dotted acronym such as U.S
            let nextWord = next.prefix { $0.isLetter }.lowercased()
            return Self.sentenceStarters.contains(nextWord)
        }
        return true
    }
}

/// Splits a sentence into words, keeping "U.S.", "O'Neil", "Felbab-Brown"
/// and "AT&T" whole.
enum Tokenizer {
    static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                let character = text[index]
                if !tokens.isEmpty, tokens[tokens.count - 1].punctuationAfter == nil, ",;:()[]\"“”—–-".contains(character) {
                    tokens[tokens.count - 1].punctuationAfter = character
                }
                index = text.index(after: index)
                continue
            }
            let start = index
            var end = index
            while end < text.endIndex {
                let character = text[end]
                if isWordCharacter(character) {
                    end = text.index(after: end)
                } else if ".'’-&".contains(character), let next = text.index(end, offsetBy: 1, limitedBy: text.endIndex),
                          next < text.endIndex, isWordCharacter(text[next]) {
                    end = next
                } else {
                    break
                }
            }
            // "U.S." keeps its final period: a dotted acronym is letter.letter. pairs.
            if end < text.endIndex, text[end] == ".", isDottedAcronym(text[start..<end]) {
                end = text.index(after: end)
            }
            var word = text[start..<end]
            var possessive = false
            for suffix in ["'s", "’s", "s'", "s’"] where word.count > suffix.count + 1 && word.hasSuffix(suffix) {
                word = suffix.hasPrefix("s") ? word.dropLast(1) : word.dropLast(2)
                possessive = true
                break
            }
            if !possessive, end < text.endIndex, "'’".contains(text[end]), word.last == "s" {
                possessive = true
            }
            tokens.append(Token(text: word, isPossessive: possessive, punctuationAfter: nil))
            index = end
        }
        return tokens
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func isDottedAcronym(_ word: Substring) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }
    }
}
