import ArgumentParser
import Extraction
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how the dependency parser reads a sentence: each word's part of speech, head and relation.",
        discussion: """
            One line per word; with --file, one sentence per line of the file and a blank line after each parse.

              newsgraph parse "Germany imposed sanctions on Turkey."
              newsgraph parse --file sentences.txt
            """)

    @Argument(help: "A sentence.")
    var sentence: String?

    @Option(help: "A text file with one sentence per line.")
    var file: String?

    func validate() throws {
        guard (sentence == nil) != (file == nil) else { throw ValidationError("give either a sentence or --file") }
    }

    func run() throws {
        guard let parser = DependencyParser.bundled else {
            throw ValidationError("this build has no dependency parser model")
        }
        guard let file else {
            if !printParse(of: sentence ?? "", parser) { throw ValidationError("the sentence has no words to parse") }
            return
        }
        try reportingErrors {
            let text = try ArticleReader.read(path: file).text
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.allSatisfy(\.isWhitespace) {
                _ = printParse(of: String(line), parser)
                print()
            }
        }
    }

    /// Prints the parse of `sentence`; false when it has no words.
    private func printParse(of sentence: String, _ parser: DependencyParser) -> Bool {
        let (words, tree) = parser.parse(sentence)
        for (index, word) in words.enumerated() {
            let head = tree.heads[index]
            print([String(index + 1), word, "\(tree.tags[index])", String(head + 1), head < 0 ? "root" : "\(tree.labels[index])"]
                .joined(separator: "\t"))
        }
        return !words.isEmpty
    }
}
