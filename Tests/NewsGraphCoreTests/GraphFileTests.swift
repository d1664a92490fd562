import Foundation
import NewsGraphCore
import Testing

let smallGraph = KnowledgeGraph(
    documents: [Document(id: "d1", path: "d1.txt", title: "Title")],
    entities: [
        Entity(id: "claudia_sheinbaum", name: "Claudia Sheinbaum", kind: .person, aliases: ["Sheinbaum"], documents: ["d1"], mentions: 3),
        Entity(id: "mexico", name: "Mexico", kind: .country, aliases: ["Mexican"], documents: ["d1"], mentions: 5),
        Entity(id: "united_states", name: "United States", kind: .country, aliases: ["U.S.", "US"], documents: ["d1"], mentions: 4),
        Entity(id: "cia", name: "Central Intelligence Agency", kind: .organization, aliases: ["CIA"], documents: ["d1"], mentions: 1),
    ],
    relations: [
        Relation(source: "claudia_sheinbaum", target: "mexico", type: .leads, evidence: [Evidence(document: "d1", sentence: "Sheinbaum leads Mexico.")]),
        Relation(source: "claudia_sheinbaum", target: "united_states", type: .opposes, evidence: [Evidence(document: "d1", sentence: "She opposes the U.S.")]),
        Relation(source: "cia", target: "united_states", type: .memberOf, evidence: [Evidence(document: "d1", sentence: "The U.S. CIA.")]),
    ])

@Suite struct GraphFileTests {
    @Test func jsonRoundTrips() throws {
        let decoded = try KnowledgeGraph(jsonData: try smallGraph.jsonData(), path: "g.json")
        #expect(decoded == smallGraph)
    }

    /// The graph's own writer must give the bytes Foundation's encoder gives,
    /// so that files written before it and after it are the same.
    @Test func theWriterSpellsJSONAsFoundationsEncoderDoes() throws {
        let hostile = "Quote \" back\\slash /slash new\nline tab\t cr\r \u{1}\u{1f}\u{7f} é 😀 \u{2028} <script>"
        let graphs = [
            smallGraph,
            KnowledgeGraph(),
            KnowledgeGraph(
                documents: [Document(id: hostile, path: hostile, title: hostile, date: "2025-01-02")],
                entities: [Entity(id: "x", name: hostile, kind: .policy, aliases: [], documents: [], mentions: 0)],
                relations: [
                    Relation(source: "x", target: "x", type: .targets, confidence: 0.85, evidence: []),
                    Relation(source: "x", target: "y", type: .meets, confidence: 1, evidence: [Evidence(document: hostile, sentence: hostile)]),
                    Relation(source: "y", target: "x", type: .supports, confidence: 1e-7, evidence: []),
                ]),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for graph in graphs {
            #expect(try graph.jsonData() == (try encoder.encode(graph)) + Data([0x0A]))
        }
    }

    @Test func malformedJSONNamesTheFile() {
        #expect(throws: FileError(path: "bad.json", reason: "not valid JSON")) {
            try KnowledgeGraph(jsonData: Data("{\"documents\": [".utf8), path: "bad.json")
        }
    }

    @Test func missingFieldIsExplained() {
        do {
            _ = try KnowledgeGraph(jsonData: Data(#"{"schemaVersion": 1, "documents": []}"#.utf8), path: "x.json")
            Issue.record("expected an error")
        } catch let error as FileError {
            #expect(error.path == "x.json")
            #expect(error.reason.contains("entities"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func danglingRelationIsRejected() throws {
        var graph = smallGraph
        graph.relations.append(Relation(source: "nobody", target: "mexico", type: .opposes, evidence: []))
        #expect(throws: FileError.self) { try KnowledgeGraph(jsonData: try graph.jsonData(), path: "g.json") }
    }

    @Test func atomicWriteReplacesWholeFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ng-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.json").path
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.json"])
        #expect(throws: FileError.self) { try AtomicFile.write(Data(), to: folder.path + "/missing/g.json") }
    }

    @Test func streamedJSONIsTheWholeJSONInPieces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ng-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.json").path
        for chunkSize in [1, 100, 1 << 20] {
            try AtomicFile.write(to: path) { file in try smallGraph.writeJSON(to: file, chunkSize: chunkSize) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == smallGraph.jsonData())
        }
    }

    @Test func aStreamThatFailsLeavesTheOldFile() throws {
        struct Interrupted: Error {}
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ng-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.json").path
        try AtomicFile.write(Data("old".utf8), to: path)
        #expect(throws: FileError.self) {
            try AtomicFile.write(to: path) { file in
                try file.write(contentsOf: Data("half of the new".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.json"])
    }
}

@Suite struct QueryTests {
    @Test func neighborsWithDirectionTypeAndDepth() {
        let index = GraphIndex(smallGraph)
        #expect(Set(index.neighbors(of: "claudia_sheinbaum").map(\.entity.name)) == ["Mexico", "United States"])
        #expect(index.neighbors(of: "claudia_sheinbaum", types: [.leads]).map(\.entity.name) == ["Mexico"])
        #expect(index.neighbors(of: "mexico", direction: .outgoing).isEmpty)
        let twoHops = index.neighbors(of: "cia", depth: 2)
        #expect(twoHops.first { $0.entity.id == "claudia_sheinbaum" }?.depth == 2)
        #expect(twoHops.first { $0.entity.id == "united_states" }?.direction == .outgoing)
    }

    @Test func lookupIsForgiving() {
        let lookup = EntityLookup(smallGraph)
        #expect(lookup.matches("sheinbaum").map(\.id) == ["claudia_sheinbaum"])
        #expect(lookup.matches("the CIA").map(\.id) == ["cia"])
        #expect(lookup.matches("us").map(\.id) == ["united_states"])
        #expect(lookup.matches("Nobody").isEmpty)
        #expect(lookup.suggestions(for: "Sheinbam").first?.id == "claudia_sheinbaum")
    }

    @Test func nameKeysFollowTheGuidelines() {
        #expect(NameKey.normalize("The U.S.") == "us")
        #expect(NameKey.normalize("Jorge Castañeda") == "jorge castaneda")
        #expect(NameKey.normalize("  Shannon  O’Neil ") == "shannon oneil")
        #expect(EntityID.slug("U.S. State Department") == "us_state_department")
        #expect(EntityID.slug("2024 election") == "e_2024_election")
        #expect(EntityID.slug("Jorge Castañeda") == "jorge_castaneda")
    }

    /// ASCII names take a byte path; it must give the slug Foundation's folding gives.
    @Test func asciiSlugsAreTheFoldedSlugs() {
        func folded(_ name: String) -> String {
            var result = ""
            var pending = false
            for scalar in name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars {
                if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                    if pending, !result.isEmpty { result += "_" }
                    pending = false
                    result.unicodeScalars.append(scalar)
                } else if scalar != ".", scalar != "'" {
                    pending = true
                }
            }
            return result.isEmpty || result.first!.isNumber ? "e_" + result : result
        }
        let names = [
            "U.S. State Department", "O'Neil", "AT&T", "  Title 50 ", "3M", "", "---", "Joint Special-Operations Command",
            "MEXICO", "a.b.c", "Tab\there", "x_y", "7-Eleven", "Yahoo!", "C++ Group",
        ]
        for name in names {
            #expect(EntityID.slug(name) == folded(name), "\(name)")
        }
    }
}
