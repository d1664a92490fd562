import Foundation
import NewsGraphCore
import Store

/// Where a command reads a graph from: a JSON graph file, or a corpus store
/// (recognized by content), which answers queries without loading everything.
enum GraphSource {
    case file(KnowledgeGraph)
    case store(SQLiteStore)

    static func open(_ path: String) throws -> GraphSource {
        guard FileManager.default.fileExists(atPath: path) else {
            throw FileError(path: path, reason: "no such file")
        }
        if SQLiteStore.isDatabase(path) {
            return .store(try SQLiteStore(path: path, create: false, whileUpgrading: upgradingMessage(path)))
        }
        return .file(try loadGraph(path))
    }

    /// A graph to look for close names in: a file's graph; a store has none
    /// to offer cheaply, so it offers none.
    var graphForSuggestions: KnowledgeGraph? {
        if case .file(let graph) = self { return graph }
        return nil
    }

}

extension GraphSource {
    /// The part of the graph `options` choose. A store is read as an outline
    /// first: only what is shown needs aliases, documents and evidence
    /// sentences, and a large corpus has millions.
    func view(_ options: ViewOptions, path: String) throws -> (view: GraphView, shown: KnowledgeGraph) {
        let named = { (name: String) in try entity(named: name, path: path) }
        switch self {
        case .file(let graph):
            let view = try options.view(of: graph, path: path, named: named)
            return (view, view.apply(to: graph))
        case .store(let store):
            let outline = try store.outline()
            let view = try options.view(of: outline, path: path, named: named)
            let shown = try store.completing(view.apply(to: outline))
            return (view, shown)
        }
    }
}

extension GraphSource {
    /// The entity a user named, or an error listing the closest names.
    func entity(named name: String, path: String) throws -> Entity {
        switch self {
        case .file(let graph):
            return try resolveEntity(name, in: graph, path: path)
        case .store(let store):
            let matches = try store.entities(named: name)
            guard let entity = matches.first else {
                let key = NameKey.normalize(name)
                let close = try store.search(String(key.prefix(max(3, key.count / 2))), kind: nil, limit: 5)
                throw UserError("no entity named \"\(name)\" in \(path)"
                    + (close.isEmpty ? "" : "\nclosest matches:\n" + close.map { "  \($0.name) (\($0.kind.rawValue))" }.joined(separator: "\n")))
            }
            if matches.count > 1 {
                printError("note: \"\(name)\" names \(matches.count) entities; using \(entity.name) (\(entity.kind.rawValue))")
            }
            return entity
        }
    }

    /// Neighbours; from a store each relation carries one sentence unless
    /// `allEvidence` asks for every one.
    func neighbors(of id: String, depth: Int, types: Set<RelationType>, direction: Direction, allEvidence: Bool = false) throws -> [Neighbor] {
        switch self {
        case .file(let graph):
            return GraphIndex(graph).neighbors(of: id, depth: depth, types: types, direction: direction)
        case .store(let store):
            var neighbors = try store.neighbors(of: id, depth: depth, types: types, direction: direction)
            if allEvidence {
                for index in neighbors.indices {
                    neighbors[index].relation.evidence = try store.evidence(of: neighbors[index].relation)
                }
            }
            return neighbors
        }
    }

    func path(from source: String, to target: String, types: Set<RelationType>) throws -> [PathStep]? {
        switch self {
        case .file(let graph): return GraphIndex(graph).path(from: source, to: target, types: types)
        case .store(let store): return try store.path(from: source, to: target, types: types)
        }
    }
}
