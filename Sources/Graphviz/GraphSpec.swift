/// A graph described in plain Swift values, the only shape in which graphs
/// cross into and out of Graphviz: the C tree is built from it inside the
/// Graphviz lock and freed before the call returns.
///
/// Attribute values are Graphviz strings as written in DOT (escString rules
/// apply to labels and tooltips); use ``LabelText/escaped(_:)`` for literal text.
public struct GraphSpec: Sendable, Equatable {
    public var name: String
    public var isDirected: Bool
    public var graphAttributes: [String: String]
    public var nodeDefaults: [String: String]
    public var edgeDefaults: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]
    public var subgraphs: [Subgraph]

    public init(
        name: String,
        isDirected: Bool = true,
        graphAttributes: [String: String] = [:],
        nodeDefaults: [String: String] = [:],
        edgeDefaults: [String: String] = [:],
        nodes: [Node] = [],
        edges: [Edge] = [],
        subgraphs: [Subgraph] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    public struct Node: Sendable, Equatable {
        public var id: String
        public var attributes: [String: String]
        /// An HTML-like label (the text between DOT's `<` and `>`), which wins
        /// over `attributes["label"]`. Only for markup the program writes itself:
        /// never put article text here.
        public var htmlLabel: String?
        public init(id: String, attributes: [String: String] = [:], htmlLabel: String? = nil) {
            self.id = id
            self.attributes = attributes
            self.htmlLabel = htmlLabel
        }
    }

    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        /// Distinguishes parallel edges between the same pair (cgraph's edge name).
        public var key: String?
        public var attributes: [String: String]
        public init(tail: String, head: String, key: String? = nil, attributes: [String: String] = [:]) {
            self.tail = tail
            self.head = head
            self.key = key
            self.attributes = attributes
        }
    }

    /// A subgraph; a name starting with `cluster` draws as a box around its nodes.
    public struct Subgraph: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String]
        public var nodeIDs: [String]
        public init(name: String, attributes: [String: String] = [:], nodeIDs: [String] = []) {
            self.name = name
            self.attributes = attributes
            self.nodeIDs = nodeIDs
        }
    }
}
