import Evaluation
import Extraction
import Foundation
import NewsGraphCore
import Testing

private func gold(_ json: String) throws -> GoldDocument {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).json")
    try Data(json.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try GoldDocument(contentsOf: url)
}

@Suite struct EvaluatorTests {
    let annotation = """
        {"document": "a.txt",
         "entities": [
           {"name": "Claudia Sheinbaum", "kind": "person", "aliases": ["Sheinbaum"]},
           {"name": "Mexico", "kind": "country"},
           {"name": "United States", "kind": "country", "aliases": ["U.S."]}],
         "relations": [
           {"source": "Claudia Sheinbaum", "type": "leads", "target": "Mexico"},
           {"source": "Mexico", "type": "opposes", "target": "United States"}],
         "excluded": ["Hannah Pagac"], "optional": ["Navy"]}
        """

    private func extraction(_ entities: [ExtractedEntity], _ relations: [ExtractedRelation]) -> DocumentExtraction {
        DocumentExtraction(document: Document(id: "a", path: "a.txt", title: ""), entities: entities, relations: relations)
    }

    @Test func matchesByAliasAndCountsLeaksSplitsAndDirection() throws {
        let result = Evaluator().evaluate(extraction([
            ExtractedEntity(name: "Sheinbaum", kind: .person),
            ExtractedEntity(name: "México", kind: .country),
            ExtractedEntity(name: "the U.S.", kind: .organization),
            ExtractedEntity(name: "US", kind: .country, aliases: ["United States"]),
            ExtractedEntity(name: "Hannah Pagac", kind: .person),
            ExtractedEntity(name: "Navy", kind: .organization),
        ], [
            ExtractedRelation(source: "Sheinbaum", target: "México", type: .leads, sentence: "", confidence: 1),
            ExtractedRelation(source: "US", target: "México", type: .opposes, sentence: "", confidence: 1),
        ]), against: try gold(annotation))
        #expect(result.entities == Score(truePositives: 3, falsePositives: 1, falseNegatives: 0))
        #expect(result.furnitureLeaks == ["Hannah Pagac"])
        #expect(result.splitEntities == ["United States"])
        #expect(result.relationPairs.truePositives == 2)
        #expect(result.relations == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    }

    @Test func mistypedEntityCountsAgainstTypedScoresOnly() throws {
        let result = Evaluator().evaluate(extraction([
            ExtractedEntity(name: "Claudia Sheinbaum", kind: .organization),
        ], []), against: try gold(annotation))
        #expect(result.entities.truePositives == 1)
        #expect(result.typedEntities.truePositives == 0)
        #expect(result.mistyped.count == 1)
    }

    @Test func scoreArithmetic() {
        let score = Score(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(abs(score.precision - 0.75) < 1e-9)
        #expect(abs(score.recall - 0.6) < 1e-9)
        #expect(abs(score.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-9)
        #expect(Score().f1 == 1)
    }
}

@Suite struct NameScoresTests {
    @Test func namesCountOnlyWithExactBoundsAndType() {
        var scores = NameScores()
        scores.add(
            gold: [NameSpan(tokens: 0..<2, type: .person), NameSpan(tokens: 3..<4, type: .location), NameSpan(tokens: 5..<7, type: .organization)],
            predicted: [NameSpan(tokens: 0..<2, type: .person), NameSpan(tokens: 3..<4, type: .organization), NameSpan(tokens: 5..<6, type: .organization)])
        #expect(scores.byType[.person] == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(scores.byType[.location] == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(scores.byType[.organization] == Score(truePositives: 0, falsePositives: 2, falseNegatives: 1))
        #expect(scores.overall == Score(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(scores.text.contains("all") && scores.text.contains("F1  33.33"))
    }
}
