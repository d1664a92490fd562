import ArgumentParser
import Foundation
import NewsGraphCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List or search entities with their kind, mentions and documents.",
        discussion: """
            QUERY matches names and aliases (case, accents and punctuation ignored, parts of names too).

              newsgraph entities graphs/seeds.json
              newsgraph entities graphs/seeds.json cartel --kind organization
            """)

    @Argument(help: "A graph JSON file or a corpus store.")
    var graph: String

    @Argument(help: "Part of a name or alias.")
    var query: String?

    @Option(help: "Only entities of this kind.")
    var kind: EntityKind?

    @Option(help: "At most this many entities from a store.")
    var limit = 200

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        try reportingErrors {
            let source = try GraphSource.open(graph)
            let key = query.map(NameKey.normalize) ?? ""
            let found: [Entity]
            switch source {
            case .file(let loaded):
                found = loaded.entities.filter { entity in
                    (kind == nil || entity.kind == kind)
                        && (key.isEmpty || ([entity.name] + entity.aliases).contains { NameKey.normalize($0).contains(key) })
                }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
            case .store(let store):
                found = try store.search(key, kind: kind, limit: limit)
            }
            if json {
                try printJSON(found)
                return
            }
            if found.isEmpty, let query {
                let suggestions = source.graphForSuggestions.map { EntityLookup($0).suggestions(for: query).map(\.name) } ?? []
                throw UserError("no entity matches \"\(query)\" in \(graph)"
                    + (suggestions.isEmpty ? "" : "; closest: " + suggestions.joined(separator: ", ")))
            }
            let width = min(found.map(\.name.count).max() ?? 0, 40)
            for entity in found {
                let name = entity.name.padding(toLength: max(width, entity.name.count), withPad: " ", startingAt: 0)
                let aliases = entity.aliases.isEmpty ? "" : "  also: " + entity.aliases.joined(separator: ", ")
                print("\(name)  \(entity.kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0))"
                    + "\(entity.mentions) mentions in \(entity.documents.count) documents\(aliases)")
            }
        }
    }
}
