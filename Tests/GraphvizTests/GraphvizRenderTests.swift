import Foundation
import FoundationXML
import Graphviz
import Testing

private func sampleSpec(labels: [String] = ["Alpha", "Beta", "Gamma"]) -> GraphSpec {
    var spec = GraphSpec(name: "sample")
    for (index, label) in labels.enumerated() {
        spec.nodes.append(.init(id: "n\(index)", attributes: ["label": LabelText.escaped(label), "tooltip": LabelText.escaped(label)]))
    }
    for index in labels.indices.dropFirst() {
        spec.edges.append(.init(tail: "n\(index - 1)", head: "n\(index)", attributes: ["label": LabelText.escaped(labels[index])]))
    }
    return spec
}

func isWellFormedXML(_ data: Data) -> Bool {
    let parser = XMLParser(data: data)
    return parser.parse() && parser.parserError == nil
}

@Suite struct GraphvizRenderTests {
    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRendersEveryFormat(engine: LayoutEngine) throws {
        let spec = sampleSpec()
        let svg = try Graphviz.render(spec, format: .svg, layout: engine)
        #expect(isWellFormedXML(svg))
        #expect(String(decoding: svg, as: UTF8.self).contains("Gamma"))
        let png = try Graphviz.render(spec, format: .png, layout: engine)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Graphviz.render(spec, format: .pdf, layout: engine)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let dot = try Graphviz.render(spec, format: .dot, layout: engine)
        #expect(String(decoding: dot, as: UTF8.self).hasPrefix("digraph sample {"))
    }

    @Test func hostileLabelsRoundTripThroughCgraph() throws {
        let labels = [
            "say \"hi\"", #"back\slash\"#, "two\nlines", "<script>alert(1)</script>", "Tom & Jerry",
            "Castañeda – Ciudad de México", "\\N \\G", "a -> b -- c {x}", "digraph", "emoji 🇲🇽 \u{200F}rtl\u{200D}",
        ]
        let dot = try Graphviz.dot(sampleSpec(labels: labels))
        let parsed = try Graphviz.parse(dot: dot)
        let roundTripped = parsed.nodes.map { LabelText.unescaped($0.attributes["label"] ?? "") }
        #expect(roundTripped == labels)
    }

    @Test func hostileLabelsStayTextInSVG() throws {
        let svg = try Graphviz.render(sampleSpec(labels: ["<script>alert(1)</script>", "Tom & Jerry", "\"quoted\""]), format: .svg)
        #expect(isWellFormedXML(svg))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;"))
    }

    @Test func dotIsByteIdenticalForTheSameSpec() throws {
        #expect(try Graphviz.dot(sampleSpec()) == Graphviz.dot(sampleSpec()))
    }

    @Test func clustersAndEdgeKeysSurviveParsing() throws {
        var spec = sampleSpec()
        spec.subgraphs = [.init(name: "cluster_a", attributes: ["label": "A"], nodeIDs: ["n0", "n1"])]
        spec.edges.append(.init(tail: "n0", head: "n1", key: "second"))
        let parsed = try Graphviz.parse(dot: try Graphviz.dot(spec))
        #expect(parsed.subgraphs.first?.name == "cluster_a")
        #expect(parsed.subgraphs.first?.nodeIDs == ["n0", "n1"])
        #expect(parsed.edges.contains { $0.key == "second" })
    }

    /// Graphviz 2.43's dot frees memory twice for labelled same-rank edges in
    /// clustered graphs; this crashed the process before the guard.
    @Test func clusteredGraphsWithLabelledEdgesLayOutWithDot() throws {
        var spec = sampleSpec(labels: ["a", "b", "c", "d"])
        spec.edges.append(.init(tail: "n0", head: "n2", attributes: ["label": "across"]))
        spec.edges.append(.init(tail: "n3", head: "n1", attributes: ["label": "back"]))
        spec.subgraphs = [
            .init(name: "cluster_one", attributes: ["label": "one"], nodeIDs: ["n0", "n1"]),
            .init(name: "cluster_two", attributes: ["label": "two"], nodeIDs: ["n2", "n3"]),
        ]
        for _ in 0..<20 {
            #expect(isWellFormedXML(try Graphviz.render(spec, format: .svg, layout: .dot)))
        }
    }

    @Test func malformedDotIsAnErrorNotACrash() throws {
        #expect(throws: GraphvizError.self) { try Graphviz.parse(dot: "digraph { a -> ") }
        // The lexer is reset: a good parse right after a bad one works.
        #expect(try Graphviz.parse(dot: "digraph g { a -> b }").edges.count == 1)
    }

    @Test func concurrentRendersMatchSerialOnes() async throws {
        let spec = sampleSpec()
        let blocking: @Sendable () throws -> Data = { try Graphviz.render(spec, format: .svg, layout: .dot) }
        let expected = try blocking()
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for index in 0..<48 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        return try await Graphviz.render(spec, format: .svg, layout: .dot)
                    }
                    return try blocking()
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 48)
        #expect(results.allSatisfy { $0 == expected })
    }
}
