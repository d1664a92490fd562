import NewsGraphCore

/// Scores one document's extraction against its gold annotation, matching
/// names as the guidelines say: case, accents, punctuation and a leading "the"
/// ignored, against the canonical name and every alias.
public struct Evaluator: Sendable {
    public init() {}

    public func evaluate(_ extraction: DocumentExtraction, against gold: GoldDocument) -> DocumentReport {
        var report = DocumentReport(document: gold.document)
        let goldForms = gold.entities.map { Set(([$0.name] + ($0.aliases ?? [])).map(NameKey.normalize)) }
        let neutral = Set(((gold.optional ?? []) + (gold.ignored ?? [])).map(NameKey.normalize))
        let excluded = Set((gold.excluded ?? []).map(NameKey.normalize))

        // Which gold entity each predicted entity names, if any.
        var goldOf: [String: Int] = [:]
        var predictedPerGold = Array(repeating: [ExtractedEntity](), count: gold.entities.count)
        for entity in extraction.entities {
            let forms = Set(([entity.name] + entity.aliases).map(NameKey.normalize))
            if !forms.isDisjoint(with: excluded) {
                report.furnitureLeaks.append(entity.name)
            }
            if let match = goldForms.firstIndex(where: { !$0.isDisjoint(with: forms) }) {
                goldOf[entity.name] = match
                predictedPerGold[match].append(entity)
            } else if forms.isDisjoint(with: neutral) {
                report.entities.falsePositives += 1
                report.typedEntities.falsePositives += 1
                report.byKind[entity.kind.rawValue, default: Score()].falsePositives += 1
                report.spurious.append("\(entity.kind.rawValue) \(entity.name)")
            }
        }
        for (index, goldEntity) in gold.entities.enumerated() {
            let predicted = predictedPerGold[index]
            let kind = goldEntity.kind.rawValue
            if predicted.isEmpty {
                report.entities.falseNegatives += 1
                report.typedEntities.falseNegatives += 1
                report.byKind[kind, default: Score()].falseNegatives += 1
                report.missed.append("\(kind) \(goldEntity.name)")
                continue
            }
            report.entities.truePositives += 1
            if predicted.count > 1 {
                report.splitEntities.append(goldEntity.name)
            }
            if predicted.contains(where: { $0.kind == goldEntity.kind }) {
                report.typedEntities.truePositives += 1
                report.byKind[kind, default: Score()].truePositives += 1
            } else {
                report.typedEntities.falseNegatives += 1
                report.typedEntities.falsePositives += 1
                report.byKind[kind, default: Score()].falseNegatives += 1
                report.mistyped.append("\(goldEntity.name): \(predicted[0].kind.rawValue), gold \(kind)")
            }
        }
        scoreRelations(extraction, gold, goldOf: goldOf, into: &report)
        return report
    }

    private struct Edge: Hashable {
        var source: Int
        var target: Int
        var type: RelationType?
    }

    private func scoreRelations(
        _ extraction: DocumentExtraction, _ gold: GoldDocument, goldOf: [String: Int], into report: inout DocumentReport
    ) {
        let goldIndex = Dictionary(
            gold.entities.enumerated().map { (NameKey.normalize($1.name), $0) }, uniquingKeysWith: { first, _ in first })
        let goldEdges = gold.relations.compactMap { relation -> Edge? in
            guard let source = goldIndex[NameKey.normalize(relation.source)],
                  let target = goldIndex[NameKey.normalize(relation.target)] else { return nil }
            return Edge(source: source, target: target, type: relation.type)
        }
        var unmatched = 0
        let predictedEdges = extraction.relations.compactMap { relation -> Edge? in
            guard let source = goldOf[relation.source], let target = goldOf[relation.target] else {
                unmatched += 1
                report.spuriousRelations.append("\(relation.source) \(relation.type.rawValue) \(relation.target)")
                return nil
            }
            return Edge(source: source, target: target, type: relation.type)
        }
        func unordered(_ edge: Edge, typed: Bool) -> Edge {
            Edge(source: min(edge.source, edge.target), target: max(edge.source, edge.target), type: typed ? edge.type : nil)
        }
        func score(_ project: (Edge) -> Edge) -> Score {
            let expected = Set(goldEdges.map(project))
            let found = Set(predictedEdges.map(project))
            return Score(
                truePositives: expected.intersection(found).count,
                falsePositives: found.subtracting(expected).count + unmatched,
                falseNegatives: expected.subtracting(found).count)
        }
        report.relationPairs = score { unordered($0, typed: false) }
        report.relationPairsTyped = score { unordered($0, typed: true) }
        report.relations = score { $0 }
        let found = Set(predictedEdges)
        for edge in Set(goldEdges) where !found.contains(edge) {
            report.missedRelations.append(
                "\(gold.entities[edge.source].name) \(edge.type?.rawValue ?? "") \(gold.entities[edge.target].name)")
        }
        for edge in found.subtracting(goldEdges) {
            report.spuriousRelations.append(
                "\(gold.entities[edge.source].name) \(edge.type?.rawValue ?? "") \(gold.entities[edge.target].name)")
        }
        // Sets have no order of their own: sorted, `eval --json` is the same on every run.
        report.missedRelations.sort()
        report.spuriousRelations.sort()
        for type in RelationType.allCases {
            let expected = Set(goldEdges.filter { $0.type == type })
            let predicted = Set(predictedEdges.filter { $0.type == type })
            guard !expected.isEmpty || !predicted.isEmpty else { continue }
            report.byRelationType[type.rawValue] = Score(
                truePositives: expected.intersection(predicted).count,
                falsePositives: predicted.subtracting(expected).count,
                falseNegatives: expected.subtracting(predicted).count)
        }
    }
}
