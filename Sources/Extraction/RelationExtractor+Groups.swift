import NewsGraphCore

/// "The four face asset freezes", "sanctions against the same four
/// officials": a number of people the article has just named, read as each
/// of them. "the four" is the four people named last in the three sentences
/// before; "the same four" is the four read so before.
extension RelationExtractor {
    /// Whether a sentence's text holds a number word, so may name a group: a
    /// cheap test before a sentence without names is read for one.
    static func mayNameGroup(_ text: String) -> Bool {
        text.utf8.split(separator: UInt8(ascii: " ")).contains { word in
            (3...5).contains(word.count) && numberWordBytes.contains { word.elementsEqual($0) }
        }
    }

    private static let numberWordBytes = SentenceContext.numberWords.keys.map { Array($0.utf8) }
}

extension SentenceContext {
    /// Reads the sentence's numbered groups, keeping each one's people for
    /// a later "the same four".
    mutating func findNumberedGroups() {
        for start in tokens.indices where Self.groupDeterminers.contains(tokens[start].lowercased) {
            var word = start + 1
            let isSame = word < tokens.count && tokens[word].lowercased == "same"
            if isSame { word += 1 }
            guard word < tokens.count, let count = Self.numberWords[tokens[word].lowercased],
                  let end = groupEnd(afterNumber: word + 1)
            else { continue }
            // Named before this sentence: "Visser met the three leaders" does not count Visser.
            let named = recentlyNamedPeople
            let members = isSame ? groupsRead[count] : named.count >= count ? Array(named.suffix(count)) : nil
            guard let members else { continue }
            groups[start] = (members, end)
            groupsRead[count] = members
        }
    }

    /// Where a group's phrase ends after its number: after a noun for people
    /// ("the four Georgian officials"), or right after the number when a verb
    /// follows ("The four face", which the parser may take for a noun; a
    /// plural is not one). "the two countries" is no group of people.
    private func groupEnd(afterNumber word: Int) -> Int? {
        if let noun = (word..<min(tokens.count, word + 3)).first(where: { Self.peopleNouns.contains(tokens[$0].lowercased) }),
           tokens[word..<noun].allSatisfy({ $0.punctuationAfter == nil }) {
            return noun + 1
        }
        guard word < tokens.count, !tokens[word].isCapitalized else { return nil }
        return parsedTags?[word] == .verb || !tokens[word].lowercased.hasSuffix("s") ? word : nil
    }

    /// The group whose phrase starts at `word` or, after one word, at the next.
    func group(near word: Int) -> (members: [Int], end: Int)? {
        groups[word] ?? groups[word + 1]
    }

    // An array: a few short words are compared faster than one is hashed, and every word is asked.
    static let groupDeterminers = ["the", "all", "these", "those"]
    static let numberWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]
    private static let peopleNouns: Set<String> = [
        "officials", "men", "women", "people", "leaders", "ministers", "members", "suspects", "defendants",
        "executives", "lawmakers", "activists", "journalists", "judges", "officers", "individuals", "politicians",
        "senators", "generals", "commanders", "candidates", "directors", "envoys", "presidents",
    ]
}

/// "Those targeted include X and Y", "Among those arrested were X and Y":
/// the people listed are targeted by whoever the article last said targets
/// someone.
extension SentenceContext {
    mutating func findListedTargets() {
        guard let lastTargeter, tokens.count > 3 else { return }
        var verb = 1
        if tokens[0].lowercased == "among", tokens[1].lowercased == "those" {
            verb = 2
        } else if tokens[0].lowercased != "those" {
            return
        }
        guard trigger(at: verb)?.type == .targets, verb + 1 < tokens.count,
              Self.listingVerbs.contains(tokens[verb + 1].lowercased)
        else { return }
        for item in mentions where item.mention.tokens.lowerBound > verb + 1 && kind(item.entity) == .person && !isTitleScope(item) {
            add(lastTargeter, .targets, item.entity, 0.6, at: verb)
        }
    }
}
