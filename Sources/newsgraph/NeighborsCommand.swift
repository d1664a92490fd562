import ArgumentParser
import Foundation
import NewsGraphCore

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List an entity's neighbors with relation, direction, weight and evidence.",
        discussion: """
            NAME may be the canonical name or any alias, in any case, with or without accents or "the".

              newsgraph neighbors graphs/seeds.json Sheinbaum
              newsgraph neighbors graphs/seeds.json "the CIA" --depth 2 --type member_of --json
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Argument(help: "The entity's name or alias.")
    var name: String

    @Option(help: "How many hops away to look.")
    var depth = 1

    @Option(name: .customLong("type"), help: "Only relations of this type (repeatable).")
    var types: [RelationType] = []

    @Option(help: "outgoing, incoming or both.")
    var direction: Direction = .both

    @Flag(help: "Print every supporting sentence, not just one.")
    var evidence = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Flag(help: .hidden)
    var timing = false

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let started = DispatchTime.now()
            let source = try GraphSource.open(graph)
            let entity = try source.entity(named: name, path: graph)
            let neighbors = try source.neighbors(
                of: entity.id, depth: depth, types: Set(types), direction: direction, allEvidence: evidence)
            if timing {
                printError(String(format: "query: %.2f ms", Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6))
            }
            let report = NeighborReport(entity: entity, neighbors: neighbors, allEvidence: evidence)
            if json {
                try printJSON(report)
            } else {
                print(report.text)
            }
        }
    }
}

/// The answer to a neighbors query, as text for people or JSON for scripts.
struct NeighborReport: Encodable {
    struct Row: Encodable {
        var name: String
        var kind: EntityKind
        var relation: RelationType
        var direction: Direction
        var weight: Int
        var depth: Int
        var evidence: [Evidence]
    }

    var entity: Entity
    var neighbors: [Row]

    init(entity: Entity, neighbors: [Neighbor], allEvidence: Bool) {
        self.entity = entity
        self.neighbors = neighbors.map {
            Row(name: $0.entity.name, kind: $0.entity.kind, relation: $0.relation.type, direction: $0.direction,
                weight: $0.relation.weight, depth: $0.depth,
                evidence: allEvidence ? $0.relation.evidence : Array($0.relation.evidence.prefix(1)))
        }
    }

    /// Grouped by relation type, then direction; strongest first inside a group.
    var text: String {
        var lines = ["\(entity.name) (\(entity.kind.rawValue)): \(neighbors.count) neighbor\(neighbors.count == 1 ? "" : "s")"]
        let groups = Dictionary(grouping: neighbors) { "\($0.relation.rawValue)|\($0.direction.rawValue)" }
        for key in groups.keys.sorted() {
            let rows = groups[key]!
            let first = rows[0]
            let heading = first.direction == .outgoing ? "\(first.relation.rawValue) →" : "← \(first.relation.rawValue)"
            lines.append("  \(heading)")
            for row in rows {
                let depthNote = row.depth > 1 ? " [depth \(row.depth)]" : ""
                let arrow = row.direction == .outgoing
                    ? "--\(row.relation.rawValue)--> \(row.name)"
                    : "<--\(row.relation.rawValue)-- \(row.name)"
                lines.append("    \(arrow) (\(row.kind.rawValue), weight \(row.weight))\(depthNote)")
                for evidence in row.evidence {
                    lines.append("        “\(evidence.sentence)” [\(evidence.document)]\(evidence.modality.note)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
