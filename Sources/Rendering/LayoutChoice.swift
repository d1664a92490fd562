import Graphviz

extension LayoutEngine {
    /// dot draws small graphs best but blows up past a few hundred nodes;
    /// sfdp lays out tens of thousands in seconds.
    public static func suited(toNodeCount count: Int) -> LayoutEngine {
        count <= 150 ? .dot : .sfdp
    }
}
