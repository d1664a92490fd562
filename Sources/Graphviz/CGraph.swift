import CGraphviz
import Foundation

/// An open cgraph graph built from a ``GraphSpec``; closed by its owner with
/// ``close()``. Only used on the Graphviz queue.
struct CGraph {
    let pointer: UnsafeMutablePointer<Agraph_t>

    /// Builds the C graph: declarations first (sorted, for byte-stable DOT),
    /// then nodes, subgraphs and edges in the spec's order.
    init(_ spec: GraphSpec) throws {
        let description = spec.isDirected ? cgv_directed() : cgv_undirected()
        let opened = withCStrings(spec.name) { agopen($0[0], description, nil) }
        guard let graph = opened else {
            throw GraphvizError.writeFailed(CapturedErrors.message(or: "agopen failed"))
        }
        pointer = graph
        // Without this the first agsafeset of a label makes the default label
        // empty, and nodes without their own label render blank.
        withCStrings("label", "\\N") { _ = agattr(graph, AGNODE, $0[0], $0[1]) }
        declare(spec.graphAttributes, kind: AGRAPH)
        declare(spec.nodeDefaults, kind: AGNODE)
        declare(spec.edgeDefaults, kind: AGEDGE)

        for node in spec.nodes {
            let cNode = Self.node(node.id, in: graph)
            Self.set(node.attributes, on: UnsafeMutableRawPointer(cNode))
            if let html = node.htmlLabel {
                Self.setHTMLLabel(html, on: UnsafeMutableRawPointer(cNode), in: graph)
            }
        }
        for subgraph in spec.subgraphs {
            guard let cSubgraph = withCStrings(subgraph.name, body: { agsubg(graph, $0[0], 1) }) else { continue }
            Self.set(subgraph.attributes, on: UnsafeMutableRawPointer(cSubgraph))
            for id in subgraph.nodeIDs {
                _ = agsubnode(cSubgraph, Self.node(id, in: graph), 1)
            }
        }
        for edge in spec.edges {
            let tail = Self.node(edge.tail, in: graph)
            let head = Self.node(edge.head, in: graph)
            let cEdge = withCStrings(edge.key) { agedge(graph, tail, head, $0[0], 1) }
            Self.set(edge.attributes, on: UnsafeMutableRawPointer(cEdge))
        }
    }

    /// Parses DOT text with cgraph's own reader.
    init(parsing dot: String) throws {
        agreadline(1)
        let parsed = agmemread(dot)
        aglexbad()
        guard let parsed else {
            throw GraphvizError.parseFailed(CapturedErrors.message(or: "agmemread returned no graph"))
        }
        pointer = parsed
    }

    func close() {
        _ = agclose(pointer)
    }

    /// The graph as DOT, written by `agwrite` into memory.
    func dotText() throws -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError.writeFailed("open_memstream failed")
        }
        let status = agwrite(pointer, stream)
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw GraphvizError.writeFailed(CapturedErrors.message(or: "agwrite returned \(status)"))
        }
        return Data(bytes: buffer, count: size)
    }

    private func declare(_ attributes: [String: String], kind: Int32) {
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
            withCStrings(key, value) { _ = agattr(pointer, kind, $0[0], $0[1]) }
        }
    }

    private static func node(_ id: String, in graph: UnsafeMutablePointer<Agraph_t>) -> UnsafeMutablePointer<Agnode_t>? {
        withCStrings(id) { agnode(graph, $0[0], 1) }
    }

    /// HTML strings must be made with `agstrdup_html`; `agxset` then shares
    /// that marked string, and our own reference is released.
    private static func setHTMLLabel(_ html: String, on object: UnsafeMutableRawPointer?, in graph: UnsafeMutablePointer<Agraph_t>) {
        guard let object else { return }
        withCStrings("label", html) { strings in
            guard let symbol = agattr(graph, AGNODE, strings[0], nil), let marked = agstrdup_html(graph, strings[1]) else { return }
            _ = agxset(object, symbol, marked)
            _ = agstrfree(graph, marked)
        }
    }

    private static func set(_ attributes: [String: String], on object: UnsafeMutableRawPointer?) {
        guard let object else { return }
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
            withCStrings(key, value, "") { _ = agsafeset(object, $0[0], $0[1], $0[2]) }
        }
    }
}

/// cgraph copies every string it keeps but declares its parameters `char *`;
/// the copies handed to it live for the call only.
private func withCStrings<Result>(
    _ strings: String?..., body: ([UnsafeMutablePointer<CChar>?]) -> Result
) -> Result {
    let pointers = strings.map { $0.flatMap { strdup($0) } }
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
