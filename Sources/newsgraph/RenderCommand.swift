import ArgumentParser
import Foundation
import Graphviz
import NewsGraphCore
import Rendering

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a saved graph to SVG, DOT, PNG or PDF.",
        discussion: """
            Rendering runs in process through Graphviz's libraries.

              newsgraph render graphs/seeds.json --format svg --layout neato --output map.svg
            """)

    @Argument(help: "A graph JSON file written by 'newsgraph build'.")
    var graph: String

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .svg

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: chosen by graph size).")
    var layout: LayoutEngine?

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output).")
    var output: String?

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Also draw entities that have no relation.")
    var isolated = false

    func run() throws {
        try reportingErrors {
            let graph = try loadGraph(graph)
            let spec = MapBuilder(includesLegend: !noLegend, includesIsolated: isolated).spec(for: graph)
            let engine = layout ?? .suited(toNodeCount: graph.entities.count)
            try writeOutput(try Graphviz.render(spec, format: format, layout: engine), to: output)
        }
    }
}
