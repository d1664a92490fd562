/// A failure inside Graphviz, carrying Graphviz's own message where it gave one.
public enum GraphvizError: Error, Equatable, CustomStringConvertible {
    /// The layout plugins are not installed or not registered (`config6a` missing).
    case pluginsUnavailable(String)
    /// `gvLayout` refused the graph or the engine.
    case layoutFailed(engine: String, message: String)
    /// `gvRenderData` failed for the format.
    case renderFailed(format: String, message: String)
    /// DOT text that cgraph could not parse.
    case parseFailed(String)
    /// cgraph could not write the graph as DOT.
    case writeFailed(String)

    public var description: String {
        switch self {
        case .pluginsUnavailable(let message):
            return "Graphviz layout plugins are unavailable: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz could not lay out the graph with \(engine): \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format): \(message)"
        case .parseFailed(let message):
            return "Graphviz could not parse the DOT text: \(message)"
        case .writeFailed(let message):
            return "Graphviz could not write DOT: \(message)"
        }
    }
}
