import ArgumentParser
import Foundation
import Graphviz
import NewsGraphCore

struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Write the DOT of a graph or a view to standard output, ready for a report.",
        discussion: """
            Node ids are stable entity ids and no layout coordinates are written, so the text \
            diffs cleanly and pastes into a fenced dot block, LaTeX or a wiki. Tooltips and \
            id/class attributes are left out unless --tooltips is given.

              newsgraph dot graphs/seeds.json --focus Sheinbaum > sheinbaum.dot
              newsgraph dot graphs/seeds.json --top 15 --legend
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Flag(help: "Include the legend.")
    var legend = false

    @Flag(help: "Include tooltips (evidence sentences) and id/class attributes, as in SVG maps.")
    var tooltips = false

    @OptionGroup var view: ViewOptions

    func run() throws {
        try reportingErrors {
            let shown = try GraphSource.open(graph).view(view, path: graph).shown
            print(try Graphviz.dot(view.mapBuilder(legend: legend, interactive: tooltips).spec(for: shown)), terminator: "")
        }
    }
}
