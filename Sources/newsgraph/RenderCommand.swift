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

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: dot up to 150 entities, else sfdp).")
    var layout: LayoutEngine?

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output).")
    var output: String?

    @Option(help: "Seconds a layout may take before it is stopped.")
    var timeout: Double = 120

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @OptionGroup var view: ViewOptions

    @Flag(help: .hidden)
    var inProcess = false

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        try reportingErrors {
            let loaded = try loadGraphOrStore(graph)
            let shown = try view.view(of: loaded, path: graph).apply(to: loaded)
            guard !inProcess, format != .json, format != .dot else {
                let builder = view.mapBuilder(legend: !noLegend)
                try writeOutput(try renderInProcess(shown, format: format, layout: layout, builder: builder), to: output)
                return
            }
            try RenderRunner(budget: timeout).render(
                graphPath: graph, format: format, layout: layout, viewArguments: passedViewArguments,
                output: output ?? "-")
        }
    }

    /// The view options as given, for the child process.
    private var passedViewArguments: [String] {
        var arguments = ["--depth", String(view.depth), "--min-weight", String(view.minimumWeight),
                         "--cluster-by", view.clusterBy.rawValue]
        if let focus = view.focus { arguments += ["--focus", focus] }
        if !view.kinds.isEmpty { arguments += ["--kinds"] + view.kinds.map(\.rawValue) }
        if !view.types.isEmpty { arguments += ["--types"] + view.types.map(\.rawValue) }
        if let top = view.top { arguments += ["--top", String(top)] }
        if view.isolated { arguments.append("--isolated") }
        if view.all { arguments.append("--all") }
        if noLegend { arguments.append("--no-legend") }
        return arguments
    }
}
