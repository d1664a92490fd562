import CGraphviz
import Foundation

/// Graphviz keeps global state and is not thread-safe, not even for reading,
/// so every call into cgraph or gvc runs on this one serial queue.
final class GraphvizRuntime: @unchecked Sendable {
    static let shared = GraphvizRuntime()

    private let queue = DispatchQueue(label: "newsgraph.graphviz", qos: .userInitiated)
    /// Only touched on `queue`.
    private var context: OpaquePointer?
    private var contextIsBroken = false

    private init() {}

    /// Runs `body` on the Graphviz queue with a ready context; the caller blocks.
    func perform<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        try queue.sync { try run(body) }
    }

    /// Runs `body` on the Graphviz queue without blocking a cooperative thread.
    func performAsync<T: Sendable>(_ body: @escaping @Sendable (OpaquePointer) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try self.run(body) })
            }
        }
    }

    /// A failed render leaves gvc unusable ("renderer for  is unavailable"):
    /// the context is replaced once the current call has let go of it.
    func discardContextAfterFailure() {
        contextIsBroken = true
    }

    private func run<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        CapturedErrors.reset()
        defer {
            if contextIsBroken, let context {
                gvFreeContext(context)
                self.context = nil
                contextIsBroken = false
            }
        }
        return try body(try readyContext())
    }

    private func readyContext() throws -> OpaquePointer {
        if let context { return context }
        _ = agseterrf(captureGraphvizMessage)
        _ = agseterr(AGWARN)
        guard let created = gvContext() else {
            throw GraphvizError.pluginsUnavailable("gvContext() returned no context")
        }
        guard Self.hasLayoutPlugins(created) else {
            gvFreeContext(created)
            throw GraphvizError.pluginsUnavailable(
                "no layout plugins registered; run `dot -c` as root or reinstall libgvc6")
        }
        context = created
        return created
    }

    private static func hasLayoutPlugins(_ context: OpaquePointer) -> Bool {
        var count: Int32 = 0
        guard let list = gvPluginList(context, "layout", &count, nil) else { return false }
        for index in 0..<Int(count) {
            free(list[index])
        }
        free(list)
        return count > 0
    }
}

/// Graphviz reports errors through a process-wide callback; messages arrive in
/// fragments and are read back after each call. Only touched on the Graphviz queue.
enum CapturedErrors {
    nonisolated(unsafe) static var text = ""

    static func reset() { text = "" }

    static func message(or fallback: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? fallback : trimmed
    }
}

private func captureGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message {
        CapturedErrors.text += String(cString: message)
    }
    return 0
}
