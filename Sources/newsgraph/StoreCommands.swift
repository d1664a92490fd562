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
                path: store, create: false, waitingForWriter: wait, whileWaiting: waitingMessage(store, quiet: false))
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
        abstract: "Write a corpus store as the graph JSON that 'newsgraph build' writes.",
        discussion: """
              newsgraph export --store corpus.sqlite --json -o corpus.json
            """)

    @Option(help: "The store file.")
    var store = "newsgraph.sqlite"

    @Flag(help: "Write graph JSON (the only format so far).")
    var json = false

    @Option(name: .shortAndLong, help: "Output file ('-' or nothing for standard output).")
    var output: String?

    func validate() throws {
        guard json else { throw ValidationError("say --json: the graph JSON is the export format") }
    }

    func run() throws {
        try reportingErrors {
            let corpus = try SQLiteStore(path: store, create: false)
            try writeOutput(try corpus.graph().jsonData(), to: output)
        }
    }
}
