import ArgumentParser
import Foundation
import NewsGraphCore
import Store

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts per kind and type, the most central entities, connected components.",
        discussion: """
              newsgraph stats graphs/seeds.json
              newsgraph stats graphs/seeds.json --json
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Option(help: "How many central entities to list.")
    var top = 10

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        try reportingErrors {
            // A store answers from its indexes; only a graph file is loaded whole.
            let loaded: KnowledgeGraph
            switch try GraphSource.open(graph) {
            case .store(let store):
                try printStoreCounts(try store.counts())
                return
            case .file(let file):
                loaded = file
            }
            let stats = GraphStatistics(loaded, top: top)
            if json {
                try printJSON(stats)
                return
            }
            print("\(stats.documents) documents, \(stats.entities) entities, \(stats.relations) relations")
            print("entities:  " + stats.entitiesByKind.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            print("relations: " + stats.relationsByType.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            print("most central (PageRank):")
            for entity in stats.central {
                print(String(format: "  %.4f  %@ (%@, degree %d)", entity.score, entity.name, entity.kind.rawValue, entity.degree))
            }
            let sizes = stats.componentSizes
            print("connected components: \(sizes.count) (largest: \(sizes.first ?? 0) entities; \(sizes.filter { $0 == 1 }.count) isolated)")
        }
    }
}

extension StatsCommand {
    /// A store's totals come from SQL counts; centrality is by supporting
    /// sentences, which needs no whole-graph computation.
    private func printStoreCounts(_ counts: StoreCounts) throws {
        if json {
            let totals: [String: Int] = [
                "documents": counts.documents,
                "entities": counts.entitiesByKind.values.reduce(0, +),
                "relations": counts.relationsByType.values.reduce(0, +),
            ]
            try printJSON(totals)
            return
        }
        print("\(counts.documents) documents, \(counts.entitiesByKind.values.reduce(0, +)) entities, "
            + "\(counts.relationsByType.values.reduce(0, +)) relations")
        print("entities:  " + EntityKind.allCases.compactMap { kind in counts.entitiesByKind[kind].map { "\(kind.rawValue) \($0)" } }
            .joined(separator: ", "))
        print("relations: " + RelationType.allCases.compactMap { type in counts.relationsByType[type].map { "\(type.rawValue) \($0)" } }
            .joined(separator: ", "))
        print("most central (supporting sentences):")
        for (entity, strength) in counts.central {
            print("  \(strength)  \(entity.name) (\(entity.kind.rawValue))")
        }
    }
}

/// Summary figures of a graph.
struct GraphStatistics: Encodable {
    struct Central: Encodable {
        var name: String
        var kind: EntityKind
        var score: Double
        var degree: Int
    }

    var documents: Int
    var entities: Int
    var relations: Int
    /// In the guidelines' order of kinds and types, not alphabetically.
    var entitiesByKind: [(key: String, value: Int)]
    var relationsByType: [(key: String, value: Int)]
    var central: [Central]
    var componentSizes: [Int]

    init(_ graph: KnowledgeGraph, top: Int) {
        documents = graph.documents.count
        entities = graph.entities.count
        relations = graph.relations.count
        let kinds = Dictionary(grouping: graph.entities, by: \.kind)
        entitiesByKind = EntityKind.allCases.compactMap { kind in kinds[kind].map { (kind.rawValue, $0.count) } }
        let types = Dictionary(grouping: graph.relations, by: \.type)
        relationsByType = RelationType.allCases.compactMap { type in types[type].map { (type.rawValue, $0.count) } }
        let index = GraphIndex(graph)
        let rank = Centrality.pageRank(graph)
        central = graph.entities.sorted { (rank[$1.id] ?? 0, $0.id) < (rank[$0.id] ?? 0, $1.id) }.prefix(top).map {
            Central(name: $0.name, kind: $0.kind, score: rank[$0.id] ?? 0, degree: index.relations(of: $0.id).count)
        }
        componentSizes = index.components().map(\.count)
    }

    enum CodingKeys: String, CodingKey {
        case documents, entities, relations, entitiesByKind, relationsByType, central, componentSizes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(entities, forKey: .entities)
        try container.encode(relations, forKey: .relations)
        try container.encode(Dictionary(uniqueKeysWithValues: entitiesByKind.map { ($0.key, $0.value) }), forKey: .entitiesByKind)
        try container.encode(Dictionary(uniqueKeysWithValues: relationsByType.map { ($0.key, $0.value) }), forKey: .relationsByType)
        try container.encode(central, forKey: .central)
        try container.encode(componentSizes, forKey: .componentSizes)
    }
}
