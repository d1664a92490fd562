import Foundation
import NewsGraphCore

/// A sentence of a Universal Dependencies treebank: its text as written
/// (`# text =`) and its syntactic words.
public struct TreebankSentence: Sendable {
    struct Word {
        /// The word, or for a contraction's parts ("do" + "n't") the whole written form.
        var surface: Substring
        /// Whether the word is a later part of a contraction, written by the part before it.
        var continuesSurface: Bool
        var tag: PartOfSpeech
        var isPunctuation: Bool
        /// The head's position from 1; 0 is the root.
        var head: Int
        var label: DependencyLabel
    }

    public var text: String
    var words: [Word]
}

/// Reads CoNLL-U files.
public enum Treebank {
    /// The sentences of `url`, naming the file and line in the error when it cannot.
    public static func read(_ url: URL) throws -> [TreebankSentence] {
        guard let data = try? Data(contentsOf: url) else { throw FileError(path: url.path, reason: "cannot be read") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw FileError(path: url.path, reason: "not valid UTF-8")
        }
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence(text: "", words: [])
        var contraction: (first: Int, last: Int, surface: Substring)?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty {
                if !current.words.isEmpty { sentences.append(current) }
                current = TreebankSentence(text: "", words: [])
                continue
            }
            if line.hasPrefix("# text = ") {
                current.text = String(line.dropFirst(9))
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8 else {
                throw FileError(path: url.path, reason: "line \(number + 1) has \(fields.count) columns, not 10")
            }
            if fields[0].contains(".") { continue }  // an empty node of enhanced dependencies
            if let dash = fields[0].firstIndex(of: "-") {
                if let first = Int(fields[0][..<dash]), let last = Int(fields[0][fields[0].index(after: dash)...]) {
                    contraction = (first, last, fields[1])
                }
                continue
            }
            guard let id = Int(fields[0]), let head = Int(fields[6]) else {
                throw FileError(path: url.path, reason: "line \(number + 1) has no word number or head")
            }
            var surface = fields[1]
            var continues = false
            if let (first, last, written) = contraction, (first...last).contains(id) {
                continues = id > first
                surface = written
                if id == last { contraction = nil }
            }
            current.words.append(.init(
                surface: surface, continuesSurface: continues, tag: PartOfSpeech(universal: fields[3]),
                isPunctuation: fields[3] == "PUNCT", head: head, label: DependencyLabel(universal: fields[7])))
        }
        if !current.words.isEmpty { sentences.append(current) }
        return sentences
    }
}

extension TreebankSentence {
    /// The sentence as NewsGraph reads it — its text through ``Tokenizer`` —
    /// with the treebank's tags and tree moved onto those words, or nil when
    /// the words cannot be found in the text.
    ///
    /// A token made of several treebank words ("Mexico's", "didn't", "U.S.")
    /// takes the tag and label of the one whose head lies outside it, and
    /// hangs from the token holding that head. Punctuation is dropped; what
    /// hangs from it hangs from its head.
    func projected(roles: WordRoleTable? = nil) -> (tokens: [Token], tree: ParsedSentence)? {
        guard let starts = wordStarts() else { return nil }
        let tokens = Tokenizer.tokens(of: text, roles: roles)
        guard !tokens.isEmpty else { return nil }
        var tokenAt = [Int](repeating: -1, count: text.utf8.count + 1)
        let bytes = Array(text.utf8)
        for (index, token) in tokens.enumerated() {
            for offset in token.offsets { tokenAt[offset] = index }
            // The possessive ending the tokenizer split off ("'s", "’s", "'") belongs to the word.
            var offset = token.offsets.upperBound
            while token.isPossessive, offset < bytes.count, offset < token.offsets.upperBound + 4,
                  bytes[offset] == UInt8(ascii: "'") || bytes[offset] == UInt8(ascii: "s") || bytes[offset] >= 0x80 {
                tokenAt[offset] = index
                offset += 1
            }
        }
        let tokenOfWord = words.indices.map { words[$0].isPunctuation ? -1 : tokenAt[starts[$0]] }
        if tokenOfWord.allSatisfy({ $0 < 0 }) { return nil }

        /// The first word up the tree that is on another token than `token`.
        func headToken(of word: Int, leaving token: Int) -> Int {
            var head = words[word].head - 1
            var steps = 0
            while head >= 0, steps < words.count, tokenOfWord[head] < 0 || tokenOfWord[head] == token {
                head = words[head].head - 1
                steps += 1
            }
            return head >= 0 && steps < words.count ? tokenOfWord[head] : -1
        }
        var tree = ParsedSentence(
            tags: Array(repeating: .other, count: tokens.count), heads: Array(repeating: -1, count: tokens.count),
            labels: Array(repeating: .other, count: tokens.count))
        var represented = [Bool](repeating: false, count: tokens.count)
        for (word, token) in tokenOfWord.enumerated() where token >= 0 && !represented[token] {
            let head = words[word].head - 1
            if head >= 0, tokenOfWord[head] == token { continue }  // a word inside its token's group
            represented[token] = true
            tree.tags[token] = words[word].tag
            tree.heads[token] = headToken(of: word, leaving: token)
            tree.labels[token] = tree.heads[token] < 0 ? .root : words[word].label
        }
        // A token the text has but the treebank split differently keeps nothing to learn from.
        guard represented.allSatisfy({ $0 }), tree.heads.filter({ $0 < 0 }).count == 1 else { return nil }
        return (tokens, tree)
    }

    /// Each word's first byte in ``text``, or nil when a word is not where the
    /// text says it is.
    private func wordStarts() -> [Int]? {
        let bytes = Array(text.utf8)
        var starts: [Int] = []
        var cursor = 0
        for word in words {
            if word.continuesSurface, let previous = starts.last {
                starts.append(previous)
                continue
            }
            let form = Array(word.surface.utf8)
            var position = cursor
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
            // Treebanks sometimes normalize what they print; look a little further on.
            guard let found = (position..<min(position + 12, bytes.count)).first(where: {
                $0 + form.count <= bytes.count && bytes[$0..<($0 + form.count)].elementsEqual(form)
            }) else { return nil }
            starts.append(found)
            cursor = found + form.count
        }
        return starts
    }
}
