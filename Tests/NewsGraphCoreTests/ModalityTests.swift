import Foundation
import NewsGraphCore
import Testing

@Suite struct ModalityTests {
    @Test func aVersionOneFileReadsAsAssertedAndAsTheCurrentSchema() throws {
        let version1 = #"""
            {"schemaVersion": 1, "documents": [{"id": "d1", "path": "d1.txt", "title": "T"}],
             "entities": [{"id": "a", "name": "A", "kind": "country", "aliases": [], "documents": ["d1"], "mentions": 1},
                          {"id": "b", "name": "B", "kind": "country", "aliases": [], "documents": ["d1"], "mentions": 1}],
             "relations": [{"source": "a", "target": "b", "type": "targets", "weight": 1, "confidence": 0.7,
                            "evidence": [{"document": "d1", "sentence": "A struck B."}]}]}
            """#
        let graph = try KnowledgeGraph(jsonData: Data(version1.utf8), path: "old.json")
        #expect(graph.schemaVersion == KnowledgeGraph.currentSchemaVersion)
        #expect(graph.relations[0].evidence[0].modality == .asserted)
        #expect(String(decoding: try graph.jsonData(), as: UTF8.self).contains(#""modality" : "asserted""#))
    }

    @Test func aViewOfOneModalityKeepsItsEvidenceAndItsRelations() {
        let graph = KnowledgeGraph(
            documents: [Document(id: "d1", path: "d1.txt", title: "T")],
            entities: ["a", "b", "c"].map { Entity(id: $0, name: $0, kind: .country, aliases: [], documents: ["d1"], mentions: 1) },
            relations: [
                Relation(source: "a", target: "b", type: .targets, evidence: [
                    Evidence(document: "d1", sentence: "A struck B.", modality: .asserted),
                    Evidence(document: "d1", sentence: "A threatened to strike B again.", modality: .threatened),
                ]),
                Relation(source: "a", target: "c", type: .targets, evidence: [
                    Evidence(document: "d1", sentence: "A plans to strike C.", modality: .planned),
                ]),
            ])
        let happened = GraphView(modalities: [.asserted]).apply(to: graph)
        #expect(happened.relations.count == 1)
        #expect(happened.relations[0].target == "b" && happened.relations[0].weight == 1)
        #expect(happened.relations[0].evidence.map(\.modality) == [.asserted])
        #expect(GraphView(modalities: [.planned, .threatened]).apply(to: graph).relations.count == 2)
    }
}
