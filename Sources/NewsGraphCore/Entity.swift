/// One real-world entity: one node of the graph.
public struct Entity: Codable, Hashable, Sendable, Identifiable {
    /// Stable identifier derived from the canonical name; also the DOT node id.
    public var id: String
    /// The canonical name: the common full name where the text gives one.
    public var name: String
    public var kind: EntityKind
    /// Other surface forms seen in the text, without a leading "the", sorted.
    public var aliases: [String]
    /// Ids of the documents that mention the entity, sorted.
    public var documents: [String]
    /// How many times the entity is mentioned across all documents.
    public var mentions: Int

    public init(
        id: String, name: String, kind: EntityKind, aliases: [String] = [],
        documents: [String] = [], mentions: Int = 0
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.documents = documents
        self.mentions = mentions
    }
}
