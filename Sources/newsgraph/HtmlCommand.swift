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

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output).")
    var output: String?

    @OptionGroup var mapLayout: MapLayoutOptions

    @OptionGroup var view: ViewOptions

    func run() throws {
        try reportingErrors {
            let shown = try GraphSource.open(graph).view(view, path: graph).shown
            // The page draws its own legend; the map's would only take space that Fit keeps.
            var mapArguments = ["--cluster-by", view.clusterBy.rawValue, "--no-legend"]
            if view.isolated { mapArguments.append("--isolated") }
            let svg = String(decoding: try RenderRunner(budget: mapLayout.timeout).rendered(
                view: shown, of: graph, format: .svg, layout: mapLayout.layout, mapArguments: mapArguments), as: UTF8.self)
            let title = "NewsGraph: " + URL(fileURLWithPath: graph).lastPathComponent + (view.focus.map { " around \($0)" } ?? "")
            let page = try ExplorerPage.html(svg: svg, graphJSON: try shown.jsonData(), title: title)
            try writeOutput(Data(page.utf8), to: output)
        }
    }
}
