import Foundation
import NewsGraphCore
import Testing

private func extraction(_ id: String, _ entities: [ExtractedEntity], _ relations: [ExtractedRelation] = []) -> DocumentExtraction {
    DocumentExtraction(document: Document(id: id, path: "\(id).txt", title: id), entities: entities, relations: relations)
}

@Suite struct GraphMergerTests {
    @Test func surnameInOneDocumentJoinsFullNameInAnother() {
        let graph = GraphMerger.merge([
            extraction("a", [ExtractedEntity(name: "Donald Trump", kind: .person, mentions: 2)]),
            extraction("b", [ExtractedEntity(name: "Trump", kind: .person, mentions: 3)]),
        ])
        #expect(graph.entities.count == 1)
        #expect(graph.entities[0].name == "Donald Trump")
        #expect(graph.entities[0].aliases == ["Trump"])
        #expect(graph.entities[0].documents == ["a", "b"])
        #expect(graph.entities[0].mentions == 5)
    }

    @Test func twoPeopleSharingASurnameStayTwo() {
        let graph = GraphMerger.merge([
            extraction("a", [ExtractedEntity(name: "Boris Johnson", kind: .person)]),
            extraction("b", [ExtractedEntity(name: "Ronald Johnson", kind: .person)]),
            extraction("c", [ExtractedEntity(name: "Johnson", kind: .person)]),
        ])
        #expect(Set(graph.entities.map(\.name)) == ["Boris Johnson", "Ronald Johnson", "Johnson"])
    }

    @Test func relationsMergeWithWeightFromDistinctSentences() {
        let entities = [ExtractedEntity(name: "Claudia Sheinbaum", kind: .person), ExtractedEntity(name: "Mexico", kind: .country)]
        let leads = { (sentence: String) in
            ExtractedRelation(source: "Claudia Sheinbaum", target: "Mexico", type: .leads, sentence: sentence, confidence: 0.9)
        }
        let graph = GraphMerger.merge([
            extraction("a", entities, [leads("One."), leads("One."), leads("Two.")]),
            extraction("b", entities, [leads("One.")]),
        ])
        #expect(graph.relations.count == 1)
        #expect(graph.relations[0].weight == 3)
        #expect(graph.relations[0].source == "claudia_sheinbaum")
        #expect(graph.relations[0].evidence.map(\.document) == ["a", "a", "b"])
    }

    @Test func sameInputGivesByteIdenticalJSON() throws {
        let make = {
            GraphMerger.merge([
                extraction("b", [ExtractedEntity(name: "CIA", kind: .organization), ExtractedEntity(name: "United States", kind: .country)],
                           [ExtractedRelation(source: "CIA", target: "United States", type: .memberOf, sentence: "s", confidence: 0.8)]),
                extraction("a", [ExtractedEntity(name: "Mexico", kind: .country)]),
            ])
        }
        #expect(try make().jsonData() == make().jsonData())
    }
}
