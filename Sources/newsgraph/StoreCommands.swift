import ArgumentParser
import Foundation
import NewsGraphCore
import Store

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take a document's facts out of a corpus store.",
        discussion: """
            DOCUMENT is the document's id (its file name without extension) or the path it was added from.

              newsgraph remove 003_880a9678124d142b --store corpus.sqlite
            """)

    @Argument(help: "The document's id or path.")
    var document: String

    @Option(help: "The store file.")
    var store = "newsgraph.sqlite"

    @Option(help: "Seconds to wait while another process writes the store.")
    var wait: Double = 60

    func run() throws {
        try reportingErrors {
            let corpus = try SQLiteStore(
                path: store, create: false, waitingForWriter: wait, whileWaiting: waitingMessage(store, quiet: false),
                whileUpgrading: upgradingMessage(store))
            let id = try corpus.documentID(forPath: document) ?? document
            guard try corpus.remove(document: id) else {
                throw UserError("\(store): no document \"\(document)\"")
            }
            printError("removed \(id) from \(store)")
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph or a corpus store in a format other tools read.",
        discussion: """
            json is the graph JSON 'newsgraph build' writes; graphml is read by networkx, Gephi, \
            Cytoscape and yEd; gexf by Gephi; csv writes nodes.csv and relationships.csv into the \
            folder -o names, as 'neo4j-admin database import' reads them; cypher is a script that \
            loads the graph into a running Neo4j (MERGE by entity id).

              newsgraph export graphs/seeds.json --format graphml -o seeds.graphml
              newsgraph export corpus.sqlite --format csv -o neo4j-import/
              newsgraph export --store corpus.sqlite --json -o corpus.json
            """)

    @Argument(help: "A graph JSON file or a corpus store (default: --store).")
    var graph: String?

    @Option(help: "The store file, when no graph is given.")
    var store = "newsgraph.sqlite"

    @Option(help: "json, graphml, gexf, csv or cypher.")
    var format: GraphExport.Format?

    @Flag(help: "Write graph JSON (the same as --format json).")
    var json = false

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output); a folder for csv.")
    var output: String?

    func validate() throws {
        guard format != nil || json else { throw ValidationError("say --format json|graphml|gexf|csv|cypher (or --json)") }
        if format == .csv, output == nil || output == "-" {
            throw ValidationError("csv writes nodes.csv and relationships.csv: give -o FOLDER")
        }
    }

    func run() throws {
        try reportingErrors {
            let path = graph ?? store
            let loaded: KnowledgeGraph
            if graph == nil || SQLiteStore.isDatabase(path) {
                loaded = try SQLiteStore(path: path, create: false, whileUpgrading: upgradingMessage(path)).graph()
            } else {
                loaded = try loadGraph(path)
            }
            switch format ?? .json {
            case .json: try writeGraph(loaded, to: output)
            case .graphml: try writeOutput(Data(GraphExport.graphML(loaded).utf8), to: output)
            case .gexf: try writeOutput(Data(GraphExport.gexf(loaded).utf8), to: output)
            case .cypher: try writeOutput(Data(GraphExport.cypher(loaded).utf8), to: output)
            case .csv:
                let folder = output ?? "."
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let files = GraphExport.csv(loaded)
                try AtomicFile.write(Data(files.nodes.utf8), to: (folder as NSString).appendingPathComponent("nodes.csv"))
                try AtomicFile.write(
                    Data(files.relationships.utf8), to: (folder as NSString).appendingPathComponent("relationships.csv"))
            }
        }
    }
}

extension GraphExport.Format: ExpressibleByArgument {}
