import Foundation

/// The scores of one document, with the names behind every miss.
public struct DocumentReport: Encodable, Sendable {
    public var document: String
    /// Entities matched by name alone.
    public var entities = Score()
    /// Entities matched by name and kind.
    public var typedEntities = Score()
    public var byKind: [String: Score] = [:]
    /// Relations as unordered entity pairs.
    public var relationPairs = Score()
    /// Unordered pairs with the relation type.
    public var relationPairsTyped = Score()
    /// Pairs, type and direction: the headline relation score.
    public var relations = Score()
    public var byRelationType: [String: Score] = [:]
    /// Names from the page furniture that became entities.
    public var furnitureLeaks: [String] = []
    /// Gold entities that came out as more than one entity.
    public var splitEntities: [String] = []
    public var missed: [String] = []
    public var spurious: [String] = []
    public var mistyped: [String] = []
    public var missedRelations: [String] = []
    public var spuriousRelations: [String] = []

    public init(document: String) {
        self.document = document
    }
}

/// Scores summed over documents.
public struct EvaluationReport: Encodable, Sendable {
    public var documents: [DocumentReport]
    public var entities = Score()
    public var typedEntities = Score()
    public var byKind: [String: Score] = [:]
    public var relationPairs = Score()
    public var relationPairsTyped = Score()
    public var relations = Score()
    public var byRelationType: [String: Score] = [:]
    public var furnitureLeaks = 0
    public var splitEntities = 0

    public init(documents: [DocumentReport]) {
        self.documents = documents
        for report in documents {
            entities = entities + report.entities
            typedEntities = typedEntities + report.typedEntities
            relationPairs = relationPairs + report.relationPairs
            relationPairsTyped = relationPairsTyped + report.relationPairsTyped
            relations = relations + report.relations
            furnitureLeaks += report.furnitureLeaks.count
            splitEntities += report.splitEntities.count
            byKind.merge(report.byKind, uniquingKeysWith: +)
            byRelationType.merge(report.byRelationType, uniquingKeysWith: +)
        }
    }

    /// A table for people.
    public var text: String {
        func row(_ label: String, _ score: Score) -> String {
            let padded = label.padding(toLength: 30, withPad: " ", startingAt: 0)
            return padded + String(format: "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)",
                                   score.precision, score.recall, score.f1,
                                   score.truePositives, score.falsePositives, score.falseNegatives)
        }
        var lines = [
            row("entities (untyped)", entities), row("entities (typed)", typedEntities),
        ]
        lines += byKind.keys.sorted().map { row("  \($0)", byKind[$0]!) }
        lines += [
            row("relations: pairs", relationPairs), row("relations: pairs + type", relationPairsTyped),
            row("relations: + direction", relations),
        ]
        lines += byRelationType.keys.sorted().map { row("  \($0)", byRelationType[$0]!) }
        lines.append("furniture leaks: \(furnitureLeaks)   split entities: \(splitEntities)")
        return lines.joined(separator: "\n")
    }
}
