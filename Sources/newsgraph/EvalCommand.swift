import ArgumentParser
import Evaluation
import Extraction
import Foundation
import NewsGraphCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold annotations.",
        discussion: """
            Extracts each article that has a gold file (matched by the gold file's "document" \
            field, the article's file name) and reports entity precision, recall and F1 \
            (untyped, typed, per kind), furniture leaks, split entities, and relation F1 on \
            pairs, pairs + type, and pairs + type + direction.

              newsgraph eval --gold seeds seeds
              newsgraph eval --gold seeds seeds --details
            """)

    @Option(help: "Folder of *.gold.json files.")
    var gold: String

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Flag(help: "List the missed, spurious and mistyped names and relations per document.")
    var details = false

    func run() throws {
        try reportingErrors {
            let golds = try loadGold()
            let (articles, _) = try ArticleReader.articlePaths(in: paths)
            let extractor = Extractor()
            var reports: [DocumentReport] = []
            for path in articles {
                let name = URL(fileURLWithPath: path).lastPathComponent
                guard let goldDocument = golds[name] else {
                    printError("skipped \(path): no gold annotation in \(gold)")
                    continue
                }
                let article = try ArticleReader.read(path: path)
                let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                reports.append(Evaluator().evaluate(extractor.extract(article, documentID: id), against: goldDocument))
            }
            guard !reports.isEmpty else {
                throw ValidationError("none of the articles has a gold annotation in \(gold)")
            }
            let report = EvaluationReport(documents: reports)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
                return
            }
            print(report.text)
            if details {
                for document in reports {
                    print("\n\(document.document)")
                    let sections = [
                        ("missed", document.missed), ("spurious", document.spurious), ("mistyped", document.mistyped),
                        ("split", document.splitEntities), ("furniture", document.furnitureLeaks),
                        ("missed relations", document.missedRelations), ("spurious relations", document.spuriousRelations),
                    ]
                    for (title, items) in sections where !items.isEmpty {
                        print("  \(title): " + items.sorted().joined(separator: "; "))
                    }
                }
            }
        }
    }

    private func loadGold() throws -> [String: GoldDocument] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: gold) else {
            throw FileError(path: gold, reason: "no such folder")
        }
        var result: [String: GoldDocument] = [:]
        for entry in entries.sorted() where entry.hasSuffix(".gold.json") {
            let document = try GoldDocument(contentsOf: URL(fileURLWithPath: gold).appendingPathComponent(entry))
            result[document.document] = document
        }
        guard !result.isEmpty else { throw FileError(path: gold, reason: "no *.gold.json files") }
        return result
    }
}
