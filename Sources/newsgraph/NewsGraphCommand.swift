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
              newsgraph render graphs/seeds.json --format png --output map.png
            """,
        subcommands: [BuildCommand.self, RenderCommand.self, NeighborsCommand.self, EvalCommand.self])
}
