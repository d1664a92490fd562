import ArgumentParser
import Foundation
import Graphviz
import NewsGraphCore
import Rendering

extension MapFormat: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a saved graph, or a view of it, to SVG, DOT, PNG, PDF or JSON.",
        discussion: """
            Rendering runs through Graphviz's libraries in a child process that is stopped \
            when --timeout runs out, so a layout that would take forever ends with advice instead.

              newsgraph render graphs/seeds.json --format svg --output map.svg
              newsgraph render graphs/seeds.json --focus "Claudia Sheinbaum" --depth 2 --format png -o sheinbaum.png
              newsgraph render graphs/seeds.json --top 15 --cluster-by country -o top.svg
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Option(help: "Output format: \(MapFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: MapFormat = .svg

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output).")
    var output: String?

    @OptionGroup var mapLayout: MapLayoutOptions

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @OptionGroup var view: ViewOptions

    @Flag(help: .hidden)
    var inProcess = false

    func run() throws {
        try reportingErrors {
            let shown = try GraphSource.open(graph).view(view, path: graph).shown
            guard !inProcess, format != .json, format != .dot else {
                let builder = view.mapBuilder(legend: !noLegend)
                try writeOutput(try renderInProcess(shown, format: format, layout: mapLayout.layout, builder: builder), to: output)
                return
            }
            var mapArguments = ["--cluster-by", view.clusterBy.rawValue]
            if view.isolated { mapArguments.append("--isolated") }
            if noLegend { mapArguments.append("--no-legend") }
            try RenderRunner(budget: mapLayout.timeout).render(
                view: shown, of: graph, format: format, layout: mapLayout.layout, mapArguments: mapArguments, output: output ?? "-")
        }
    }
}
