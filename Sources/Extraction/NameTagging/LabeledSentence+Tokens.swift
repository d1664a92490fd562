/// A corpus sentence as NewsGraph reads an article: its words joined back
/// into text the way they were written, tokenized by ``Tokenizer``, and its
/// names moved onto those tokens. Training and tagging then see the same
/// tokens ("Mexico's" one word with a possessive flag, "U.S." one word,
/// punctuation as marks on words), and tagged names are moved back onto the
/// corpus's words to be scored as the field scores them.
struct AlignedSentence {
    var tokens: [Token]
    /// The corpus's names on ``tokens``.
    var names: [NameSpan]
    /// Each corpus word's byte range in the joined text.
    private var wordOffsets: [Range<Int>]

    init(_ sentence: LabeledSentence, roles: WordRoleTable?) {
        let (text, offsets) = Self.join(sentence.words)
        wordOffsets = offsets
        tokens = Tokenizer.tokens(of: text, roles: roles)
        names = []
        for name in sentence.names {
            let start = offsets[name.tokens.lowerBound].lowerBound
            let end = offsets[name.tokens.upperBound - 1].upperBound
            let inside = tokens.indices.filter { (start..<end).contains(tokens[$0].offsets.lowerBound) }
            if let first = inside.first, let last = inside.last {
                names.append(NameSpan(tokens: first..<(last + 1), type: name.type))
            }
        }
        // A token can start inside one name only; keep the first if two claim it.
        var taken = Set<Int>()
        names = names.filter { name in
            guard taken.isDisjoint(with: name.tokens) else { return false }
            taken.formUnion(name.tokens)
            return true
        }
    }

    /// `names` on tokens, as names on the corpus's words: a word is in a name
    /// if it starts inside the name's text.
    func corpusNames(_ names: [NameSpan]) -> [NameSpan] {
        names.compactMap { name in
            let start = tokens[name.tokens.lowerBound].offsets.lowerBound
            let end = tokens[name.tokens.upperBound - 1].offsets.upperBound
            let inside = wordOffsets.indices.filter { (start..<end).contains(wordOffsets[$0].lowerBound) }
            guard let first = inside.first, let last = inside.last else { return nil }
            return NameSpan(tokens: first..<(last + 1), type: name.type)
        }
    }

    private static let attachedToPrevious: Set<String> = [
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "'", "’", "n't", "'re", "'ve", "'ll", "'d", "'m",
    ]
    private static let attachedToNext: Set<String> = ["(", "[", "{", "$", "``", "“", "#"]

    /// The words as text, spaced as written, with each word's byte range.
    private static func join(_ words: [String]) -> (String, [Range<Int>]) {
        var text = ""
        var offsets: [Range<Int>] = []
        offsets.reserveCapacity(words.count)
        var quoteOpen = false
        var glueNext = false
        for (index, word) in words.enumerated() {
            var glue = glueNext || attachedToPrevious.contains(word)
            glueNext = attachedToNext.contains(word)
            if word == "\"" {
                glue = quoteOpen
                glueNext = !quoteOpen
                quoteOpen.toggle()
            }
            // "Sea-Air-Space": corpora split hyphenated words; articles write them whole.
            if word == "-", index > 0, index + 1 < words.count,
               words[index - 1].last?.isLetter == true, words[index + 1].first?.isLetter == true {
                glue = true
                glueNext = true
            }
            if index > 0, !glue { text += " " }
            let start = text.utf8.count
            text += word
            offsets.append(start..<text.utf8.count)
        }
        return (text, offsets)
    }
}
