import Foundation
import NewsGraphCore

/// A sentence of a named-entity corpus: its words as the corpus split them,
/// and its names as word ranges.
public struct LabeledSentence: Sendable {
    public var words: [String]
    public var names: [NameSpan]

    public init(words: [String], names: [NameSpan]) {
        self.words = words
        self.names = names
    }
}

/// Reads named-entity corpora in the column formats the field uses.
public enum LabeledCorpus {
    /// - `conll`: a word per line, its tag in the last column (CoNLL-2003,
    ///   wikigold, CrossNER, the files `Scripts/ner-corpora.py` writes);
    /// - `iob2`: Universal NER's `id word tag ...` columns.
    ///
    /// Tags may be IOB1 or IOB2; a name starts where conlleval says one does.
    /// Types outside person, organization and location are read as no name.
    public enum Format: String, CaseIterable, Sendable {
        case conll, iob2
    }

    /// The sentences of `url`, naming the file and line in the error when it cannot.
    public static func read(_ url: URL, format: Format) throws -> [LabeledSentence] {
        guard let data = try? Data(contentsOf: url) else { throw FileError(path: url.path, reason: "cannot be read") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw FileError(path: url.path, reason: "not valid UTF-8")
        }
        var sentences: [LabeledSentence] = []
        var words: [String] = []
        var tags: [String] = []
        func close() {
            if !words.isEmpty { sentences.append(LabeledSentence(words: words, names: names(ofTags: tags))) }
            words = []
            tags = []
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if columns.isEmpty || columns[0] == "-DOCSTART-" {
                close()
                continue
            }
            if format == .iob2, columns[0].hasPrefix("#") { continue }
            let wordColumn = format == .iob2 ? 1 : 0
            let tagColumn = format == .iob2 ? 2 : columns.count - 1
            guard columns.count > max(wordColumn, tagColumn), tagColumn > wordColumn else {
                throw FileError(path: url.path, reason: "line \(number + 1) has no \(format.rawValue) word and tag columns")
            }
            words.append(String(columns[wordColumn]))
            tags.append(String(columns[tagColumn]))
        }
        close()
        return sentences
    }

    /// Names of a tag sequence, counted as conlleval counts chunks: a name
    /// starts at `B-`, or at `I-` after a word outside a name of its type.
    static func names(ofTags tags: [String]) -> [NameSpan] {
        var names: [NameSpan] = []
        var open: (start: Int, label: String)?
        func close(at end: Int) {
            if let current = open, let type = NameType(corpusLabel: current.label) {
                names.append(NameSpan(tokens: current.start..<end, type: type))
            }
            open = nil
        }
        for (index, tag) in tags.enumerated() {
            let prefix = tag.prefix(2)
            let label = tag.count > 2 ? String(tag.dropFirst(2)) : ""
            switch prefix {
            case "B-", "S-", "U-":
                close(at: index)
                open = (index, label)
            case "I-", "E-", "L-":
                if open?.label != label {
                    close(at: index)
                    open = (index, label)
                }
            default:
                close(at: index)
            }
            if prefix == "S-" || prefix == "U-" || prefix == "E-" || prefix == "L-" { close(at: index + 1) }
        }
        close(at: tags.count)
        return names
    }
}
