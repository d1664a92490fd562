/// The Graphviz layout engines NewsGraph offers.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// Output formats rendered in process by libgvc.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    /// DOT as cgraph's `agwrite` writes it, without layout coordinates.
    case dot
    case svg, png, pdf

    /// Whether the format needs a layout before it can be produced.
    public var needsLayout: Bool { self != .dot }
}
