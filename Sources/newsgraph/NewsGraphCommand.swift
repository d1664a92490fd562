import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph you can render and query.",
        discussion: """
            Build a graph from articles, render it with Graphviz, and ask who is connected to whom.

              newsgraph build seeds --output graphs/seeds.json --svg graphs/seeds.svg
              newsgraph neighbors graphs/seeds.json Sheinbaum
              newsgraph render graphs/seeds.json --top 15 --format png --output map.png
              newsgraph path graphs/seeds.json "Donald Trump" JSOC
              newsgraph report graphs/seeds.json --focus Sheinbaum -o report.md
            """,
        version: "newsgraph 0.4.0",
        subcommands: [
            BuildCommand.self, RenderCommand.self, DotCommand.self, ReportCommand.self, NeighborsCommand.self,
            PathCommand.self, EntitiesCommand.self, StatsCommand.self, EvalCommand.self,
            AddCommand.self, RemoveCommand.self, ExportCommand.self, HtmlCommand.self, ParseCommand.self,
        ])
}
