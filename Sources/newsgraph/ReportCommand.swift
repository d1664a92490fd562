import ArgumentParser
import Foundation
import Graphviz
import NewsGraphCore
import Rendering

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report: the map, a DOT block, main entities, key relations with evidence.",
        discussion: """
            The map is written as an SVG file beside the report (report.md -> report.svg).

              newsgraph report graphs/seeds.json -o report.md
              newsgraph report graphs/seeds.json --focus "Claudia Sheinbaum" -o sheinbaum.md
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Option(name: .shortAndLong, help: "The Markdown file to write.")
    var output: String

    @Option(help: "The report's title (default: from the view).")
    var title: String?

    @Option(help: "Seconds the map's layout may take before it is stopped.")
    var timeout: Double = 120

    @OptionGroup var view: ViewOptions

    func run() throws {
        try reportingErrors {
            let (chosen, shown) = try GraphSource.open(graph).view(view, path: graph)
            let focusName = chosen.focus.flatMap { id in shown.entities.first { $0.id == id }?.name }
            let heading = title ?? (focusName.map { "NewsGraph report: \($0)" } ?? "NewsGraph report")

            let svgPath = URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("svg").path
            try RenderRunner(budget: timeout).render(
                view: shown, of: graph, format: .svg, layout: nil, mapArguments: ["--cluster-by", view.clusterBy.rawValue],
                output: svgPath)

            let dot = try Graphviz.dot(view.mapBuilder(legend: false, interactive: false).spec(for: shown))
            let markdown = MarkdownReport(title: heading)
                .markdown(for: shown, dot: dot, svgFileName: URL(fileURLWithPath: svgPath).lastPathComponent)
            try AtomicFile.write(Data(markdown.utf8), to: output)
            printError("wrote \(output) and \(svgPath)")
        }
    }
}
