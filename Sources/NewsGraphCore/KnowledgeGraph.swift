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
        self.relations = relations.sorted {
            ($0.source, $0.type.rawValue, $0.target) < ($1.source, $1.type.rawValue, $1.target)
        }
    }

}
