/// An entity as one document names it, before documents are merged.
public struct ExtractedEntity: Hashable, Sendable {
    /// The fullest proper form in the document.
    public var name: String
    public var kind: EntityKind
    /// The other surface forms in the document.
    public var aliases: Set<String>
    public var mentions: Int

    public init(name: String, kind: EntityKind, aliases: Set<String> = [], mentions: Int = 1) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }
}

extension ExtractedEntity {
    /// Every form the entity is written in: its name and its aliases.
    public var surfaceForms: Set<String> { aliases.union([name]) }

    /// The name keys other documents may call this entity by: every form,
    /// and a person's surname alone ("Sheinbaum" in a later article).
    public var nameKeys: Set<String> {
        var keys: Set<String> = [NameKey.normalize(name)]
        keys.reserveCapacity(aliases.count + 2)
        for alias in aliases { keys.insert(NameKey.normalize(alias)) }
        if kind == .person, let surname = name.split(separator: " ").last, surname != Substring(name) {
            keys.insert(NameKey.normalize(String(surname)))
        }
        return keys
    }
}

/// A relation found in one sentence, between two entities of the same document
/// named by their ``ExtractedEntity/name``.
public struct ExtractedRelation: Hashable, Sendable {
    public var source: String
    public var target: String
    public var type: RelationType
    public var sentence: String
    /// How sure the pattern that found it is, from 0 to 1.
    public var confidence: Double
    public var modality: Modality

    public init(
        source: String, target: String, type: RelationType, sentence: String, confidence: Double, modality: Modality = .asserted
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.sentence = sentence
        self.confidence = confidence
        self.modality = modality
    }
}

/// Something extraction dropped or doubted, kept for whoever debugs a miss.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var stage: String
    public var message: String

    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }
}

/// Everything extracted from one document.
public struct DocumentExtraction: Sendable {
    public var document: Document
    public var entities: [ExtractedEntity]
    public var relations: [ExtractedRelation]
    public var diagnostics: [Diagnostic]

    public init(
        document: Document, entities: [ExtractedEntity], relations: [ExtractedRelation],
        diagnostics: [Diagnostic] = []
    ) {
        self.document = document
        self.entities = entities
        self.relations = relations
        self.diagnostics = diagnostics
    }
}
