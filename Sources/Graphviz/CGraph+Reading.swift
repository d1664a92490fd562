import CGraphviz

extension CGraph {
    /// Copies the C graph into Swift values. Attributes equal to their declared
    /// default are left to the defaults, as DOT writes them.
    func spec() -> GraphSpec {
        let graphSymbols = symbols(kind: AGRAPH)
        let nodeSymbols = symbols(kind: AGNODE)
        let edgeSymbols = symbols(kind: AGEDGE)
        var result = GraphSpec(
            name: name(of: UnsafeMutableRawPointer(pointer)) ?? "",
            isDirected: agisdirected(pointer) != 0,
            graphAttributes: values(of: UnsafeMutableRawPointer(pointer), graphSymbols, includeDefaults: true),
            nodeDefaults: defaults(nodeSymbols).filter { !($0.key == "label" && $0.value == "\\N") },
            edgeDefaults: defaults(edgeSymbols)
        )
        var node = agfstnode(pointer)
        while let current = node {
            let raw = UnsafeMutableRawPointer(current)
            var attributes = values(of: raw, nodeSymbols)
            var html: String?
            if let label = "label".withCString({ agget(raw, UnsafeMutablePointer(mutating: $0)) }), aghtmlstr(label) != 0 {
                html = String(cString: label)
                attributes["label"] = nil
            }
            result.nodes.append(.init(id: name(of: raw) ?? "", attributes: attributes, htmlLabel: html))
            node = agnxtnode(pointer, current)
        }
        node = agfstnode(pointer)
        while let current = node {
            var edge = agfstout(pointer, current)
            while let currentEdge = edge {
                let raw = UnsafeMutableRawPointer(currentEdge)
                let key = name(of: raw).flatMap { $0.hasPrefix("%") || $0.isEmpty ? nil : $0 }
                result.edges.append(.init(
                    tail: name(of: UnsafeMutableRawPointer(cgv_tail(currentEdge))) ?? "",
                    head: name(of: UnsafeMutableRawPointer(cgv_head(currentEdge))) ?? "",
                    key: key,
                    attributes: values(of: raw, edgeSymbols)))
                edge = agnxtout(pointer, currentEdge)
            }
            node = agnxtnode(pointer, current)
        }
        var subgraph = agfstsubg(pointer)
        while let current = subgraph {
            var members: [String] = []
            var member = agfstnode(current)
            while let currentMember = member {
                members.append(name(of: UnsafeMutableRawPointer(currentMember)) ?? "")
                member = agnxtnode(current, currentMember)
            }
            result.subgraphs.append(.init(
                name: name(of: UnsafeMutableRawPointer(current)) ?? "",
                attributes: values(of: UnsafeMutableRawPointer(current), graphSymbols),
                nodeIDs: members))
            subgraph = agnxtsubg(current)
        }
        return result
    }

    private func symbols(kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var result: [UnsafeMutablePointer<Agsym_t>] = []
        var symbol = agnxtattr(pointer, kind, nil)
        while let current = symbol {
            result.append(current)
            symbol = agnxtattr(pointer, kind, current)
        }
        return result
    }

    private func defaults(_ symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: String] {
        var result: [String: String] = [:]
        for symbol in symbols {
            let value = symbol.pointee.defval.map { String(cString: $0) } ?? ""
            if !value.isEmpty {
                result[String(cString: symbol.pointee.name)] = value
            }
        }
        return result
    }

    private func values(
        of object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>], includeDefaults: Bool = false
    ) -> [String: String] {
        var result: [String: String] = [:]
        for symbol in symbols {
            let value = agxget(object, symbol).map { String(cString: $0) } ?? ""
            let defaultValue = symbol.pointee.defval.map { String(cString: $0) } ?? ""
            if includeDefaults ? !value.isEmpty : value != defaultValue {
                result[String(cString: symbol.pointee.name)] = value
            }
        }
        return result
    }

    private func name(of object: UnsafeMutableRawPointer) -> String? {
        agnameof(object).map { String(cString: $0) }
    }
}
