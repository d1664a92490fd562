import Evaluation
import Extraction
import Foundation
import Testing

/// Extraction quality on the bundled articles, against their gold files.
/// The floors only rise: a change that makes extraction worse fails here.
@Suite struct BundledFloorsTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    let report: EvaluationReport = {
        let extractor = Extractor()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        let reports = files.sorted().filter { $0.hasSuffix(".gold.json") }.compactMap { name -> DocumentReport? in
            guard let gold = try? GoldDocument(contentsOf: seeds.appendingPathComponent(name)),
                  let article = try? ArticleReader.read(path: seeds.appendingPathComponent(gold.document).path)
            else { return nil }
            return Evaluator().evaluate(extractor.extract(article, documentID: gold.document), against: gold)
        }
        return EvaluationReport(documents: reports)
    }()

    @Test func everyBundledArticleIsScored() {
        #expect(report.documents.count == 5)
    }

    @Test func noFurnitureLeaksAndNoSplitEntities() {
        #expect(report.furnitureLeaks == 0)
        #expect(report.splitEntities == 0)
    }

    @Test func scoresStayAtOrAboveTheirFloors() {
        #expect(report.typedEntities.f1 >= 0.83, "typed entity F1 \(report.typedEntities.f1)")
        #expect(report.byKind["policy", default: Score()].f1 >= 0.54, "policy F1")
        #expect(report.relations.f1 >= 0.44, "relation F1 \(report.relations.f1)")
    }
}
