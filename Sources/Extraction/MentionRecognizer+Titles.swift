/// Titles before a person's name: "Lt. Col.", "Mexican President", and the
/// title-like words that are part of a name ("James Earl Ray").
extension MentionRecognizer {
    /// The first title among `words`, the texts of `tokens`, with the titles
    /// stacked after it ("Lt. Col.", "Maj. Gen."), so long as a word is left
    /// for the name.
    func titleSpan(in words: [String], of tokens: ArraySlice<Token>) -> (Int, Int)? {
        guard let first = title(in: words, of: tokens, from: 0) else { return nil }
        var end = first.end
        // "Chief Election Commissioner": one word of the title's field may stand between two titles.
        while end + 1 < words.count, let next = title(in: words, of: tokens, from: end), next.end < words.count,
              next.start == end || next.start == end + 1 && isFieldWord(tokens[tokens.startIndex + end]) {
            end = next.end
        }
        return (first.start, end)
    }

    /// "Bank of Mongolia Governor Enkhjargal Dorj": a body named "X of Y",
    /// then a title and a capitalized name, is the title's owner and its
    /// holder, not one body's name. The title must be the chunk's first.
    func isTitledHolderAfterBody(_ words: [String], _ tokens: ArraySlice<Token>) -> Bool {
        guard let connector = words.firstIndex(where: { $0 == "of" || $0 == "for" }), connector > 0,
              let span = title(in: words, of: tokens, from: connector + 2), span.end < words.count,
              title(in: words, of: tokens, from: 0)?.start == span.start else { return false }
        // "Office of the Prosecutor General": a word after the title that is part of a title is the title's own.
        return tokens[(tokens.startIndex + span.end)...].allSatisfy {
            $0.isCapitalized && $0.roles.isDisjoint(with: Self.headRoles) && $0.roles.isDisjoint(with: .title)
        }
    }

    /// The first title at or after word `from`, longest first.
    func title(in words: [String], of tokens: ArraySlice<Token>, from: Int) -> (start: Int, end: Int)? {
        for start in words.indices.dropFirst(from) where tokens[tokens.startIndex + start].roles.contains(.titleStart) {
            for length in stride(from: min(lexicon.longestTitle, words.count - start), through: 1, by: -1) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                if lexicon.isTitle(phrase) {
                    return (start, start + length)
                }
            }
        }
        return nil
    }

    /// "James Earl Ray", "Martin Luther King Jr.": a one-word title after a
    /// given name, with at most a surname after it, is part of the name
    /// ("Virginia Senator Tim Kaine" has a full name after its title, "Jordan
    /// King Abdullah" a country before it).
    func isSurnameTitle(_ name: ArraySlice<Token>, start: Int, end: Int) -> Bool {
        guard start > 0, end == start + 1 else { return false }
        let before = name[name.startIndex + start - 1]
        guard before.roles.contains(.givenName), lexicon.meaning(of: before.text) == nil else { return false }
        let after = name[(name.startIndex + end)...]
        return after.count == 1 || !after.first!.roles.contains(.givenName)
    }

    /// A capitalized word that may name a title's field: no given name and no listed name.
    private func isFieldWord(_ token: Token) -> Bool {
        token.isCapitalized && !token.roles.contains(.givenName) && lexicon.meaning(of: token.text) == nil
            && token.punctuationAfter == nil
    }

    func isTitleAt(_ words: [String], _ index: Int) -> Bool {
        index < words.count && lexicon.isTitle(words[index])
    }

    /// Whether the word before the title at `start` makes its holder a
    /// deputy: "Deputy President X" holds no office that leads.
    func isSubordinate(before start: Int, in tokens: [Token]) -> Bool {
        start > 0 && Self.subordinateModifiers.contains(tokens[start - 1].lowercased)
    }

    static let subordinateModifiers: Set<String> = ["deputy", "vice", "assistant", "associate"]

    func roleKind(_ title: String) -> Mention.RoleKind {
        if lexicon.headOfStateTitles.contains(title.lowercased()) {
            return .headOfState
        }
        return lexicon.leaderTitles.contains(title.lowercased()) ? .leader : .member
    }
}
