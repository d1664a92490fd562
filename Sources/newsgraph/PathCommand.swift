import ArgumentParser
import Foundation
import NewsGraphCore

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of relations between two entities, with evidence for each hop.",
        discussion: """
              newsgraph path graphs/seeds.json "Donald Trump" JSOC
              newsgraph path graphs/seeds.json Sheinbaum CIA --json
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Argument(help: "Where the chain starts (name or alias).")
    var from: String

    @Argument(help: "Where the chain ends (name or alias).")
    var to: String

    @Option(name: .customLong("type"), help: "Only relations of this type (repeatable).")
    var types: [RelationType] = []

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Flag(help: .hidden)
    var timing = false

    func run() throws {
        try reportingErrors {
            let started = DispatchTime.now()
            let source = try GraphSource.open(graph)
            let start = try source.entity(named: from, path: graph)
            let end = try source.entity(named: to, path: graph)
            let steps = try source.path(from: start.id, to: end.id, types: Set(types))
            if timing {
                printError(String(format: "query: %.2f ms", Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6))
            }
            guard let steps else {
                throw UserError("\(start.name) and \(end.name) are not connected in \(graph)")
            }
            if json {
                try printJSON(PathReport(start: start, steps: steps))
                return
            }
            print("\(start.name) → \(end.name): \(steps.count) hop\(steps.count == 1 ? "" : "s")")
            var previous = start
            for step in steps {
                let line = step.direction == .outgoing
                    ? "\(previous.name) --\(step.relation.type.rawValue)--> \(step.entity.name)"
                    : "\(previous.name) <--\(step.relation.type.rawValue)-- \(step.entity.name)"
                print("  \(line)  (weight \(step.relation.weight))")
                if let evidence = step.relation.evidence.first {
                    print("      “\(evidence.sentence)” [\(evidence.document)]\(evidence.modality.note)")
                }
                previous = step.entity
            }
        }
    }
}

/// A path as JSON.
struct PathReport: Encodable {
    struct Hop: Encodable {
        var from: String
        var to: String
        var relation: RelationType
        var direction: Direction
        var weight: Int
        var evidence: Evidence?
    }

    var hops: [Hop]

    init(start: Entity, steps: [PathStep]) {
        var previous = start.name
        hops = steps.map { step in
            defer { previous = step.entity.name }
            return Hop(from: previous, to: step.entity.name, relation: step.relation.type, direction: step.direction,
                       weight: step.relation.weight, evidence: step.relation.evidence.first)
        }
    }
}

/// Pretty, sorted JSON on standard output.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(value) + Data("\n".utf8))
}
