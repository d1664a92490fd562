import ArgumentParser
import Foundation
import Graphviz
import NewsGraphCore
import Rendering

struct HtmlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write one self-contained HTML page to explore a graph, or a view of it, in a browser.",
        discussion: """
            The page holds the map libgvc lays out (the same as render's SVG), the graph's \
            entities, relations and evidence sentences, and a small script: pan and zoom, \
            search, a panel with an entity's neighbours and the evidence behind each edge, \
            filters by kind, type, weight and date. It loads nothing from the network.

              newsgraph html graphs/seeds.json -o graphs/seeds.html
              newsgraph html corpus.sqlite --top 150 -o corpus.html
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size).")
    var layout: LayoutEngine?

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output).")
    var output: String?

    @Option(help: "Seconds a layout may take before it is stopped.")
    var timeout: Double = 120

    @OptionGroup var view: ViewOptions

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        try reportingErrors {
            let shown = try GraphSource.open(graph).view(view, path: graph).shown
            let svgPath = FileManager.default.temporaryDirectory
                .appendingPathComponent("newsgraph-html-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).svg").path
            defer { try? FileManager.default.removeItem(atPath: svgPath) }
            // The page draws its own legend; the map's would only take space that Fit keeps.
            var mapArguments = ["--cluster-by", view.clusterBy.rawValue, "--no-legend"]
            if view.isolated { mapArguments.append("--isolated") }
            try RenderRunner(budget: timeout).render(
                view: shown, of: graph, format: .svg, layout: layout, mapArguments: mapArguments, output: svgPath)
            let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
            let title = "NewsGraph: " + URL(fileURLWithPath: graph).lastPathComponent + (view.focus.map { " around \($0)" } ?? "")
            let page = try ExplorerPage.html(svg: svg, graphJSON: try shown.jsonData(), title: title)
            try writeOutput(Data(page.utf8), to: output)
        }
    }
}
