import NewsGraphCore

/// What a corpus store does, whatever holds it: SQLite here; a PostgreSQL
/// back end would be a second implementation of this protocol, since the
/// schema is plain SQL.
public protocol GraphStore: Sendable {
    /// The content hashes stored for the documents read from `paths`, by
    /// path; a path the store does not hold has none.
    func contentHashes(ofDocumentsAt paths: [String]) throws -> [String: String]
    /// Adds documents in one transaction: all of them, or none if anything fails.
    /// A document already stored under the same path is replaced.
    func add(_ documents: [StoredDocument]) throws
    /// Takes a document's facts out again; false when there is no such document.
    func remove(document: String) throws -> Bool
    /// The whole graph, as `newsgraph build` writes it.
    func graph() throws -> KnowledgeGraph
    /// The graph's entities (ids, names and kinds) and relations (weights and
    /// confidences, no sentences) without documents: all that choosing a view
    /// needs, for a corpus of any size.
    func outline() throws -> KnowledgeGraph
    /// A part of ``outline()`` completed with what the outline leaves out:
    /// aliases, documents and mention counts, evidence, the documents themselves.
    func completing(_ part: KnowledgeGraph) throws -> KnowledgeGraph
    /// Entities whose name or alias normalizes to `name`'s key; a canonical match wins.
    func entities(named name: String) throws -> [Entity]
    /// Entities whose names contain `query`'s key, optionally of one kind, most mentioned first.
    func search(_ query: String, kind: EntityKind?, limit: Int) throws -> [Entity]
    /// Relations touching an entity, strongest first, each with its other end.
    /// Each relation carries its weight and its first evidence sentence;
    /// ``evidence(of:)`` gives them all.
    func relations(of id: String, types: Set<RelationType>, direction: Direction) throws -> [(relation: Relation, direction: Direction, other: Entity)]
    /// Every supporting sentence of a relation.
    func evidence(of relation: Relation) throws -> [Evidence]
    /// An entity by id, for the ends of paths.
    func entity(summary id: String) throws -> Entity?
    /// Counts for `stats`.
    func counts() throws -> StoreCounts
}

/// A document with everything extracted from it and the hash of its content.
public struct StoredDocument: Sendable {
    public var extraction: DocumentExtraction
    public var contentHash: String

    public init(extraction: DocumentExtraction, contentHash: String) {
        self.extraction = extraction
        self.contentHash = contentHash
    }
}

/// Totals of a store.
public struct StoreCounts: Sendable, Equatable {
    public var documents: Int
    public var entitiesByKind: [EntityKind: Int]
    public var relationsByType: [RelationType: Int]
    /// Entities with the most supporting sentences on their relations.
    public var central: [(entity: Entity, strength: Int)]

    public static func == (lhs: StoreCounts, rhs: StoreCounts) -> Bool {
        lhs.documents == rhs.documents && lhs.entitiesByKind == rhs.entitiesByKind
            && lhs.relationsByType == rhs.relationsByType && lhs.central.map(\.entity) == rhs.central.map(\.entity)
    }
}

extension GraphStore {
    /// The same answer as ``GraphIndex/neighbors(of:depth:types:direction:)``,
    /// read from the store one entity at a time.
    public func neighbors(
        of id: String, depth: Int = 1, types: Set<RelationType> = [], direction: Direction = .both
    ) throws -> [Neighbor] {
        try Neighbor.breadthFirst(from: id, depth: depth) { try relations(of: $0, types: types, direction: direction) }
    }

    /// The shortest chain of relations between two entities, at most
    /// `maximumHops` long (see ``PathStep/shortest(from:to:maximumHops:relations:entity:)``).
    public func path(from source: String, to target: String, types: Set<RelationType> = [], maximumHops: Int = 8) throws -> [PathStep]? {
        try PathStep.shortest(
            from: source, to: target, maximumHops: maximumHops,
            relations: { try relations(of: $0, types: types, direction: .both) },
            entity: { try entity(summary: $0) })
    }
}
