/// Finds entities by what a user types: canonical name or alias, forgiving
/// of case, accents, punctuation and a leading "the".
public struct EntityLookup: Sendable {
    private let entities: [Entity]
    private let byKey: [String: [Int]]

    public init(_ graph: KnowledgeGraph) {
        entities = graph.entities
        var byKey: [String: [Int]] = [:]
        for (position, entity) in graph.entities.enumerated() {
            for key in Set(([entity.name] + entity.aliases).map(NameKey.normalize)) {
                byKey[key, default: []].append(position)
            }
        }
        self.byKey = byKey
    }

    /// The entities `query` names: an exact canonical-name match wins over
    /// aliases; several only when the name really is shared.
    public func matches(_ query: String) -> [Entity] {
        let key = NameKey.normalize(query)
        let found = (byKey[key] ?? []).map { entities[$0] }
        let exact = found.filter { NameKey.normalize($0.name) == key }
        if !found.isEmpty { return exact.isEmpty ? found : exact }
        // A bare surname names the one person who has it.
        let bySurname = entities.filter { entity in
            entity.kind == .person && entity.name.split(separator: " ").count > 1
                && entity.name.split(separator: " ").last.map { NameKey.normalize(String($0)) } == key
        }
        return bySurname.count == 1 ? bySurname : []
    }

    /// Up to `limit` entities whose names come closest to `query`, for a
    /// "did you mean" answer when nothing matches.
    public func suggestions(for query: String, limit: Int = 5) -> [Entity] {
        let key = NameKey.normalize(query)
        guard !key.isEmpty else { return [] }
        let scored = entities.map { entity -> (Int, Entity) in
            let distance = ([entity.name] + entity.aliases).map { form -> Int in
                let formKey = NameKey.normalize(form)
                if formKey.contains(key) || key.contains(formKey) { return 0 }
                return EditDistance.between(formKey, key)
            }.min() ?? Int.max
            return (distance, entity)
        }
        let threshold = max(2, key.count / 3)
        return scored
            .filter { $0.0 <= threshold }
            .sorted { ($0.0, $1.1.mentions, $0.1.name) < ($1.0, $0.1.mentions, $1.1.name) }
            .prefix(limit)
            .map(\.1)
    }
}

/// Levenshtein distance, for forgiving name matches.
public enum EditDistance {
    /// The number of single-character edits that turn one string into the other.
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars)
        let right = Array(rhs.unicodeScalars)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = previous
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
