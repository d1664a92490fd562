import CGraphviz
import Foundation

/// Renders and parses graphs in process through libcgraph and libgvc.
///
/// Every call is serialized on one process-wide queue, because Graphviz is
/// not thread-safe; callers on any thread or task may use it freely.
public enum Graphviz {
    /// Lays out `spec` with `layout` (`gvLayout`) and renders it with
    /// `gvRenderData`; `.dot` is written by `agwrite` with no layout.
    public static func render(_ spec: GraphSpec, format: OutputFormat, layout: LayoutEngine = .dot) throws -> Data {
        try GraphvizRuntime.shared.perform { context in
            try renderOnQueue(spec, format: format, layout: layout, context: context)
        }
    }

    /// ``render(_:format:layout:)`` without blocking a task's thread while
    /// other renders wait for the Graphviz queue.
    public static func render(
        _ spec: GraphSpec, format: OutputFormat, layout: LayoutEngine = .dot
    ) async throws -> Data {
        try await GraphvizRuntime.shared.performAsync { context in
            try renderOnQueue(spec, format: format, layout: layout, context: context)
        }
    }

    /// The DOT text cgraph's `agwrite` writes for `spec`.
    public static func dot(_ spec: GraphSpec) throws -> String {
        String(decoding: try render(spec, format: .dot), as: UTF8.self)
    }

    /// Parses DOT text with `agmemread` and copies it into Swift values.
    public static func parse(dot: String) throws -> GraphSpec {
        try GraphvizRuntime.shared.perform { _ in
            let graph = try CGraph(parsing: dot)
            defer { graph.close() }
            return graph.spec()
        }
    }

    private static func renderOnQueue(
        _ spec: GraphSpec, format: OutputFormat, layout: LayoutEngine, context: OpaquePointer
    ) throws -> Data {
        let laidOut = format.needsLayout && layout == .dot ? spec.withClusterEdgeLabelsOutside() : spec
        let graph = try CGraph(laidOut)
        defer { graph.close() }
        guard format.needsLayout else { return try graph.dotText() }

        guard gvLayout(context, graph.pointer, layout.rawValue) == 0 else {
            throw GraphvizError.layoutFailed(
                engine: layout.rawValue, message: CapturedErrors.message(or: "gvLayout failed"))
        }
        defer { gvFreeLayout(context, graph.pointer) }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let savedIO = cgv_io_disc(graph.pointer)
        let status = gvRenderData(context, graph.pointer, format.rawValue, &buffer, &length)
        cgv_set_io_disc(graph.pointer, savedIO)
        defer { gvFreeRenderData(buffer) }
        guard status == 0, let buffer else {
            let message = CapturedErrors.message(or: "gvRenderData returned \(status)")
            GraphvizRuntime.shared.discardContextAfterFailure()
            throw GraphvizError.renderFailed(format: format.rawValue, message: message)
        }
        return Data(bytes: buffer, count: Int(length))
    }
}

extension GraphSpec {
    /// Graphviz 2.43's dot corrupts its heap (flat_edges reallocates a list
    /// that dot_cleanup then frees again) when labelled edges share a rank
    /// inside a graph with clusters. External labels (`xlabel`) take another
    /// path; they are used for dot layouts of clustered graphs.
    func withClusterEdgeLabelsOutside() -> GraphSpec {
        guard subgraphs.contains(where: { $0.name.hasPrefix("cluster") }) else { return self }
        var copy = self
        copy.edges = edges.map { edge in
            var edge = edge
            if let label = edge.attributes.removeValue(forKey: "label") {
                edge.attributes["xlabel"] = label
            }
            return edge
        }
        return copy
    }
}
