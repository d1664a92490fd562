import Foundation
import FoundationXML
import NewsGraphCore
import Testing

/// Names that are data in every format: markup, quotes, backslashes, new lines.
private let hostile = KnowledgeGraph(
    documents: [Document(id: "d1", path: "d1.txt", title: "T")],
    entities: [
        Entity(id: "a", name: "<img src=x onerror=alert(1)> & \"Co\"", kind: .organization, aliases: ["O'Neil; Sons", "back\\slash"], mentions: 2),
        Entity(id: "b", name: "Line\nbreak\u{1}", kind: .person, mentions: 1),
    ],
    relations: [
        Relation(source: "a", target: "b", type: .memberOf, confidence: 0.75, evidence: [Evidence(document: "d1", sentence: "He said \"no\",\nthen 'yes' \\ </script>")]),
    ])

@Suite struct GraphExportTests {
    @Test func graphMLAndGEXFAreWellFormedAndKeepNamesAsText() throws {
        for text in [GraphExport.graphML(hostile), GraphExport.gexf(hostile)] {
            let document = try XMLDocument(data: Data(text.utf8))
            let names = try document.nodes(forXPath: "//*[local-name()='data' and @key='name'] | //*[local-name()='node']/@label")
                .compactMap(\.stringValue)
            #expect(names.contains("<img src=x onerror=alert(1)> & \"Co\""))
            #expect(names.contains("Line\nbreak"))  // a control character XML cannot hold is left out
            #expect(!text.contains("<img"))
        }
    }

    @Test func csvHasNeo4jImportHeadersAndQuotesFields() {
        let files = GraphExport.csv(hostile)
        let nodeLines = files.nodes.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(nodeLines[0] == "id:ID,name,kind,aliases:string[],mentions:int,:LABEL")
        #expect(nodeLines[1] == #""a","<img src=x onerror=alert(1)> & ""Co""","organization","O'Neil; Sons;back\slash","2","Entity;Organization""#)
        #expect(files.relationships.hasPrefix(":START_ID,:END_ID,:TYPE,weight:int,confidence:double,evidence\n\"a\",\"b\",\"MEMBER_OF\",\"1\",\"0.75\","))
    }

    @Test func cypherEscapesStringsAndUsesTheRelationTypeAsRelationshipType() {
        let script = GraphExport.cypher(hostile)
        #expect(script.contains(#"e.name = '<img src=x onerror=alert(1)> & "Co"'"#))
        #expect(script.contains(#"e.aliases = ['O\'Neil; Sons', 'back\\slash']"#))
        #expect(script.contains(#"e.name = 'Line\nbreak\u0001'"#))
        #expect(script.contains("MERGE (a)-[r:MEMBER_OF]->(b)"))
        #expect(script.contains(#"r.evidence = 'He said "no",\nthen \'yes\' \\ </script>'"#))
        #expect(script.split(separator: "\n").allSatisfy { $0.hasSuffix(";") })
    }
}
