import GRDB
import NewsGraphCore

/// Merges a batch of documents into the store's entities the way
/// ``GraphMerger`` merges a corpus: fullest names first, an entity joins the
/// one entity of its kind that already answers to its name, else it starts
/// a new one; then relations and their evidence.
struct EntityMerge {
    let db: Database
    let documents: [DocumentExtraction]
    /// The id each document was stored under.
    let ids: [String]
    private let findEntity: RowStatement
    private let addEntity: RowStatement

    /// Prepares the merge of `documents`, stored under `ids`, inside `db`'s write transaction.
    init(db: Database, documents: [DocumentExtraction], ids: [String]) throws {
        self.db = db
        self.documents = documents
        self.ids = ids
        findEntity = try RowStatement(db, sql: "SELECT 1 FROM entity WHERE id = ?")
        addEntity = try RowStatement(db, sql: "INSERT INTO entity (id, name, kind) VALUES (?, ?, ?)")
    }

    func run() throws {
        let ordered = GraphMerger.fullestNamesFirst(documents)
        var entityOf: [LocalName: String] = [:]
        let lookup = try NameKeyLookup(db)
        let addMention = try RowStatement(db, sql: """
            INSERT INTO mention (entity, document, count) VALUES (?, ?, ?)
            ON CONFLICT (entity, document) DO UPDATE SET count = count + excluded.count
            """)
        let addSurface = try RowStatement(db, sql: "INSERT OR IGNORE INTO surface (entity, document, form) VALUES (?, ?, ?)")
        let addKey = try RowStatement(db, sql: "INSERT OR IGNORE INTO name_key (entity, document, key, kind) VALUES (?, ?, ?, ?)")

        // The entities each name key answers to, as far as this batch has
        // asked: a batch names "Mexico" in most of its documents, and one
        // look-up of the index serves them all.
        var answering: [KindedKey: [String]] = [:]
        for (index, entity) in ordered {
            let document = ids[index]
            let nameKey = KindedKey(key: NameKey.normalize(entity.name), kind: entity.kind)
            // Two entities are enough to know a name is ambiguous; common surnames have thousands.
            let candidates = try answering[nameKey] ?? lookup.entities(key: nameKey.key, kind: entity.kind, limit: 2)
            answering[nameKey] = candidates
            let id = candidates.count == 1 ? candidates[0] : try newEntity(entity)
            entityOf[LocalName(document: index, name: entity.name)] = id
            try addMention.run(.text(id), .text(document), .integer(Int64(entity.mentions)))
            for form in entity.surfaceForms {
                try addSurface.run(.text(id), .text(document), .text(form))
            }
            for key in entity.nameKeys {
                try addKey.run(.text(id), .text(document), .text(key), .text(entity.kind.rawValue))
                // What the index now answers for the key, if this batch has asked it.
                let kinded = KindedKey(key: key, kind: entity.kind)
                if let known = answering[kinded], !known.contains(id), known.count < 2 {
                    answering[kinded] = (known + [id]).sorted()
                }
            }
        }

        let findRelation = try RowStatement(db, sql: "SELECT number FROM relation WHERE source = ? AND type = ? AND target = ?")
        let addRelation = try RowStatement(db, sql: "INSERT INTO relation (source, type, target) VALUES (?, ?, ?)")
        let addEvidence = try RowStatement(db, sql: """
            INSERT OR IGNORE INTO evidence (relation, document, sentence, confidence, modality) VALUES (?, ?, ?, ?, ?)
            """)
        var numbers: [RelationKey: Int64] = [:]
        // What the batch adds to each relation's summary, written once per relation at the end.
        var added: [Int64: EvidenceSummary] = [:]
        for (index, extraction) in documents.enumerated() {
            for relation in extraction.relations {
                guard let source = entityOf[LocalName(document: index, name: relation.source)],
                      let target = entityOf[LocalName(document: index, name: relation.target)], source != target
                else { continue }
                let key = RelationKey(source: source, target: target, type: relation.type)
                let number: Int64
                if let known = numbers[key] {
                    number = known
                } else if let stored = try findRelation.integer(.text(source), .text(relation.type.rawValue), .text(target)) {
                    number = stored
                } else {
                    try addRelation.run(.text(source), .text(relation.type.rawValue), .text(target))
                    number = db.lastInsertedRowID
                }
                numbers[key] = number
                try addEvidence.run(
                    .integer(number), .text(ids[index]), .text(relation.sentence), .real(relation.confidence),
                    .text(relation.modality.rawValue))
                if db.changesCount > 0 {
                    added[number, default: EvidenceSummary(firstEvidence: db.lastInsertedRowID)].add(confidence: relation.confidence)
                }
            }
        }
        let summarize = try RowStatement(db, sql: """
            UPDATE relation SET weight = weight + ?, confidence = MAX(confidence, ?), firstEvidence = COALESCE(firstEvidence, ?)
            WHERE number = ?
            """)
        for (number, summary) in added {
            try summarize.run(.integer(summary.weight), .real(summary.confidence), .integer(summary.firstEvidence), .integer(number))
        }
    }

    /// The weight, confidence and first evidence row a batch adds to one relation.
    private struct EvidenceSummary {
        var firstEvidence: Int64
        var weight: Int64 = 0
        var confidence = 0.0

        mutating func add(confidence evidenceConfidence: Double) {
            weight += 1
            confidence = max(confidence, evidenceConfidence)
        }
    }

    /// A new entity under a free id: the name's slug, then with its kind, then
    /// numbered after the highest number taken (counting up from 2 each time
    /// made a corpus with one ambiguous name thousands of times quadratic).
    private func newEntity(_ entity: ExtractedEntity) throws -> String {
        let slug = EntityID.slug(entity.name)
        var id = slug
        if try exists(id) { id += "_\(entity.kind.rawValue)" }
        if try exists(id) {
            let base = id
            let taken = try String.fetchAll(
                db.cachedStatement(sql: "SELECT id FROM entity WHERE id > ? AND id < ?"), arguments: [base + "_", base + "_:"])
            let highest = taken.compactMap { Int($0.dropFirst(base.count + 1)) }.max() ?? 1
            id = "\(base)_\(highest + 1)"
        }
        try addEntity.run(.text(id), .text(entity.name), .text(entity.kind.rawValue))
        return id
    }

    private func exists(_ id: String) throws -> Bool {
        try findEntity.integer(.text(id)) != nil
    }

    private typealias LocalName = GraphMerger.LocalName
    private typealias RelationKey = GraphMerger.RelationKey

    private struct KindedKey: Hashable {
        var key: String
        var kind: EntityKind
    }
}
