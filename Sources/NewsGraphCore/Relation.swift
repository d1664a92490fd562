/// A sentence of a document that supports a relation.
public struct Evidence: Codable, Hashable, Sendable {
    /// The id of the document the sentence is from.
    public var document: String
    public var sentence: String
    /// Whether the sentence says the act happened, is planned, threatened or asked about.
    public var modality: Modality

    public init(document: String, sentence: String, modality: Modality = .asserted) {
        self.document = document
        self.sentence = sentence
        self.modality = modality
    }

    private enum CodingKeys: String, CodingKey { case document, sentence, modality }

    /// Schema version 1 had no modality: its evidence is read as asserted.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(String.self, forKey: .document)
        sentence = try container.decode(String.self, forKey: .sentence)
        modality = try container.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
    }
}

/// A typed, directed edge between two entities with the sentences behind it.
public struct Relation: Codable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var type: RelationType
    /// The number of distinct supporting sentences.
    public var weight: Int
    /// The highest confidence any supporting sentence gave, from 0 to 1.
    public var confidence: Double
    public var evidence: [Evidence]

    public init(
        source: String, target: String, type: RelationType, weight: Int? = nil,
        confidence: Double = 1, evidence: [Evidence]
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight ?? evidence.count
        self.confidence = confidence
        self.evidence = evidence
    }
}
