/// The merged graph of a set of documents: the interchange format of NewsGraph.
///
/// Entities are sorted by id and relations by source, type and target, so the
/// same input always gives the same value and the same JSON.
public struct KnowledgeGraph: Codable, Hashable, Sendable {
    /// The version of the JSON schema documented in the README.
    public var schemaVersion: Int
    public var documents: [Document]
    public var entities: [Entity]
    public var relations: [Relation]

    public static let currentSchemaVersion = 2

    public init(documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.documents = documents
        self.entities = entities.sorted { $0.id < $1.id }
        // Indices are sorted rather than relations: a relation is five
        // references, each retained and released on every move.
        self.relations = relations.indices.sorted { Self.relationOrder(relations[$0], relations[$1]) }.map { relations[$0] }
    }

    /// By source, then type, then target.
    private static func relationOrder(_ lhs: Relation, _ rhs: Relation) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.type != rhs.type { return lhs.type.rawValue < rhs.type.rawValue }
        return lhs.target < rhs.target
    }
}
