import ArgumentParser
import Extraction
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how the dependency parser reads a sentence: each word's part of speech, head and relation.",
        discussion: """
              newsgraph parse "Germany imposed sanctions on Turkey."
            """)

    @Argument(help: "A sentence.")
    var sentence: String

    func run() throws {
        guard let parser = DependencyParser.bundled else {
            throw ValidationError("this build has no dependency parser model")
        }
        let (words, tree) = parser.parse(sentence)
        guard !words.isEmpty else { throw ValidationError("the sentence has no words to parse") }
        for (index, word) in words.enumerated() {
            let head = tree.heads[index]
            print([String(index + 1), word, "\(tree.tags[index])", String(head + 1), head < 0 ? "root" : "\(tree.labels[index])"]
                .joined(separator: "\t"))
        }
    }
}
