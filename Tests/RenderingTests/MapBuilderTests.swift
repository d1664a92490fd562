import Foundation
import FoundationXML
import Graphviz
import NewsGraphCore
import Rendering
import Testing

@Suite struct MapBuilderTests {
    let graph = KnowledgeGraph(
        documents: [Document(id: "d", path: "d.txt", title: "A <b>bold</b> & \"quoted\" story")],
        entities: [
            Entity(id: "a", name: "Ann \"The Hammer\" O'Neil", kind: .person, aliases: ["<script>x</script>"], documents: ["d"], mentions: 2),
            Entity(id: "b", name: "Acme & Sons\\", kind: .organization, documents: ["d"], mentions: 1),
        ],
        relations: [Relation(source: "a", target: "b", type: .leads, evidence: [Evidence(document: "d", sentence: "Ann leads <Acme> & co.")])])

    @Test func svgCarriesTooltipsIdsAndClassesAndStaysWellFormed() throws {
        let svg = try Graphviz.render(MapBuilder().spec(for: graph), format: .svg)
        let parser = XMLParser(data: svg)
        #expect(parser.parse() && parser.parserError == nil)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("id=\"relation.a.leads.b\""))
        #expect(text.contains("class=\"node entity person\""))
        #expect(text.contains("Ann leads &lt;Acme&gt; &amp; co."))
        #expect(!text.contains("<script>"))
    }

    @Test func labelsRoundTripThroughDOT() throws {
        let parsed = try Graphviz.parse(dot: try Graphviz.dot(MapBuilder(includesLegend: false).spec(for: graph)))
        #expect(parsed.nodes.map { LabelText.unescaped($0.attributes["label"] ?? "") } == graph.entities.map(\.name))
        #expect(parsed.edges.first?.attributes["class"] == "relation leads")
    }

    @Test func legendListsOnlyKindsAndTypesInUse() throws {
        let legend = try #require(MapBuilder().spec(for: graph).nodes.first { $0.id == "legend" }?.htmlLabel)
        #expect(legend.contains(">person<"))
        #expect(!legend.contains(">country<"))
        #expect(legend.contains("leads"))
        #expect(!legend.contains("opposes"))
        // The legend survives cgraph as an HTML label, not as escaped text.
        let parsed = try Graphviz.parse(dot: try Graphviz.dot(MapBuilder().spec(for: graph)))
        #expect(parsed.nodes.first { $0.id == "legend" }?.htmlLabel == legend)
    }

    @Test func parallelRelationsBecomeOneEdgeWithACount() {
        var doubled = graph
        doubled.relations.append(Relation(
            source: "a", target: "b", type: .opposes,
            evidence: [Evidence(document: "d", sentence: "One."), Evidence(document: "d", sentence: "Two.")]))
        let edges = MapBuilder().spec(for: doubled).edges
        #expect(edges.count == 1)
        #expect(edges[0].attributes["label"] == "opposes ×2, leads")
        #expect(edges[0].attributes["class"] == "relation opposes leads")
    }

    @Test func clustersGroupByKindOrCountry() {
        let byKind = MapBuilder(clustering: .kind).spec(for: graph).subgraphs.map(\.name)
        #expect(byKind == ["cluster_person", "cluster_organization"])
        #expect(MapBuilder(clustering: .none).spec(for: graph).subgraphs.isEmpty)
    }

    @Test func isolatedEntitiesAreLeftOffUnlessAsked() {
        var lonely = graph
        lonely.entities.append(Entity(id: "c", name: "Nobody", kind: .person, documents: ["d"], mentions: 1))
        #expect(!MapBuilder().spec(for: lonely).nodes.contains { $0.id == "c" })
        #expect(MapBuilder(includesIsolated: true).spec(for: lonely).nodes.contains { $0.id == "c" })
    }

    @Test func engineIsChosenBySize() {
        #expect(LayoutEngine.suited(toNodeCount: 40) == .dot)
        #expect(LayoutEngine.suited(toNodeCount: 5_000) == .sfdp)
        #expect(LayoutEngine.suited(toNodeCount: 80, edgeCount: 2_000) == .sfdp)
    }
}

/// Collects the element and attribute names of an XML document.
private final class XMLNames: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    var attributes: Set<String> = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes attributeDict: [String: String] = [:]) {
        elements.insert(name)
        attributes.formUnion(attributeDict.keys)
    }
}

@Suite struct HostileNameTests {
    static let hostile = [
        "\"quoted\" name", #"back\slash\"#, "two\nlines", "<script>alert(1)</script>", "Tom & Jerry", "{ braces }",
        "a -> b", "c -- d", "digraph", "subgraph", "node", "<b>html</b>", "<TABLE><TR><TD>x</TD></TR></TABLE>",
        "\u{200F}rtl mark", "zero\u{200D}width", "emoji 👩‍👩‍👧 🇲🇽", "onload=alert(1)", "x\" onmouseover=\"alert(1)",
    ]

    let graph = KnowledgeGraph(
        documents: [Document(id: "d", path: "d.txt", title: "<svg onload=alert(1)>")],
        entities: hostile.enumerated().map { Entity(id: "e\($0.offset)", name: $0.element, kind: .person, documents: ["d"], mentions: 1) },
        relations: (1..<hostile.count).map {
            Relation(source: "e\($0 - 1)", target: "e\($0)", type: .opposes,
                     evidence: [Evidence(document: "d", sentence: hostile[$0] + " <iframe src=x>")])
        })

    @Test func dotParsesBackToTheSameNames() throws {
        let parsed = try Graphviz.parse(dot: try Graphviz.dot(MapBuilder(includesLegend: false).spec(for: graph)))
        let names = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.id, LabelText.unescaped($0.attributes["label"] ?? "")) })
        #expect(graph.entities.map { names[$0.id] } == graph.entities.map(\.name))
        #expect(parsed.nodes.allSatisfy { $0.htmlLabel == nil })
    }

    @Test func svgHasOnlyElementsAndAttributesGraphvizWrites() throws {
        let plain = KnowledgeGraph(
            documents: graph.documents,
            entities: graph.entities.map { var entity = $0; entity.name = "plain"; return entity },
            relations: graph.relations.map { var relation = $0; relation.evidence = [Evidence(document: "d", sentence: "plain")]; return relation })
        func names(_ graph: KnowledgeGraph) throws -> XMLNames {
            let svg = try Graphviz.render(MapBuilder().spec(for: graph), format: .svg)
            let parser = XMLParser(data: svg)
            let names = XMLNames()
            parser.delegate = names
            #expect(parser.parse() && parser.parserError == nil)
            return names
        }
        let hostileNames = try names(graph)
        let plainNames = try names(plain)
        #expect(hostileNames.elements == plainNames.elements)
        #expect(hostileNames.attributes == plainNames.attributes)
        #expect(!hostileNames.elements.contains("script") && !hostileNames.elements.contains("iframe"))
    }
}
