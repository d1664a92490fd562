/// How central each entity is, for sizing nodes and choosing the top of a map.
public enum Centrality {
    /// What a map calls important: the number of supporting sentences on an
    /// entity's relations, ties broken by PageRank. Unlike PageRank alone it
    /// does not raise two entities joined only to each other.
    public static func importance(_ graph: KnowledgeGraph) -> [String: Double] {
        let rank = pageRank(graph)
        var strength: [String: Double] = [:]
        for relation in graph.relations {
            strength[relation.source, default: 0] += Double(relation.weight)
            strength[relation.target, default: 0] += Double(relation.weight)
        }
        return Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, (strength[$0.id] ?? 0) + (rank[$0.id] ?? 0)) })
    }

    /// PageRank over relations taken in both directions (a relation makes both
    /// ends more important), weighted by relation weight. Deterministic: a fixed
    /// number of iterations in entity order. Returns a score per entity id.
    public static func pageRank(_ graph: KnowledgeGraph, damping: Double = 0.85, iterations: Int = 40) -> [String: Double] {
        let count = graph.entities.count
        guard count > 0 else { return [:] }
        let position = Dictionary(graph.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var links = Array(repeating: [(Int, Double)](), count: count)
        var outWeight = Array(repeating: 0.0, count: count)
        for relation in graph.relations {
            guard let source = position[relation.source], let target = position[relation.target] else { continue }
            let weight = Double(max(relation.weight, 1))
            links[source].append((target, weight))
            links[target].append((source, weight))
            outWeight[source] += weight
            outWeight[target] += weight
        }
        var rank = Array(repeating: 1.0 / Double(count), count: count)
        for _ in 0..<iterations {
            var next = Array(repeating: (1 - damping) / Double(count), count: count)
            var dangling = 0.0
            for node in 0..<count {
                guard outWeight[node] > 0 else {
                    dangling += rank[node]
                    continue
                }
                for (neighbor, weight) in links[node] {
                    next[neighbor] += damping * rank[node] * weight / outWeight[node]
                }
            }
            let share = damping * dangling / Double(count)
            rank = next.map { $0 + share }
        }
        return Dictionary(uniqueKeysWithValues: graph.entities.enumerated().map { ($1.id, rank[$0]) })
    }
}
