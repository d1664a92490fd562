import ArgumentParser
import Foundation
import Graphviz
import NewsGraphCore

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension RelationType: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}

/// Prints to standard error, where messages for people go.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs `body`, turning the errors users can act on into a message on
/// standard error and a failing exit code instead of a stack trace.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}

/// Loads a graph file, or fails with a message naming it.
func loadGraph(_ path: String) throws -> KnowledgeGraph {
    try KnowledgeGraph(contentsOf: URL(fileURLWithPath: path))
}

/// Writes `data` to `path` atomically, or to standard output for "-".
func writeOutput(_ data: Data, to path: String?) throws {
    guard let path, path != "-" else {
        FileHandle.standardOutput.write(data)
        return
    }
    try AtomicFile.write(data, to: path)
}

/// Writes a graph's JSON to `path`, or to standard output for nil or "-",
/// streamed: a large graph's JSON is never held whole.
func writeGraph(_ graph: KnowledgeGraph, to path: String?) throws {
    guard let path, path != "-" else {
        try graph.writeJSON(to: FileHandle.standardOutput)
        return
    }
    try AtomicFile.write(to: path) { file in try graph.writeJSON(to: file) }
}

/// What a command that writes a store says, on a terminal, when another
/// process is writing the same store and it has to wait.
func waitingMessage(_ store: String, quiet: Bool) -> (@Sendable () -> Void)? {
    guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
    return { printError("waiting for another process writing \(store)…") }
}

/// Says on a terminal that a store is being upgraded: a large one takes a while, once.
func upgradingMessage(_ store: String, quiet: Bool = false) -> (() -> Void)? {
    guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
    return { printError("upgrading \(store) to this version's store format (once)…") }
}
