import ArgumentParser
import NewsGraphCore
import Rendering

extension EntityKind: ExpressibleByArgument {}
extension MapBuilder.Clustering: ExpressibleByArgument {}
extension Modality: ExpressibleByArgument {}

/// The options that choose which part of a graph a map, DOT or report shows.
struct ViewOptions: ParsableArguments {
    @Option(help: "Show only the neighbourhood of this entity (name or alias).")
    var focus: String?

    @Option(help: "How many hops around --focus to show.")
    var depth = 1

    @Option(name: .customLong("kinds"), parsing: .upToNextOption,
            help: "Only these entity kinds: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kinds: [EntityKind] = []

    @Option(name: .customLong("types"), parsing: .upToNextOption, help: "Only these relation types.")
    var types: [RelationType] = []

    @Option(name: .customLong("min-weight"), help: "Only relations with at least this many supporting sentences.")
    var minimumWeight = 1

    @Option(name: .customLong("modality"), parsing: .upToNextOption,
            help: "Only evidence that puts its act so: \(Modality.allCases.map(\.rawValue).joined(separator: ", ")) (asserted draws only what happened).")
    var modalities: [Modality] = []

    @Option(help: "Only the N most important entities (by supporting sentences) and the relations among them.")
    var top: Int?

    @Option(name: .customLong("cluster-by"), help: "Draw boxes around entities by kind or country: none, kind, country.")
    var clusterBy: MapBuilder.Clustering = .none

    @Flag(help: "Also draw entities that have no relation.")
    var isolated = false

    @Flag(help: "Draw every entity even of a large graph (by default a graph of more than \(ViewOptions.summaryThreshold) entities shows its \(ViewOptions.summarySize) most important).")
    var all = false

    /// A map of more entities than this is a hairball: without a view the
    /// default shows the most important ones.
    static let summaryThreshold = 400
    static let summarySize = 150

    private var choosesAView: Bool {
        focus != nil || !kinds.isEmpty || !types.isEmpty || minimumWeight > 1 || top != nil || !modalities.isEmpty
    }

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard minimumWeight >= 1 else { throw ValidationError("--min-weight must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    /// The view of `graph`, with --focus resolved by `named`.
    func view(of graph: KnowledgeGraph, path: String, named: (String) throws -> Entity) throws -> GraphView {
        var top = top
        if !choosesAView, !all, graph.entities.count > Self.summaryThreshold {
            top = Self.summarySize
            printError("note: \(path) has \(graph.entities.count) entities; showing the \(Self.summarySize) most important "
                + "(--all draws everything; --focus, --top, --kinds, --types choose a view)")
        }
        return GraphView(
            focus: try focus.map { try named($0).id },
            depth: depth, kinds: Set(kinds), types: Set(types), minimumWeight: minimumWeight, top: top,
            modalities: Set(modalities))
    }

    func mapBuilder(legend: Bool, interactive: Bool = true) -> MapBuilder {
        var builder = MapBuilder(includesLegend: legend, includesIsolated: isolated, clustering: clusterBy)
        builder.includesInteractivity = interactive
        return builder
    }
}

/// The entity a user named, or an error listing the closest names.
func resolveEntity(_ name: String, in graph: KnowledgeGraph, path: String) throws -> Entity {
    let lookup = EntityLookup(graph)
    let matches = lookup.matches(name)
    guard let entity = matches.first else {
        let suggestions = lookup.suggestions(for: name).map { "  \($0.name) (\($0.kind.rawValue))" }
        throw UserError(
            "no entity named \"\(name)\" in \(path)"
                + (suggestions.isEmpty ? "" : "\nclosest matches:\n" + suggestions.joined(separator: "\n")))
    }
    if matches.count > 1 {
        printError("note: \"\(name)\" names \(matches.count) entities; using \(entity.name) (\(entity.kind.rawValue))")
    }
    return entity
}

/// A problem with what the user asked for, reported as is.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
