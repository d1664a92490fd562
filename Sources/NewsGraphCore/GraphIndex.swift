/// Which way a relation runs, seen from the entity asked about.
public enum Direction: String, Codable, CaseIterable, Sendable {
    /// The entity is the relation's source.
    case outgoing
    /// The entity is the relation's target.
    case incoming
    case both
}

/// An entity reached from another, with the relation that joins it to the
/// previous entity on the way.
public struct Neighbor: Hashable, Sendable {
    public var entity: Entity
    public var relation: Relation
    public var direction: Direction
    /// 1 for direct neighbors, 2 for their neighbors, and so on.
    public var depth: Int

    public init(entity: Entity, relation: Relation, direction: Direction, depth: Int) {
        self.entity = entity
        self.relation = relation
        self.direction = direction
        self.depth = depth
    }
}

extension Neighbor {
    /// Entities within `depth` hops of `id`, breadth first, each reached once,
    /// from any source of an entity's relations (a graph in memory or a store).
    public static func breadthFirst<Failure: Error>(
        from id: String, depth: Int,
        relations: (String) throws(Failure) -> [(relation: Relation, direction: Direction, other: Entity)]
    ) throws(Failure) -> [Neighbor] {
        var visited: Set<String> = [id]
        var frontier = [id]
        var result: [Neighbor] = []
        for level in 1...max(depth, 1) {
            var next: [String] = []
            for current in frontier {
                for (relation, direction, other) in try relations(current) where !visited.contains(other.id) {
                    visited.insert(other.id)
                    next.append(other.id)
                    result.append(Neighbor(entity: other, relation: relation, direction: direction, depth: level))
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return result
    }
}

/// Adjacency lists over a graph, for neighbor and path queries.
public struct GraphIndex: Sendable {
    public let graph: KnowledgeGraph
    private let entityPositions: [String: Int]
    private let outgoing: [String: [Int]]
    private let incoming: [String: [Int]]

    public init(_ graph: KnowledgeGraph) {
        self.graph = graph
        entityPositions = Dictionary(
            graph.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var outgoing: [String: [Int]] = [:]
        var incoming: [String: [Int]] = [:]
        for (position, relation) in graph.relations.enumerated() {
            outgoing[relation.source, default: []].append(position)
            incoming[relation.target, default: []].append(position)
        }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    public func entity(id: String) -> Entity? {
        entityPositions[id].map { graph.entities[$0] }
    }

    /// Entities within `depth` hops of `id`, breadth first, each reached once,
    /// through relations of the given types (all when empty) in `direction`.
    public func neighbors(
        of id: String, depth: Int = 1, types: Set<RelationType> = [], direction: Direction = .both
    ) -> [Neighbor] {
        Neighbor.breadthFirst(from: id, depth: depth) { relations(of: $0, types: types, direction: direction) }
    }

    /// The relations touching `id` directly, every one of them, strongest first.
    public func relations(
        of id: String, types: Set<RelationType> = [], direction: Direction = .both
    ) -> [(relation: Relation, direction: Direction, other: Entity)] {
        steps(from: id, types: types, direction: direction).compactMap { step in
            entity(id: step.entityID).map { (step.relation, step.direction, $0) }
        }
    }

    private struct Step {
        var entityID: String
        var relation: Relation
        var direction: Direction
    }

    private func steps(from id: String, types: Set<RelationType>, direction: Direction) -> [Step] {
        var steps: [Step] = []
        if direction != .incoming {
            steps += (outgoing[id] ?? []).map {
                Step(entityID: graph.relations[$0].target, relation: graph.relations[$0], direction: .outgoing)
            }
        }
        if direction != .outgoing {
            steps += (incoming[id] ?? []).map {
                Step(entityID: graph.relations[$0].source, relation: graph.relations[$0], direction: .incoming)
            }
        }
        return steps
            .filter { types.isEmpty || types.contains($0.relation.type) }
            .sorted { ($1.relation.weight, $0.relation.type, $0.entityID) < ($0.relation.weight, $1.relation.type, $1.entityID) }
    }
}
