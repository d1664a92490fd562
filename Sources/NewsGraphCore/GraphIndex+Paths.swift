/// One step of a path: the relation taken and the entity it leads to.
public struct PathStep: Hashable, Sendable {
    public var relation: Relation
    /// Whether the relation runs along the path (from the previous entity) or against it.
    public var direction: Direction
    public var entity: Entity

    public init(relation: Relation, direction: Direction, entity: Entity) {
        self.relation = relation
        self.direction = direction
        self.entity = entity
    }
}

extension GraphIndex {
    /// The shortest chain of relations from `source` to `target`, following
    /// relations in either direction, strongest relations first on ties.
    /// Nil when they are not connected; empty when they are the same entity.
    public func path(from source: String, to target: String, types: Set<RelationType> = []) -> [PathStep]? {
        guard source != target else { return [] }
        var previous: [String: (from: String, relation: Relation, direction: Direction)] = [:]
        var visited: Set<String> = [source]
        var frontier = [source]
        while !frontier.isEmpty, previous[target] == nil {
            var next: [String] = []
            for current in frontier {
                for (relation, direction, other) in relations(of: current, types: types) where !visited.contains(other.id) {
                    visited.insert(other.id)
                    previous[other.id] = (current, relation, direction)
                    next.append(other.id)
                }
            }
            frontier = next
        }
        guard previous[target] != nil else { return nil }
        var steps: [PathStep] = []
        var current = target
        while current != source, let step = previous[current], let entity = entity(id: current) {
            steps.append(PathStep(relation: step.relation, direction: step.direction, entity: entity))
            current = step.from
        }
        return steps.reversed()
    }

    /// Groups of entities joined by relations, largest first.
    public func components() -> [[Entity]] {
        var seen: Set<String> = []
        var groups: [[Entity]] = []
        for entity in graph.entities where !seen.contains(entity.id) {
            var group: [Entity] = []
            var stack = [entity.id]
            seen.insert(entity.id)
            while let current = stack.popLast() {
                if let found = self.entity(id: current) { group.append(found) }
                for (_, _, other) in relations(of: current) where !seen.contains(other.id) {
                    seen.insert(other.id)
                    stack.append(other.id)
                }
            }
            groups.append(group.sorted { $0.id < $1.id })
        }
        return groups.sorted { ($1.count, $0.first?.id ?? "") < ($0.count, $1.first?.id ?? "") }
    }
}
