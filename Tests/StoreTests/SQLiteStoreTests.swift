import Extraction
import Foundation
import GRDB
import NewsGraphCore
@testable import Store
import Testing

private let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds")

/// The bundled articles, extracted once for every test that stores them.
private let seedExtraction = Result {
    let paths = try ArticleReader.articlePaths(in: [seeds.path]).articles
    let ids = CorpusBuilder.documentIDs(for: paths)
    return try zip(paths, ids).map { path, id in
        let article = try ArticleReader.read(path: path)
        return StoredDocument(extraction: Extractor().extract(article, documentID: id), contentHash: ContentHash.of(article.text))
    }
}

private func seedDocuments() throws -> [StoredDocument] { try seedExtraction.get() }

/// Runs `body` in a new folder that is removed afterwards.
private func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
}

/// Runs `body` with a new, empty store in a temporary folder.
private func withTemporaryStore(_ body: (SQLiteStore) throws -> Void) throws {
    try withTemporaryFolder { folder in
        try body(SQLiteStore(path: folder.appendingPathComponent("s.sqlite").path, create: true))
    }
}

@Suite struct SQLiteStoreTests {
    /// A write waits while another connection writes, up to its limit, and
    /// says once that it is waiting; with no time to wait it fails clearly.
    @Test func aWriterWaitsForAnotherWriter() throws {
        let documents = try seedDocuments()
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("s.sqlite").path
            _ = try SQLiteStore(path: path, create: true)
            let patient = try SQLiteStore(path: path, create: false, waitingForWriter: 20, whileWaiting: { waits.add() })
            let hasty = try SQLiteStore(path: path, create: false, waitingForWriter: 0)
            let other = try DatabaseQueue(path: path)
            let holding = DispatchSemaphore(value: 0)
            let released = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                try? other.write { _ in
                    holding.signal()
                    Thread.sleep(forTimeInterval: 1)
                }
                released.signal()
            }
            holding.wait()
            #expect {
                try hasty.add([documents[0]])
            } throws: { error in
                "\(error)".contains("another process is writing the store")
            }
            try patient.add([documents[1]])
            released.wait()
            #expect(waits.count == 1)
            #expect(try patient.graph().documents.map(\.id) == [documents[1].extraction.document.id])
        }
    }


    @Test func oneBatchExportsWhatBuildWrites() throws {
        let documents = try seedDocuments()
        try withTemporaryStore { store in
            try store.add(documents)
            let built = GraphMerger.merge(documents.map(\.extraction))
            #expect(try store.graph().jsonData() == built.jsonData())
        }
    }

    @Test func documentsAddedOneByOneMergeIntoTheSameEntities() throws {
        let documents = try seedDocuments()
        try withTemporaryStore { store in
            for document in documents { try store.add([document]) }
            let graph = try store.graph()
            let built = GraphMerger.merge(documents.map(\.extraction))
            #expect(Set(graph.entities.map(\.id)) == Set(built.entities.map(\.id)))
            #expect(graph.relations.count == built.relations.count)
            #expect(graph.entities.filter { $0.name.contains("Sheinbaum") }.count == 1)
            // The totals a list of neighbours shows are kept batch by batch.
            let mexico = try #require(graph.entities.first { $0.id == "mexico" })
            let shown = try store.relations(of: "claudia_sheinbaum", types: [.leads], direction: .outgoing).map(\.other)
            #expect(shown.map(\.mentions) == [mexico.mentions])
        }
    }

    @Test func removingADocumentTakesOutOnlyItsFacts() throws {
        let documents = try seedDocuments()
        try withTemporaryStore { store in
            try store.add(documents)
            let removed = documents[4].extraction.document.id
            #expect(try store.remove(document: removed))
            #expect(try !store.remove(document: removed))
            let graph = try store.graph()
            #expect(!graph.documents.contains { $0.id == removed })
            #expect(graph.relations.allSatisfy { $0.evidence.allSatisfy { $0.document != removed } })
            #expect(!graph.entities.contains { $0.name == "Nicolás Maduro" })  // only that article names him
            #expect(graph.entities.contains { $0.name == "Claudia Sheinbaum" })
            let rest = GraphMerger.merge(documents.dropLast().map(\.extraction))
            #expect(Set(graph.entities.map(\.id)) == Set(rest.entities.map(\.id)))
        }
    }

    @Test func reAddingAPathReplacesItsFacts() throws {
        var documents = try seedDocuments()
        try withTemporaryStore { store in
            try store.add(documents)
            let path = documents[0].extraction.document.path
            #expect(try store.contentHashes(ofDocumentsAt: [path, "elsewhere.txt"]) == [path: documents[0].contentHash])
            let changed = Article(path: path, text: "German Chancellor Olaf Scholz met French President Emmanuel Macron.")
            documents[0] = StoredDocument(
                extraction: Extractor().extract(changed, documentID: documents[0].extraction.document.id), contentHash: "changed")
            try store.add([documents[0]])
            let graph = try store.graph()
            #expect(graph.documents.count == 5)
            #expect(graph.entities.contains { $0.name == "Olaf Scholz" })
            #expect(try store.contentHashes(ofDocumentsAt: [path]) == [path: "changed"])
        }
    }

    @Test func queriesAnswerLikeTheGraph() throws {
        let documents = try seedDocuments()
        try withTemporaryStore { store in
            try store.add(documents)
            let graph = try store.graph()
            let sheinbaum = try #require(try store.entities(named: "sheinbaum").first)
            #expect(sheinbaum.name == "Claudia Sheinbaum")
            let fromStore = try store.neighbors(of: sheinbaum.id, depth: 2)
            let fromGraph = GraphIndex(graph).neighbors(of: sheinbaum.id, depth: 2)
            #expect(fromStore.map(\.entity.id) == fromGraph.map(\.entity.id))
            let trump = try #require(try store.entities(named: "Donald Trump").first)
            let jsoc = try #require(try store.entities(named: "JSOC").first)
            #expect(try store.path(from: trump.id, to: jsoc.id)?.count == GraphIndex(graph).path(from: trump.id, to: jsoc.id)?.count)
            #expect(try store.search("cartel", kind: .organization, limit: 5).first?.name == "Mexican cartels")
            // Paths from both ends are as short as breadth-first search from one,
            // and every hop joins the entity before it to the entity after it.
            let index = GraphIndex(graph)
            let ids = graph.entities.filter { !index.relations(of: $0.id).isEmpty }.map(\.id)
            for (start, end) in zip(ids, ids.reversed()).prefix(12) where start != end {
                let fromStore = try store.path(from: start, to: end)
                let distance = index.neighbors(of: start, depth: graph.entities.count).first { $0.entity.id == end }?.depth
                #expect(fromStore?.count == distance, "\(start) -> \(end)")
                var previous = start
                for step in fromStore ?? [] {
                    let joined = [step.relation.source, step.relation.target]
                    #expect(joined.contains(previous) && joined.contains(step.entity.id))
                    #expect((step.direction == .outgoing) == (step.relation.source == previous))
                    previous = step.entity.id
                }
                if fromStore != nil { #expect(previous == end) }
            }
            #expect(try store.counts().documents == 5)
        }
    }

    /// A name written in many documents is one entity; a surname two people
    /// share answers with both, however many rows either has.
    @Test func namesRepeatedAcrossDocumentsStayOneEntity() throws {
        try withTemporaryStore { store in
            let texts = (0..<6).map { "Brazilian President Ana Silva met Chilean President Luis Parra in Santiago, Reuters reported. (\($0))" }
                + ["Pedro Silva, a farmer in Kenya, criticized the Water Act."]
            let documents = texts.enumerated().map { index, text in
                StoredDocument(
                    extraction: Extractor().extract(Article(path: "/corpus/\(index).txt", text: text), documentID: "doc\(index)"),
                    contentHash: "\(index)")
            }
            for document in documents { try store.add([document]) }
            let graph = try store.graph()
            #expect(graph.entities.filter { $0.name == "Ana Silva" }.count == 1)
            #expect(graph.entities.first { $0.name == "Ana Silva" }?.documents.count == 6)
            #expect(Set(try store.entities(named: "Silva").map(\.name)) == ["Ana Silva", "Pedro Silva"])
            #expect(try store.entities(named: "Reuters").count == 1)
        }
    }

    /// A store written before version 4 (a row per surface form and per name
    /// key per document) keeps its facts after the upgrade, and a removal
    /// afterwards still takes out exactly one document's names.
    @Test func aStoreOfTheOldSchemaKeepsItsFacts() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("old.sqlite").path
            do {
                let old = try DatabaseQueue(path: path)
                try StoreSchema.migrator.migrate(old, upTo: "v3")
                try old.write { db in
                    try db.execute(sql: """
                        INSERT INTO document (id, path, title, date, contentHash) VALUES
                            ('a', 'a.txt', 'A', NULL, 'ha'), ('b', 'b.txt', 'B', '2025-01-02', 'hb');
                        INSERT INTO entity (id, name, kind) VALUES
                            ('ana_silva', 'Ana Silva', 'person'), ('brazil', 'Brazil', 'country'), ('pedro_silva', 'Pedro Silva', 'person');
                        INSERT INTO mention VALUES
                            ('ana_silva', 'a', 2), ('ana_silva', 'b', 1), ('brazil', 'a', 1), ('brazil', 'b', 3), ('pedro_silva', 'b', 1);
                        INSERT INTO surface VALUES
                            ('ana_silva', 'a', 'Ana Silva'), ('ana_silva', 'a', 'Silva'), ('ana_silva', 'b', 'President Silva'),
                            ('brazil', 'a', 'Brazil'), ('brazil', 'b', 'Brasil'), ('pedro_silva', 'b', 'Pedro Silva');
                        INSERT INTO name_key VALUES
                            ('ana_silva', 'a', 'ana silva', 'person'), ('ana_silva', 'a', 'silva', 'person'),
                            ('ana_silva', 'b', 'silva', 'person'), ('brazil', 'a', 'brazil', 'country'),
                            ('brazil', 'b', 'brazil', 'country'), ('brazil', 'b', 'brasil', 'country'),
                            ('pedro_silva', 'b', 'pedro silva', 'person'), ('pedro_silva', 'b', 'silva', 'person');
                        INSERT INTO relation (source, target, type, weight, confidence, firstEvidence) VALUES
                            ('ana_silva', 'brazil', 'leads', 2, 0.9, 1);
                        INSERT INTO evidence (relation, document, sentence, confidence, modality) VALUES
                            (1, 'a', 'Brazilian President Ana Silva spoke.', 0.9, 'asserted'),
                            (1, 'b', 'President Silva of Brazil may go.', 0.8, 'planned');
                        """)
                }
            }
            var upgrades = 0
            let store = try SQLiteStore(path: path, create: false, whileUpgrading: { upgrades += 1 })
            #expect(upgrades == 1)
            _ = try SQLiteStore(path: path, create: false, whileUpgrading: { upgrades += 1 })
            _ = try SQLiteStore(path: folder.appendingPathComponent("new.sqlite").path, create: true, whileUpgrading: { upgrades += 1 })
            #expect(upgrades == 1)  // neither an upgraded store nor a new one is upgraded
            // The pages of the rewritten tables are given back.
            #expect(try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA freelist_count") } == 0)
            // Each document lists its entities and its run of evidence, which a removal reads instead of an index.
            let rows = try DatabaseQueue(path: path).read {
                try Row.fetchOne($0, sql: "SELECT entities, firstEvidence, lastEvidence FROM document WHERE id = 'b'")
            }
            #expect(StoreSchema.unpack(rows?["entities"] ?? "") == ["ana_silva", "brazil", "pedro_silva"])
            #expect(rows?["firstEvidence"] as Int64? == 2 && rows?["lastEvidence"] as Int64? == 2)
            let graph = try store.graph()
            let ana = graph.entities.first { $0.id == "ana_silva" }
            #expect(ana?.aliases == ["President Silva", "Silva"])
            #expect(ana?.documents == ["a", "b"])
            #expect(ana?.mentions == 3)
            #expect(graph.relations.first?.evidence.map(\.modality) == [.asserted, .planned])
            #expect(Set(try store.entities(named: "Silva").map(\.id)) == ["ana_silva", "pedro_silva"])
            #expect(try store.relations(of: "ana_silva", types: [], direction: .both).map(\.other.mentions) == [4])

            #expect(try store.remove(document: "b"))
            #expect(try store.relations(of: "ana_silva", types: [], direction: .both).map(\.other.mentions) == [1])
            #expect(try store.entities(named: "Silva").map(\.id) == ["ana_silva"])
            #expect(try store.entities(named: "Brasil").isEmpty)
            #expect(try store.entities(named: "Brazil").map(\.id) == ["brazil"])
            #expect(try store.graph().relations.map(\.weight) == [1])
        }
    }

    /// A path twice in one batch would merge one copy under a document the
    /// other had replaced; it is refused, and nothing is written.
    @Test func aPathTwiceInOneBatchIsRefused() throws {
        let documents = try seedDocuments()
        try withTemporaryStore { store in
            var copy = documents[1]
            copy.extraction.document.id = "copy"
            #expect(throws: FileError(path: documents[1].extraction.document.path, reason: "given twice in one batch")) {
                try store.add([documents[0], documents[1], copy])
            }
            let stored = try store.counts().documents
            #expect(stored == 0)
        }
    }

    /// Names whose key is empty or holds the packing separator are not
    /// indexed, so removing their document leaves no name key behind.
    @Test func oddNameKeysLeaveNothingBehind() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("s.sqlite").path
            let store = try SQLiteStore(path: path, create: true)
            let entities = [
                ExtractedEntity(name: "Ana Silva", kind: .person, aliases: ["&", "Ana\u{1F}Silva"]),
                ExtractedEntity(name: "Brazil", kind: .country),
            ]
            let relation = ExtractedRelation(
                source: "Ana Silva", target: "Brazil", type: .leads, sentence: "Ana Silva leads Brazil.", confidence: 0.9)
            for id in ["a", "b"] {
                let document = Document(id: id, path: "/\(id).txt", title: id)
                try store.add([StoredDocument(
                    extraction: DocumentExtraction(document: document, entities: entities, relations: [relation]), contentHash: id)])
            }
            #expect(try store.entities(named: "Ana Silva").map(\.id) == ["ana_silva"])
            let keys = { try DatabaseQueue(path: path).read { try Row.fetchAll($0, sql: "SELECT key, documents FROM name_key ORDER BY key") } }
            #expect(try Set(keys().map { $0["documents"] as Int }) == [2])
            #expect(try keys().count >= 3)  // "ana silva", "silva", "brazil"
            #expect(try store.remove(document: "a"))
            #expect(try Set(keys().map { $0["documents"] as Int }) == [1])
            #expect(try store.remove(document: "b"))
            #expect(try keys().isEmpty)
        }
    }

    @Test func filesThatAreNotStoresAreNamed() throws {
        try withTemporaryFolder { folder in
            let json = folder.appendingPathComponent("graph.json").path
            try Data("{\"documents\": []}".utf8).write(to: URL(fileURLWithPath: json))
            #expect(throws: FileError(path: json, reason: "not a NewsGraph store (not an SQLite database)")) {
                try SQLiteStore(path: json, create: true)
            }
            #expect(throws: FileError(path: folder.path + "/missing.sqlite", reason: "no such store")) {
                try SQLiteStore(path: folder.path + "/missing.sqlite", create: false)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data("{\"documents\": []}".utf8))

            let newer = folder.appendingPathComponent("newer.sqlite").path
            _ = try SQLiteStore(path: newer, create: true)
            try DatabaseQueue(path: newer).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
            #expect(throws: FileError(path: newer, reason: "written by a newer version of NewsGraph, which this one cannot read")) {
                try SQLiteStore(path: newer, create: false)
            }
        }
    }
}

/// Counts calls from any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

private let waits = Counter()
