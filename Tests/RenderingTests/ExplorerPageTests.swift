import Foundation
import Graphviz
import NewsGraphCore
@testable import Rendering
import Testing

@Suite struct ExplorerPageTests {
    @Test func sha256MatchesTheStandardsVectors() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Two blocks: the padding spills over.
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func namesAreDataAndThePolicyAllowsOnlyThePagesOwnCode() throws {
        let hostile = "</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>"
        let graph = KnowledgeGraph(
            documents: [Document(id: "d", path: "d.txt", title: "<b>story</b>")],
            entities: [
                Entity(id: "a", name: hostile, kind: .person, documents: ["d"], mentions: 1),
                Entity(id: "b", name: "Zoë \u{2028} & Co", kind: .organization, documents: ["d"], mentions: 1),
            ],
            relations: [Relation(source: "a", target: "b", type: .leads, evidence: [Evidence(document: "d", sentence: hostile)])])
        let svg = String(decoding: try Graphviz.render(MapBuilder().spec(for: graph), format: .svg), as: UTF8.self)
        let page = try ExplorerPage.html(svg: svg, graphJSON: try graph.jsonData(), title: "<i>t</i>")

        // Exactly two script elements, the data and the explorer; no markup from a name.
        #expect(page.components(separatedBy: "<script").count == 3)
        #expect(!page.contains("<img"))
        #expect(page.contains("<title>&lt;i&gt;t&lt;/i&gt;</title>"))
        #expect(page.contains("\\u003c/script\\u003e"))
        #expect(!page.contains("<?xml"))

        // The policy names the inline script and styles by their hashes.
        let script = try #require(page.components(separatedBy: "<script>").last?.components(separatedBy: "</script>").first)
        let style = try #require(page.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        #expect(page.contains("script-src 'sha256-\(ExplorerPage.hash(script))'"))
        #expect(page.contains("style-src 'sha256-\(ExplorerPage.hash(style))'"))
        #expect(page.contains("default-src 'none'"))

        // The data block is the graph file, intact once its escapes are read.
        let data = try #require(page.components(separatedBy: "id=\"graph-data\">").last?.components(separatedBy: "</script>").first)
        #expect(!data.contains("\u{2028}") && !data.contains("<"))
        let read = try KnowledgeGraph(jsonData: Data(data.utf8), path: "page")
        #expect(read.entities.map(\.name).sorted() == graph.entities.map(\.name).sorted())
    }
}
