import Graphviz

extension LayoutEngine {
    /// dot draws small graphs best but its time explodes with hundreds of
    /// nodes or dense edges; sfdp lays out tens of thousands in seconds.
    public static func suited(toNodeCount nodes: Int, edgeCount edges: Int = 0) -> LayoutEngine {
        nodes <= 100 && edges <= 250 ? .dot : .sfdp
    }
}
