/// A question a map answers: which part of the graph to show.
public struct GraphView: Sendable, Equatable {
    /// Show only what lies within `depth` hops of this entity id.
    public var focus: String?
    public var depth: Int
    /// Keep only entities of these kinds (all when empty).
    public var kinds: Set<EntityKind>
    /// Keep only relations of these types (all when empty).
    public var types: Set<RelationType>
    /// Keep only relations with at least this many supporting sentences.
    public var minimumWeight: Int
    /// Keep only evidence of these modalities, and the relations that keep some (all when empty).
    public var modalities: Set<Modality>
    /// Keep the `top` most important entities (``Centrality/importance(_:)``)
    /// and the strongest relations among them, at most three per entity.
    public var top: Int?

    public init(
        focus: String? = nil, depth: Int = 1, kinds: Set<EntityKind> = [], types: Set<RelationType> = [],
        minimumWeight: Int = 1, top: Int? = nil, modalities: Set<Modality> = []
    ) {
        self.modalities = modalities
        self.focus = focus
        self.depth = depth
        self.kinds = kinds
        self.types = types
        self.minimumWeight = minimumWeight
        self.top = top
    }

    /// `relation` with only the evidence of the chosen modalities, or nil if
    /// none is left. Its weight counts what is left when all its evidence is
    /// at hand (a store's relations carry only their first sentence).
    private func keepingModalities(_ relation: Relation) -> Relation? {
        var kept = relation
        kept.evidence = relation.evidence.filter { modalities.contains($0.modality) }
        guard !kept.evidence.isEmpty else { return nil }
        if relation.evidence.count == relation.weight { kept.weight = kept.evidence.count }
        return kept
    }

    /// The part of `graph` this view shows, as a graph of its own: filters
    /// first, then the focus neighbourhood, then the top entities.
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        var relations = modalities.isEmpty ? graph.relations : graph.relations.compactMap(keepingModalities)
        relations = relations.filter {
            $0.weight >= minimumWeight && (types.isEmpty || types.contains($0.type))
        }
        var entities = graph.entities.filter { kinds.isEmpty || kinds.contains($0.kind) }
        var kept = Set(entities.map(\.id))
        relations = relations.filter { kept.contains($0.source) && kept.contains($0.target) }

        if let focus {
            let filtered = KnowledgeGraph(documents: graph.documents, entities: entities, relations: relations)
            let reached = Set(GraphIndex(filtered).neighbors(of: focus, depth: depth).map(\.entity.id)).union([focus])
            kept = kept.intersection(reached)
        }
        if let top {
            let rank = Centrality.importance(KnowledgeGraph(
                documents: graph.documents, entities: entities.filter { kept.contains($0.id) },
                relations: relations.filter { kept.contains($0.source) && kept.contains($0.target) }))
            let chosen = rank.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(top).map(\.key)
            kept = Set(chosen).union(focus.map { [$0] } ?? [])
        }
        entities = entities.filter { kept.contains($0.id) }
        relations = relations.filter { kept.contains($0.source) && kept.contains($0.target) }
        if let top {
            // "What joins them": the strongest relations, three per entity at
            // most, so a dense corpus still gives a map one can read.
            relations = Array(relations.sorted {
                ($1.weight, $1.confidence, $0.source, $0.target) < ($0.weight, $0.confidence, $1.source, $1.target)
            }.prefix(3 * top))
        }
        let documents = Set(relations.flatMap { $0.evidence.map(\.document) } + entities.flatMap(\.documents))
        return KnowledgeGraph(
            documents: graph.documents.filter { documents.contains($0.id) }, entities: entities, relations: relations)
    }
}
