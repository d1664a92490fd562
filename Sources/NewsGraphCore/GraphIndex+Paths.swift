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
    /// relations in either direction. Nil when they are not connected; empty
    /// when they are the same entity.
    public func path(from source: String, to target: String, types: Set<RelationType> = []) -> [PathStep]? {
        PathStep.shortest(
            from: source, to: target,
            relations: { relations(of: $0, types: types) },
            entity: { entity(id: $0) })
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

extension PathStep {
    /// The shortest chain of relations between two entities, searched from
    /// both ends at once, the smaller side first: hubs with thousands of
    /// relations are reached from both sides long before either side has to
    /// list them. `relations` lists an entity's relations (either direction),
    /// `entity` finds an entity by id. Nil when no chain of at most
    /// `maximumHops` exists; empty for the same entity.
    public static func shortest<Failure: Error>(
        from source: String, to target: String, maximumHops: Int = .max,
        relations: (String) throws(Failure) -> [(relation: Relation, direction: Direction, other: Entity)],
        entity: (String) throws(Failure) -> Entity?
    ) throws(Failure) -> [PathStep]? {
        guard source != target else { return [] }
        typealias Reached = (from: String, relation: Relation, direction: Direction, entity: Entity)
        // For each side: the entity each reached entity was reached from, and how.
        var forward: [String: Reached?] = [source: nil]
        var backward: [String: Reached?] = [target: nil]
        var forwardFrontier = [source]
        var backwardFrontier = [target]
        var hops = 0
        var meeting: String?
        while meeting == nil, hops < maximumHops, !forwardFrontier.isEmpty, !backwardFrontier.isEmpty {
            hops += 1
            let expandForward = forwardFrontier.count <= backwardFrontier.count
            var next: [String] = []
            for current in expandForward ? forwardFrontier : backwardFrontier {
                for (relation, direction, other) in try relations(current) {
                    if expandForward, forward[other.id] == nil {
                        forward[other.id] = (current, relation, direction, other)
                    } else if !expandForward, backward[other.id] == nil {
                        backward[other.id] = (current, relation, direction, other)
                    } else {
                        continue
                    }
                    next.append(other.id)
                    if (expandForward ? backward : forward)[other.id] != nil {
                        meeting = other.id
                        break
                    }
                }
                if meeting != nil { break }
            }
            if expandForward { forwardFrontier = next } else { backwardFrontier = next }
        }
        guard let meeting else { return nil }
        var steps: [PathStep] = []
        var current = meeting
        while let entry = forward[current] ?? nil {
            steps.append(PathStep(relation: entry.relation, direction: entry.direction, entity: entry.entity))
            current = entry.from
        }
        steps.reverse()
        current = meeting
        while let entry = backward[current] ?? nil {
            // Walking back towards the target: the step lands on the entity it came from.
            guard let landing = try entity(entry.from) else { break }
            let direction: Direction = entry.direction == .outgoing ? .incoming : .outgoing
            steps.append(PathStep(relation: entry.relation, direction: direction, entity: landing))
            current = entry.from
        }
        return steps
    }
}
