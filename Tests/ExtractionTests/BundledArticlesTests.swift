import Extraction
import Foundation
import NewsGraphCore
import Testing

/// The bundled articles, end to end through the library.
@Suite struct BundledArticlesTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    let graph: KnowledgeGraph = {
        let paths = (try? ArticleReader.articlePaths(in: [BundledArticlesTests.seeds]).articles) ?? []
        return CorpusBuilder().build(paths: paths).graph
    }()

    private func id(_ name: String) -> String? { EntityLookup(graph).matches(name).first?.id }

    @Test func readsAllFiveArticles() {
        #expect(graph.documents.count == 5)
    }

    @Test func recognisableMap() {
        let has = { (source: String, type: RelationType, target: String) in
            graph.relations.contains { $0.source == id(source) && $0.type == type && $0.target == id(target) }
        }
        #expect(has("Claudia Sheinbaum", .leads, "Mexico"))
        #expect(has("Claudia Sheinbaum", .opposes, "United States"))
        #expect(has("Foreign Terrorist Organization designation", .appliesTo, "Mexican drug cartels"))
        #expect(has("CIA", .memberOf, "United States"))
        #expect(has("JSOC", .memberOf, "United States"))
    }

    @Test func oneNodePerRealEntity() {
        #expect(graph.entities.filter { $0.name.contains("Sheinbaum") }.count == 1)
        #expect(graph.entities.filter { $0.kind == .person && $0.name.contains("Trump") }.count == 1)
        #expect(EntityLookup(graph).matches("U.S.").map(\.kind) == [.country])
        #expect(id("Mexican cartels") == id("Mexican drug cartels"))
    }

    @Test func noPageFurniture() {
        let names = graph.entities.flatMap { [$0.name] + $0.aliases }.map(NameKey.normalize)
        for excluded in ["Hannah Pagac", "Hintz LLC", "aklocko", "Lily", "BreakingOn", "Zany Progressive", "Flickr", "Eric Menjívar"] {
            #expect(!names.contains(NameKey.normalize(excluded)), "\(excluded) leaked into the graph")
        }
    }
}
