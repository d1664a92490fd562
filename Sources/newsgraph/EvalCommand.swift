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

            With --format, the files are named-entity corpora instead, and the learned \
            name tagger alone is scored on them the way the CoNLL shared tasks score: \
            mention-level precision, recall and F1 per type (a name counts only with its \
            exact first word, last word and type). `conll`: a word per line, its tag in the \
            last column (IOB1 or IOB2; Scripts/ner-corpora.py writes every corpus this \
            project uses in this form); `iob2`: Universal NER's `id word tag` columns.

              newsgraph eval --format conll test.conll
            """)

    @Option(help: "Folder of *.gold.json files.")
    var gold: String?

    @Option(help: "Score the name tagger on corpus files in this format: conll or iob2.")
    var format: LabeledCorpus.Format?

    @Argument(help: "Article files or folders (with --gold), or corpus files (with --format).")
    var paths: [String]

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Flag(help: "List the missed, spurious and mistyped names and relations per document.")
    var details = false

    @Flag(help: "Extract with the rules alone, without the learned name tagger (to measure what it adds).")
    var rulesOnly = false

    @Flag(help: "Read relations with the word patterns alone, without the dependency parser, to see what it adds.")
    var withoutParser = false

    func validate() throws {
        guard (gold == nil) != (format == nil) else {
            throw ValidationError("give either --gold DIR (articles) or --format FORMAT (corpus files)")
        }
    }

    func run() throws {
        try reportingErrors {
            if let format {
                return try scoreTagger(format: format)
            }
            let golds = try loadGold()
            let (articles, _) = try ArticleReader.articlePaths(in: paths)
            let extractor = Extractor(tagger: rulesOnly ? nil : .bundled, parser: withoutParser ? nil : .bundled)
            var reports: [DocumentReport] = []
            for path in articles {
                let name = URL(fileURLWithPath: path).lastPathComponent
                guard let goldDocument = golds[name] else {
                    printError("skipped \(path): no gold annotation in \(gold ?? "")")
                    continue
                }
                let article = try ArticleReader.read(path: path)
                let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                reports.append(Evaluator().evaluate(extractor.extract(article, documentID: id), against: goldDocument))
            }
            guard !reports.isEmpty else {
                throw ValidationError("none of the articles has a gold annotation in \(gold ?? "")")
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

    /// Scores the bundled name tagger on each corpus file, then on all together.
    private func scoreTagger(format: LabeledCorpus.Format) throws {
        guard let tagger = NameTagger.bundled else {
            throw ValidationError("this build has no name tagger model (Sources/Extraction/Resources/name-tagger.model)")
        }
        var all = NameScores()
        for path in paths {
            var scores = NameScores()
            for sentence in try LabeledCorpus.read(URL(fileURLWithPath: path), format: format) {
                let found = tagger.names(in: sentence)
                scores.add(gold: sentence.names, predicted: found)
                all.add(gold: sentence.names, predicted: found)
            }
            print("\(path)\n\(scores.text)\n")
        }
        if paths.count > 1 { print("all files\n\(all.text)") }
    }

    private func loadGold() throws -> [String: GoldDocument] {
        guard let gold else { throw ValidationError("--gold is required") }
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

extension LabeledCorpus.Format: ExpressibleByArgument {}
