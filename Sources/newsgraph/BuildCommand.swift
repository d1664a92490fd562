import ArgumentParser
import Extraction
import Foundation
import Graphviz
import NewsGraphCore
import Rendering

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract a knowledge graph from article files and folders.",
        discussion: """
            Reads .txt, .html and .md articles (folders are searched recursively), extracts \
            people, organizations, countries, policies and locations and the relations among \
            them, merges them into one graph and writes it as JSON, plus any rendering asked for.

              newsgraph build seeds --output graphs/seeds.json --dot graphs/seeds.dot --svg graphs/seeds.svg
            """)

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Where to write the graph JSON ('-' for standard output).")
    var output: String = "graph.json"

    @Option(help: "Also write DOT here.")
    var dot: String?

    @Option(help: "Also write SVG here.")
    var svg: String?

    @Option(help: "Also write PNG here.")
    var png: String?

    @Option(help: "Also write PDF here.")
    var pdf: String?

    @Option(help: "Layout engine for SVG, PNG and PDF (default: chosen by graph size).")
    var layout: LayoutEngine?

    @Flag(help: "Print what extraction dropped or doubted, per document.")
    var diagnostics = false

    func run() throws {
        try reportingErrors {
            let (articles, skipped) = try ArticleReader.articlePaths(in: paths)
            for path in skipped {
                printError("skipped \(path): not an article file")
            }
            guard !articles.isEmpty else {
                throw ValidationError("no article files (.txt, .html, .md) in \(paths.joined(separator: ", "))")
            }
            let result = CorpusBuilder().build(paths: articles)
            for failure in result.failures {
                printError("error: \(failure)")
            }
            if diagnostics {
                for extraction in result.extractions {
                    for diagnostic in extraction.diagnostics {
                        printError("\(extraction.document.path): [\(diagnostic.stage)] \(diagnostic.message)")
                    }
                }
            }
            guard !result.extractions.isEmpty else { throw ExitCode.failure }
            try writeOutput(try result.graph.jsonData(), to: output)
            try writeRenderings(of: result.graph)
            printError(
                "built \(result.graph.entities.count) entities and \(result.graph.relations.count) relations "
                    + "from \(result.extractions.count) of \(articles.count) articles")
            if !result.failures.isEmpty { throw ExitCode.failure }
        }
    }

    private func writeRenderings(of graph: KnowledgeGraph) throws {
        let requested: [(OutputFormat, String?)] = [(.dot, dot), (.svg, svg), (.png, png), (.pdf, pdf)]
        let spec = MapBuilder().spec(for: graph)
        let engine = layout ?? .suited(toNodeCount: graph.entities.count)
        for case let (format, path?) in requested {
            try writeOutput(try Graphviz.render(spec, format: format, layout: engine), to: path)
        }
    }
}
