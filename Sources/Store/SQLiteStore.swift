import Foundation
import GRDB
import NewsGraphCore

/// A corpus in one SQLite file: documents, entities, aliases, mentions,
/// relations and their evidence, merged across documents as `newsgraph build`
/// merges them, so that the same documents added in one batch export the
/// same JSON.
public final class SQLiteStore: GraphStore {
    public let path: String
    private let database: DatabaseQueue
    /// How long a write waits for another process's write to end.
    private let waitingForWriter: Double

    /// Opens the store at `path`, creating it when `create` is true. While
    /// another process writes the store, a write here waits up to
    /// `waitingForWriter` seconds, calling `whileWaiting` once each time it
    /// starts to wait; readers never wait (WAL). A store an older version
    /// wrote is upgraded first, after a call to `whileUpgrading`.
    public init(
        path: String, create: Bool, waitingForWriter: Double = 0, whileWaiting: (@Sendable () -> Void)? = nil,
        whileUpgrading: (() -> Void)? = nil
    ) throws {
        self.path = path
        self.waitingForWriter = waitingForWriter
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists || create else {
            throw FileError(path: path, reason: "no such store")
        }
        if exists, !Self.looksLikeSQLite(path) {
            throw FileError(path: path, reason: "not a NewsGraph store (not an SQLite database)")
        }
        do {
            var configuration = Configuration()
            // The merge is the store's only writer and keeps every reference
            // whole; SQLite checking each row's references cost a sixth of
            // `add`'s store work. A removal deletes a document's rows itself.
            configuration.foreignKeysEnabled = false
            let pause = 0.05
            let attempts = Int((waitingForWriter / pause).rounded(.up))
            configuration.busyMode = .callback { tries in
                if tries == 0 { whileWaiting?() }
                guard tries < attempts else { return false }
                Thread.sleep(forTimeInterval: pause)
                return true
            }
            configuration.prepareDatabase { db in
                // WAL keeps each batch atomic and lets readers run during a write;
                // NORMAL sync is safe with WAL (a crash loses at most the last batch).
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -262144")
                // A batch of 500 articles dirties thousands of index pages. At
                // SQLite's default (1,000 pages) every commit copied them all
                // back into the database; at 10,000 (40 MB of WAL) a page that
                // several batches change is copied once: add spends a fifth less.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
            }
            database = try Self.open(path, configuration, waitingForWriter: waitingForWriter, whileUpgrading: whileUpgrading)
        } catch let error as FileError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw Self.busy(path, waited: waitingForWriter)
        } catch {
            throw FileError(path: path, reason: "cannot be opened as a NewsGraph store (\(error))")
        }
    }

    /// Opens the database and brings its schema up to date. Two processes may
    /// open or create the same store at once: one may find the database
    /// locked while the other sets it up (it waits, as for any writer), or run
    /// a migration it read as not yet applied and find the other's tables
    /// (it reads the migrations again).
    private static func open(
        _ path: String, _ configuration: Configuration, waitingForWriter: Double, whileUpgrading: (() -> Void)?
    ) throws -> DatabaseQueue {
        let deadline = Date().addingTimeInterval(waitingForWriter)
        var raceRetries = 3
        while true {
            do {
                let database = try DatabaseQueue(path: path, configuration: configuration)
                let foreign = try database.read { db in
                    try !db.tableExists("grdb_migrations")
                        && (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0) > 0
                }
                if foreign {
                    throw FileError(path: path, reason: "not a NewsGraph store (an SQLite database with other tables)")
                }
                // A newer NewsGraph's store would fail here only later, on a table this one expects.
                if try database.read(StoreSchema.migrator.hasBeenSuperseded) {
                    throw FileError(path: path, reason: "written by a newer version of NewsGraph, which this one cannot read")
                }
                let applied = try database.read(StoreSchema.migrator.appliedIdentifiers)
                if !applied.isEmpty, try !database.read(StoreSchema.migrator.hasCompletedMigrations) {
                    whileUpgrading?()
                }
                try StoreSchema.migrator.migrate(database)
                if applied.contains("v3"), !applied.contains("v4") {
                    // v4 rewrote the largest tables: give their old pages back (a
                    // 212 MB store of 20,000 articles upgrades to 93 MB, not 272).
                    // Only space is at stake, so a vacuum another process keeps
                    // from running is not an error.
                    try? database.vacuum()
                }
                return database
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT) && raceRetries > 0 {
                raceRetries -= 1
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    private static func busy(_ path: String, waited: Double) -> FileError {
        FileError(path: path, reason: "another process is writing the store; gave up after waiting \(Int(waited)) s (--wait)")
    }

    /// Runs a write transaction, turning a wait for another writer that ran out into a clear error.
    private func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try database.write(updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw Self.busy(path, waited: waitingForWriter)
        }
    }

    /// SQLite files start with a fixed 16-byte header; an empty file may become a new store.
    static func looksLikeSQLite(_ path: String) -> Bool {
        let header = Self.header(path)
        return header.isEmpty || header == Self.sqliteHeader
    }

    /// Whether `path` holds an SQLite database (as opposed to a JSON graph file).
    public static func isDatabase(_ path: String) -> Bool {
        header(path) == sqliteHeader
    }

    private static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    private static func header(_ path: String) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { return Data() }
        defer { try? handle.close() }
        return handle.readData(ofLength: 16)
    }

    public func contentHashes(ofDocumentsAt paths: [String]) throws -> [String: String] {
        try database.read { db in
            var hashes: [String: String] = [:]
            try Self.forEachChunk(of: paths) { marks, arguments in
                for row in try Row.fetchAll(db, sql: "SELECT path, contentHash FROM document WHERE path IN (\(marks))", arguments: arguments) {
                    hashes[row["path"]] = row["contentHash"]
                }
            }
            return hashes
        }
    }

    public func documentID(forPath path: String) throws -> String? {
        try database.read { try String.fetchOne($0, sql: "SELECT id FROM document WHERE path = ?", arguments: [path]) }
    }

    // MARK: Writing

    public func add(_ documents: [StoredDocument]) throws {
        var paths: Set<String> = []
        for stored in documents where !paths.insert(stored.extraction.document.path).inserted {
            throw FileError(path: stored.extraction.document.path, reason: "given twice in one batch")
        }
        try write { db in
            let findPath = try RowStatement(db, sql: "SELECT id FROM document WHERE path = ?")
            let findID = try RowStatement(db, sql: "SELECT 1 FROM document WHERE id = ?")
            let addDocument = try RowStatement(db, sql: "INSERT INTO document (id, path, title, date, contentHash) VALUES (?, ?, ?, ?, ?)")
            var ids: [String] = []
            for stored in documents {
                let document = stored.extraction.document
                if let old = try findPath.text(.text(document.path)) {
                    try Self.remove(document: old, in: db)
                }
                let id = try Self.freeDocumentID(document.id, findID: findID)
                try addDocument.run(
                    .text(id), .text(document.path), .text(document.title), document.date.map { .text($0) } ?? .null,
                    .text(stored.contentHash))
                ids.append(id)
            }
            try EntityMerge(db: db, documents: documents.map(\.extraction), ids: ids).run()
        }
    }

    public func remove(document: String) throws -> Bool {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [document]) != nil else {
                return false
            }
            try Self.remove(document: document, in: db)
            return true
        }
    }

    /// Touches only the document's own relations and entities, so a removal
    /// costs the same in a store of any size. The document's row says which
    /// they are: no index finds rows by their document.
    private static func remove(document: String, in db: Database) throws {
        guard let own = try Row.fetchOne(
            db, sql: "SELECT entities, firstEvidence, lastEvidence FROM document WHERE id = ?", arguments: [document])
        else { return }
        let evidence: StatementArguments = [own["firstEvidence"] as Int64?, own["lastEvidence"] as Int64?, document]
        let touched = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT relation FROM evidence WHERE number BETWEEN ? AND ? AND document = ?", arguments: evidence)
        let mentioned = try StoreSchema.unpack(own["entities"]).compactMap { entity in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT mention.entity, entity.kind, mention.count, mention.keys FROM mention JOIN entity ON entity.id = mention.entity
                WHERE mention.entity = ? AND mention.document = ?
                """), arguments: [entity, document])
        }
        try db.execute(sql: "DELETE FROM evidence WHERE number BETWEEN ? AND ? AND document = ?", arguments: evidence)
        let deleteMention = try RowStatement(db, sql: "DELETE FROM mention WHERE entity = ? AND document = ?")
        for row in mentioned {
            try deleteMention.run(.text(row["entity"]), .text(document))
        }
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document])
        let countDown = try RowStatement(db, sql: "UPDATE name_key SET documents = documents - 1 WHERE key = ? AND kind = ? AND entity = ?")
        let dropUnused = try RowStatement(db, sql: "DELETE FROM name_key WHERE key = ? AND kind = ? AND entity = ? AND documents <= 0")
        let subtractMentions = try RowStatement(db, sql: "UPDATE entity SET mentions = mentions - ? WHERE id = ?")
        for row in mentioned {
            let entity: String = row["entity"], kind: String = row["kind"]
            try subtractMentions.run(.integer(row["count"]), .text(entity))
            for key in StoreSchema.unpack(row["keys"]) {
                try countDown.run(.text(key), .text(kind), .text(entity))
                try dropUnused.run(.text(key), .text(kind), .text(entity))
            }
        }
        try forEachChunk(of: touched) { marks, arguments in
            try db.execute(sql: """
                UPDATE relation SET
                    weight = (SELECT COUNT(*) FROM evidence WHERE evidence.relation = relation.number),
                    confidence = COALESCE((SELECT MAX(confidence) FROM evidence WHERE evidence.relation = relation.number), 0),
                    firstEvidence = (SELECT MIN(number) FROM evidence WHERE evidence.relation = relation.number)
                WHERE number IN (\(marks))
                """, arguments: arguments)
            try db.execute(sql: "DELETE FROM relation WHERE weight = 0 AND number IN (\(marks))", arguments: arguments)
        }
        // An entity no document mentions has no name keys left either: each was counted down to zero above.
        try forEachChunk(of: mentioned.map { $0["entity"] as String }) { marks, arguments in
            try db.execute(sql: """
                DELETE FROM entity WHERE id IN (\(marks)) AND NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity = entity.id)
                """, arguments: arguments)
        }
    }

    /// Calls `body` with `?, ?, …` placeholders and their values for each
    /// slice of `values` small enough for one statement.
    private static func forEachChunk<Value: DatabaseValueConvertible>(
        of values: [Value], _ body: (_ marks: String, _ arguments: StatementArguments) throws -> Void
    ) throws {
        for start in stride(from: 0, to: values.count, by: 500) {
            let chunk = values[start..<min(start + 500, values.count)]
            try body(Array(repeating: "?", count: chunk.count).joined(separator: ","), StatementArguments(Array(chunk)))
        }
    }

    /// `wanted`, or `wanted-2`, `wanted-3`… if a document has it; `findID` asks whether one has.
    private static func freeDocumentID(_ wanted: String, findID: RowStatement) throws -> String {
        var id = wanted
        var suffix = 2
        while try findID.integer(.text(id)) != nil {
            id = "\(wanted)-\(suffix)"
            suffix += 1
        }
        return id
    }

    // MARK: Reading

    public func graph() throws -> KnowledgeGraph {
        try database.read { db in
            let documents = try Row.fetchAll(db, sql: "SELECT id, path, title, date FROM document ORDER BY number").map {
                Document(id: $0["id"], path: $0["path"], title: $0["title"], date: $0["date"])
            }
            var aliases: [String: Set<String>] = [:]
            var documentsOf: [String: [String]] = [:]
            var mentions: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entity, document, count, forms FROM mention") {
                let entity: String = row["entity"]
                aliases[entity, default: []].formUnion(StoreSchema.unpack(row["forms"]))
                documentsOf[entity, default: []].append(row["document"])
                mentions[entity, default: 0] += row["count"] as Int
            }
            let entities = try Row.fetchAll(db, sql: "SELECT id, name, kind FROM entity").map { row -> Entity in
                let id: String = row["id"]
                let name: String = row["name"]
                return Entity(
                    id: id, name: name, kind: EntityKind(rawValue: row["kind"]) ?? .organization,
                    aliases: (aliases[id] ?? []).subtracting([name]).sorted(),
                    documents: (documentsOf[id] ?? []).sorted(), mentions: mentions[id] ?? 0)
            }
            var evidence: [Int64: [(Evidence, Double)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT relation, document, sentence, confidence, modality FROM evidence ORDER BY number") {
                evidence[row["relation"], default: []].append((Self.evidence(row), row["confidence"]))
            }
            let relations = try Row.fetchAll(db, sql: "SELECT number, source, target, type FROM relation").compactMap { row -> Relation? in
                guard let type = RelationType(rawValue: row["type"]), let items = evidence[row["number"]] else { return nil }
                return Relation(
                    source: row["source"], target: row["target"], type: type,
                    confidence: items.map(\.1).max() ?? 0, evidence: items.map(\.0))
            }
            return KnowledgeGraph(documents: documents, entities: entities, relations: relations)
        }
    }

    public func outline() throws -> KnowledgeGraph {
        try database.read { db in
            let entities = try Row.fetchAll(db, sql: "SELECT id, name, kind FROM entity ORDER BY number").map {
                Entity(id: $0["id"], name: $0["name"], kind: EntityKind(rawValue: $0["kind"]) ?? .organization)
            }
            let relations = try Row.fetchAll(db, sql: "SELECT source, target, type, weight, confidence FROM relation WHERE weight > 0")
                .compactMap { row in
                    RelationType(rawValue: row["type"]).map {
                        Relation(source: row["source"], target: row["target"], type: $0, weight: row["weight"],
                                 confidence: row["confidence"], evidence: [])
                    }
                }
            return KnowledgeGraph(entities: entities, relations: relations)
        }
    }

    public func completing(_ part: KnowledgeGraph) throws -> KnowledgeGraph {
        try database.read { db in
            var complete = part
            complete.entities = try part.entities.map { try Self.entity($0.id, in: db) ?? $0 }
            for index in complete.relations.indices {
                complete.relations[index].evidence = try Self.evidence(of: complete.relations[index], in: db)
            }
            let wanted = Array(Set(complete.entities.flatMap(\.documents) + complete.relations.flatMap { $0.evidence.map(\.document) }))
            var documents: [(number: Int64, document: Document)] = []
            try Self.forEachChunk(of: wanted) { marks, arguments in
                for row in try Row.fetchAll(db, sql: "SELECT number, id, path, title, date FROM document WHERE id IN (\(marks))",
                                            arguments: arguments) {
                    documents.append((row["number"], Document(id: row["id"], path: row["path"], title: row["title"], date: row["date"])))
                }
            }
            complete.documents = documents.sorted { $0.number < $1.number }.map(\.document)
            return complete
        }
    }

    public func entities(named name: String) throws -> [Entity] {
        let key = NameKey.normalize(name)
        return try database.read { db in
            let ids = try NameKeyLookup(db).entities(key: key)
            let found = try ids.compactMap { try Self.entity($0, in: db) }
            let exact = found.filter { NameKey.normalize($0.name) == key }
            return exact.isEmpty ? found : exact
        }
    }

    public func search(_ query: String, kind: EntityKind?, limit: Int) throws -> [Entity] {
        let key = NameKey.normalize(query)
        return try database.read { db in
            let pattern = "%" + key.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
            let ids = try String.fetchAll(db, sql: """
                SELECT DISTINCT name_key.entity FROM name_key JOIN entity ON entity.id = name_key.entity
                WHERE name_key.key LIKE ? AND (? IS NULL OR entity.kind = ?)
                """, arguments: [pattern, kind?.rawValue, kind?.rawValue])
            return try ids.compactMap { try Self.entity($0, in: db) }
                .sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
                .prefix(limit).map { $0 }
        }
    }

    /// Three queries whatever the entity's degree: relations with their weight,
    /// their first evidence sentences, and the entities at their other ends.
    public func relations(
        of id: String, types: Set<RelationType>, direction: Direction
    ) throws -> [(relation: Relation, direction: Direction, other: Entity)] {
        try database.read { db in
            var rows: [(number: Int64, relation: Relation, direction: Direction, other: String, first: Int64)] = []
            let sides: [(Direction, String, String)] = [(.outgoing, "source", "target"), (.incoming, "target", "source")]
            for (side, mine, theirs) in sides where direction == .both || direction == side {
                let found = try Row.fetchAll(db, sql: """
                    SELECT number, source, target, type, \(theirs) AS other, weight, confidence, firstEvidence AS first
                    FROM relation WHERE \(mine) = ?
                    """, arguments: [id])
                for row in found {
                    guard let type = RelationType(rawValue: row["type"]), types.isEmpty || types.contains(type) else { continue }
                    let relation = Relation(
                        source: row["source"], target: row["target"], type: type, weight: row["weight"],
                        confidence: row["confidence"], evidence: [])
                    rows.append((row["number"], relation, side, row["other"], row["first"]))
                }
            }
            let firstEvidence = try Self.evidence(numbered: rows.map(\.first), in: db)
            let others = try Self.summaries(of: Array(Set(rows.map(\.other))), in: db)
            return rows.compactMap { row -> (relation: Relation, direction: Direction, other: Entity)? in
                guard let other = others[row.other] else { return nil }
                var relation = row.relation
                relation.evidence = firstEvidence[row.first].map { [$0] } ?? []
                return (relation, row.direction, other)
            }
            .sorted { ($1.relation.weight, $0.relation.type, $0.other.id) < ($0.relation.weight, $1.relation.type, $1.other.id) }
        }
    }

    /// Every supporting sentence of a relation, in the order they were added.
    public func evidence(of relation: Relation) throws -> [Evidence] {
        try database.read { try Self.evidence(of: relation, in: $0) }
    }

    private static func evidence(of relation: Relation, in db: Database) throws -> [Evidence] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT evidence.document, evidence.sentence, evidence.modality FROM evidence JOIN relation ON relation.number = evidence.relation
            WHERE relation.source = ? AND relation.type = ? AND relation.target = ? ORDER BY evidence.number
            """), arguments: [relation.source, relation.type.rawValue, relation.target])
            .map(Self.evidence)
    }

    /// An evidence row; a modality this version does not know reads as asserted.
    private static func evidence(_ row: Row) -> Evidence {
        Evidence(
            document: row["document"], sentence: row["sentence"],
            modality: Modality(rawValue: row["modality"] ?? "") ?? .asserted)
    }

    private static func evidence(numbered numbers: [Int64], in db: Database) throws -> [Int64: Evidence] {
        var result: [Int64: Evidence] = [:]
        try forEachChunk(of: numbers) { marks, arguments in
            for row in try Row.fetchAll(db, sql: "SELECT number, document, sentence, modality FROM evidence WHERE number IN (\(marks))",
                                        arguments: arguments) {
                result[row["number"]] = Self.evidence(row)
            }
        }
        return result
    }

    /// Entities with their mention totals but without aliases or documents:
    /// what a list of neighbours shows.
    private static func summaries(of ids: [String], in db: Database) throws -> [String: Entity] {
        var result: [String: Entity] = [:]
        try forEachChunk(of: ids) { marks, arguments in
            for row in try Row.fetchAll(
                db, sql: "SELECT id, name, kind, mentions FROM entity WHERE id IN (\(marks))", arguments: arguments) {
                let id: String = row["id"]
                result[id] = Entity(id: id, name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .organization,
                                    mentions: row["mentions"])
            }
        }
        return result
    }

    public func entity(summary id: String) throws -> Entity? {
        try database.read { try Self.entity(id, in: $0) }
    }

    public func counts() throws -> StoreCounts {
        try database.read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            var kinds: [EntityKind: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS count FROM entity GROUP BY kind") {
                if let kind = EntityKind(rawValue: row["kind"]) { kinds[kind] = row["count"] }
            }
            var types: [RelationType: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) AS count FROM relation GROUP BY type") {
                if let type = RelationType(rawValue: row["type"]) { types[type] = row["count"] }
            }
            let strongest = try Row.fetchAll(db, sql: """
                SELECT entity, SUM(weight) AS strength FROM (
                    SELECT source AS entity, weight FROM relation UNION ALL SELECT target AS entity, weight FROM relation)
                GROUP BY entity ORDER BY strength DESC, entity LIMIT 10
                """)
            let central = try strongest.compactMap { row -> (Entity, Int)? in
                try Self.entity(row["entity"], in: db).map { ($0, row["strength"]) }
            }
            return StoreCounts(documents: documents, entitiesByKind: kinds, relationsByType: types, central: central)
        }
    }

    static func entity(_ id: String, in db: Database) throws -> Entity? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, kind FROM entity WHERE id = ?"), arguments: [id])
        else { return nil }
        let name: String = row["name"]
        let mentionRows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT document, count, forms FROM mention WHERE entity = ?"), arguments: [id])
        let forms = Set(mentionRows.flatMap { StoreSchema.unpack($0["forms"]) })
        return Entity(
            id: id, name: name, kind: EntityKind(rawValue: row["kind"]) ?? .organization,
            aliases: forms.subtracting([name]).sorted(),
            documents: mentionRows.map { $0["document"] as String }.sorted(),
            mentions: mentionRows.map { $0["count"] as Int }.reduce(0, +))
    }
}
