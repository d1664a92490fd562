import Foundation
import Graphviz
import NewsGraphCore
import Rendering

/// The formats a map can be written in.
enum MapFormat: String, CaseIterable {
    case svg, dot, png, pdf, json

    var graphvizFormat: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// Renders maps within a time budget. Graphviz cannot be interrupted in
/// process, so layouts run in a child `newsgraph render --in-process` that is
/// killed when the budget runs out; the child renders through libgvc.
struct RenderRunner {
    var budget: Double

    /// Writes `format` of a view already chosen from the graph at `source`:
    /// the child draws exactly `graph`, with the map's own `arguments`.
    func render(
        view graph: KnowledgeGraph, of source: String, format: MapFormat, layout: LayoutEngine?, mapArguments: [String],
        output: String
    ) throws {
        try writeOutput(
            try rendered(view: graph, of: source, format: format, layout: layout, mapArguments: mapArguments), to: output)
    }

    /// `format` of a view already chosen from the graph at `source`, as bytes.
    func rendered(
        view graph: KnowledgeGraph, of source: String, format: MapFormat, layout: LayoutEngine?, mapArguments: [String]
    ) throws -> Data {
        let viewPath = Self.temporaryPath() + ".view.json"
        try AtomicFile.write(to: viewPath) { file in try graph.writeJSON(to: file) }
        defer { try? FileManager.default.removeItem(atPath: viewPath) }
        return try rendered(graphPath: viewPath, named: source, format: format, layout: layout,
                            viewArguments: ["--all"] + mapArguments)
    }

    /// Writes `format` of `graphPath` (with view `arguments`) to `output`.
    func render(graphPath: String, format: MapFormat, layout: LayoutEngine?, viewArguments: [String], output: String) throws {
        try writeOutput(
            try rendered(graphPath: graphPath, named: nil, format: format, layout: layout, viewArguments: viewArguments),
            to: output)
    }

    /// `format` of `graphPath` (with view `arguments`); messages call the graph `name`.
    private func rendered(
        graphPath: String, named name: String?, format: MapFormat, layout: LayoutEngine?, viewArguments: [String]
    ) throws -> Data {
        let temporary = URL(fileURLWithPath: Self.temporaryPath())
        defer { try? FileManager.default.removeItem(at: temporary) }
        var arguments = ["render", graphPath, "--format", format.rawValue, "--in-process", "--output", temporary.path]
        if let layout { arguments += ["--layout", layout.rawValue] }
        arguments += viewArguments

        let process = Process()
        process.executableURL = Self.ownExecutable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        if finished.wait(timeout: .now() + budget) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            let engine = layout?.rawValue ?? "the chosen engine"
            throw UserError(
                "rendering \(name ?? graphPath) as \(format.rawValue) with \(engine) did not finish within \(Int(budget)) s; "
                    + "try --layout sfdp, a view such as --top 50 or --focus NAME, or a longer --timeout")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw UserError(message.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "error: ", with: "").replacingOccurrences(of: graphPath, with: name ?? graphPath))
        }
        return try Data(contentsOf: temporary)
    }

    private static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-render-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
    }

    private static var ownExecutable: URL {
        let link = URL(fileURLWithPath: "/proc/self/exe")
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: link.path) {
            return URL(fileURLWithPath: resolved)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }
}

/// Renders a view of a graph in this process.
func renderInProcess(_ graph: KnowledgeGraph, format: MapFormat, layout: LayoutEngine?, builder: MapBuilder) throws -> Data {
    guard let graphvizFormat = format.graphvizFormat else {
        return try graph.jsonData()
    }
    var spec = builder.spec(for: graph)
    let engine = layout ?? .suited(toNodeCount: spec.nodes.count, edgeCount: spec.edges.count)
    if engine != .dot {
        // Force-directed layouts read best with straight edges; routed
        // splines wind around the whole map.
        spec.graphAttributes["splines"] = "false"
    }
    return try Graphviz.render(spec, format: graphvizFormat, layout: engine)
}
