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

    @Option(help: "Seconds a layout may take before it is stopped.")
    var timeout: Double = 120

    @Flag(help: "Print what extraction dropped or doubted, per document.")
    var diagnostics = false

    @Flag(name: .shortAndLong, help: "No progress or summary on standard error.")
    var quiet = false

    func run() throws {
        try reportingErrors {
            let (articles, skipped) = try ArticleReader.articlePaths(in: paths)
            for path in skipped {
                printError("skipped \(path): not an article file")
            }
            guard !articles.isEmpty else {
                throw ValidationError("no article files (.txt, .html, .md) in \(paths.joined(separator: ", "))")
            }
            let progress = Progress(total: articles.count, enabled: !quiet)
            var extractor = Extractor()
            extractor.keepsDiagnostics = diagnostics
            let result = CorpusBuilder(extractor: extractor).build(paths: articles) { done in progress.update(done: done) }
            progress.finish()
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
            try writeGraph(result.graph, to: output)
            try writeRenderings(of: result.graph)
            if !quiet {
                printError(
                    "built \(result.graph.entities.count) entities and \(result.graph.relations.count) relations "
                        + "from \(result.extractions.count) of \(articles.count) articles")
            }
            if !result.failures.isEmpty { throw ExitCode.failure }
        }
    }

    /// Maps are rendered from the JSON just written, each in a child process
    /// with the time budget; with the JSON on standard output, in process.
    private func writeRenderings(of graph: KnowledgeGraph) throws {
        let requested: [(MapFormat, String?)] = [(.dot, dot), (.svg, svg), (.png, png), (.pdf, pdf)]
        for case let (format, path?) in requested {
            if output == "-" || format == .dot {
                try writeOutput(try renderInProcess(graph, format: format, layout: layout, builder: MapBuilder()), to: path)
            } else {
                try RenderRunner(budget: timeout).render(
                    graphPath: output, format: format, layout: layout, viewArguments: [], output: path)
            }
        }
    }
}
