import Evaluation
import Extraction
import Foundation
import Testing

/// Scores every article in `folder` that has a gold file beside it.
func evaluateFolder(_ folder: URL) -> EvaluationReport {
    let extractor = Extractor()
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let reports = files.sorted().filter { $0.hasSuffix(".gold.json") }.compactMap { name -> DocumentReport? in
        guard let gold = try? GoldDocument(contentsOf: folder.appendingPathComponent(name)),
              let article = try? ArticleReader.read(path: folder.appendingPathComponent(gold.document).path)
        else { return nil }
        return Evaluator().evaluate(extractor.extract(article, documentID: gold.document), against: gold)
    }
    return EvaluationReport(documents: reports)
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Extraction quality against gold annotations, at the floors issue 3 sets:
/// typed entity F1 0.90, policy F1 0.80, relation F1 (pair, type, direction)
/// 0.65, no furniture leaks, no split entities.
@Suite struct ExtractionFloorsTests {
    let seeds = evaluateFolder(repositoryRoot.appendingPathComponent("seeds"))
    /// Articles on other topics (energy, technology regulation, public health),
    /// so the rules are not tuned to the bundled five.
    let others = evaluateFolder(repositoryRoot.appendingPathComponent("Tests/Fixtures/articles"))
    /// Articles annotated after the rules were written and never tuned on
    /// (a corruption trial, a football suspension): the honest check.
    let heldOut = evaluateFolder(repositoryRoot.appendingPathComponent("Tests/Fixtures/heldout"))

    @Test func everyAnnotatedArticleIsScored() {
        #expect(seeds.documents.count == 5)
        #expect(others.documents.count >= 3)
        #expect(heldOut.documents.count >= 2)
    }

    @Test func relationListsAreInAStableOrder() {
        let documents = seeds.documents
        #expect(documents.contains { !$0.missedRelations.isEmpty && !$0.spuriousRelations.isEmpty })
        for document in documents {
            #expect(document.missedRelations == document.missedRelations.sorted())
            #expect(document.spuriousRelations == document.spuriousRelations.sorted())
        }
    }

    @Test func noFurnitureLeaksAndNoSplitEntities() {
        for report in [seeds, others, heldOut] {
            #expect(report.furnitureLeaks == 0)
            #expect(report.splitEntities == 0)
        }
    }

    @Test(arguments: ["seeds", "others", "heldOut"])
    func scoresMeetTheFloors(corpus: String) {
        let report = ["seeds": seeds, "others": others, "heldOut": heldOut][corpus]!
        #expect(report.typedEntities.f1 >= 0.90, "typed entity F1 \(report.typedEntities.f1)")
        #expect(report.relations.f1 >= 0.65, "relation F1 \(report.relations.f1)")
    }

    @Test func policiesOnTheBundledArticles() {
        #expect(seeds.byKind["policy", default: Score()].f1 >= 0.80)
    }

    /// The learned tagger adds names the rules miss; on the bundled articles,
    /// which the rules read well, it must not cost precision.
    @Test func theBundledArticlesKeepTheirEntityFloor() {
        #expect(seeds.typedEntities.f1 >= 0.95, "typed entity F1 \(seeds.typedEntities.f1)")
    }
}
