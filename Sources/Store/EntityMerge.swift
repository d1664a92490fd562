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
        let (entityOf, entitiesOfDocument) = try mergeEntities()
        let evidenceOfDocument = try mergeRelations(entityOf)
        // What a removal of each document will look up: its entities and its run of evidence.
        let recordRows = try RowStatement(db, sql: "UPDATE document SET entities = ?, firstEvidence = ?, lastEvidence = ? WHERE id = ?")
        for (index, id) in ids.enumerated() {
            let evidence = evidenceOfDocument[index]
            try recordRows.run(
                .text(StoreSchema.pack(entitiesOfDocument[index])), evidence.map { .integer($0.lowerBound) } ?? .null,
                evidence.map { .integer($0.upperBound) } ?? .null, .text(id))
        }
    }

    /// Finds or makes the stored entity of each document's entity and writes
    /// their mentions and name keys; returns the stored id of each, and the
    /// stored entities of each document.
    private func mergeEntities() throws -> (entityOf: [LocalName: String], entitiesOfDocument: [Set<String>]) {
        // Sized for the batch up front: growing them a step at a time was a
        // tenth of the merge.
        let entityCount = documents.reduce(0) { $0 + $1.entities.count }
        var entityOf: [LocalName: String] = Dictionary(minimumCapacity: entityCount)
        let lookup = try NameKeyLookup(db)
        // The entities each name key answers to, as far as this batch has
        // asked: a batch names "Mexico" in most of its documents, and one
        // look-up of the index serves them all.
        var answering: [KindedKey: [String]] = Dictionary(minimumCapacity: entityCount)
        // Keys this batch gives, written to the index only at the end.
        var givenKeys: [KindedKey: Set<String>] = Dictionary(minimumCapacity: entityCount * 2)
        var mentions: [MentionKey: MentionRow] = Dictionary(minimumCapacity: entityCount)
        for (index, entity) in GraphMerger.fullestNamesFirst(documents) {
            let nameKey = KindedKey(key: NameKey.normalize(entity.name), kind: entity.kind)
            // Two entities are enough to know a name is ambiguous; common surnames have thousands.
            let candidates = try answering[nameKey] ?? Array(
                Set(lookup.entities(key: nameKey.key, kind: entity.kind, limit: 2)).union(givenKeys[nameKey] ?? []).sorted().prefix(2))
            answering[nameKey] = candidates
            let id = candidates.count == 1 ? candidates[0] : try newEntity(entity)
            entityOf[LocalName(document: index, name: entity.name)] = id
            let keys = StoreSchema.storedKeys(entity.nameKeys)
            mentions[MentionKey(entity: id, document: index), default: MentionRow(kind: entity.kind)].add(entity, keys: keys)
            for key in keys {
                let kinded = KindedKey(key: key, kind: entity.kind)
                givenKeys[kinded, default: []].insert(id)
                // What the index now answers for the key, if this batch has asked it.
                if let known = answering[kinded], !known.contains(id), known.count < 2 {
                    answering[kinded] = (known + [id]).sorted()
                }
            }
        }

        let addMention = try RowStatement(db, sql: "INSERT INTO mention (entity, document, count, forms, keys) VALUES (?, ?, ?, ?, ?)")
        var documentsGiving: [NameKeyRow: Int64] = Dictionary(minimumCapacity: entityCount * 2)
        var mentionTotals: [String: Int64] = [:]
        var entitiesOfDocument = [Set<String>](repeating: [], count: documents.count)
        for (mention, row) in mentions.sorted(by: { ($0.key.entity, $0.key.document) < ($1.key.entity, $1.key.document) }) {
            entitiesOfDocument[mention.document].insert(mention.entity)
            try addMention.run(
                .text(mention.entity), .text(ids[mention.document]), .integer(row.count),
                .text(StoreSchema.pack(row.forms)), .text(StoreSchema.pack(row.keys)))
            mentionTotals[mention.entity, default: 0] += row.count
            for key in row.keys {
                documentsGiving[NameKeyRow(key: key, kind: row.kind.rawValue, entity: mention.entity), default: 0] += 1
            }
        }
        let addMentions = try RowStatement(db, sql: "UPDATE entity SET mentions = mentions + ? WHERE id = ?")
        for (entity, total) in mentionTotals.sorted(by: { $0.key < $1.key }) {
            try addMentions.run(.integer(total), .text(entity))
        }
        let addKey = try RowStatement(db, sql: """
            INSERT INTO name_key (key, kind, entity, documents) VALUES (?, ?, ?, ?)
            ON CONFLICT (key, kind, entity) DO UPDATE SET documents = documents + excluded.documents
            """)
        // In key order, so that each page of the index is visited once.
        for (row, count) in documentsGiving.sorted(by: { ($0.key.key, $0.key.kind, $0.key.entity) < ($1.key.key, $1.key.kind, $1.key.entity) }) {
            try addKey.run(.text(row.key), .text(row.kind), .text(row.entity), .integer(count))
        }
        return (entityOf, entitiesOfDocument)
    }

    /// Writes the relations and their evidence; returns the numbers of each
    /// document's evidence rows, one run since a document's are written together.
    private func mergeRelations(_ entityOf: [LocalName: String]) throws -> [ClosedRange<Int64>?] {
        let findRelation = try RowStatement(db, sql: "SELECT number FROM relation WHERE source = ? AND type = ? AND target = ?")
        let addRelation = try RowStatement(db, sql: "INSERT INTO relation (source, type, target) VALUES (?, ?, ?)")
        let addEvidence = try RowStatement(db, sql: """
            INSERT INTO evidence (relation, document, sentence, confidence, modality) VALUES (?, ?, ?, ?, ?)
            """)
        let relationCount = documents.reduce(0) { $0 + $1.relations.count }
        var numbers: [RelationKey: Int64] = Dictionary(minimumCapacity: relationCount)
        // Every document of the batch is new to the store, so a sentence can
        // repeat only within the batch.
        var written = Set<EvidenceKey>(minimumCapacity: relationCount)
        // What the batch adds to each relation's summary, written once per relation at the end.
        var added: [Int64: EvidenceSummary] = [:]
        var evidenceOfDocument = [ClosedRange<Int64>?](repeating: nil, count: documents.count)
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
                guard written.insert(EvidenceKey(relation: number, document: index, sentence: relation.sentence)).inserted else { continue }
                try addEvidence.run(
                    .integer(number), .text(ids[index]), .text(relation.sentence), .real(relation.confidence),
                    .text(relation.modality.rawValue))
                let row = db.lastInsertedRowID
                added[number, default: EvidenceSummary(firstEvidence: row)].add(confidence: relation.confidence)
                evidenceOfDocument[index] = (evidenceOfDocument[index]?.lowerBound ?? row)...row
            }
        }
        let summarize = try RowStatement(db, sql: """
            UPDATE relation SET weight = weight + ?, confidence = MAX(confidence, ?), firstEvidence = COALESCE(firstEvidence, ?)
            WHERE number = ?
            """)
        for (number, summary) in added {
            try summarize.run(.integer(summary.weight), .real(summary.confidence), .integer(summary.firstEvidence), .integer(number))
        }
        return evidenceOfDocument
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
        var id = EntityID.slug(entity.name)
        if try exists(id) {
            id += "_\(entity.kind.rawValue)"
            if try exists(id) {
                let base = id
                let taken = try String.fetchAll(
                    db.cachedStatement(sql: "SELECT id FROM entity WHERE id > ? AND id < ?"), arguments: [base + "_", base + "_:"])
                let highest = taken.compactMap { Int($0.dropFirst(base.count + 1)) }.max() ?? 1
                id = "\(base)_\(highest + 1)"
            }
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

    /// A stored entity in one document of the batch (by its index).
    private struct MentionKey: Hashable {
        var entity: String
        var document: Int
    }

    /// What a document says of one stored entity: several of its entities may be one stored entity.
    private struct MentionRow {
        let kind: EntityKind
        var count: Int64 = 0
        var forms: Set<String> = []
        var keys: Set<String> = []

        mutating func add(_ entity: ExtractedEntity, keys entityKeys: Set<String>) {
            count += Int64(entity.mentions)
            forms.formUnion(entity.surfaceForms)
            keys.formUnion(entityKeys)
        }
    }

    private struct NameKeyRow: Hashable {
        var key: String
        var kind: String
        var entity: String
    }

    private struct EvidenceKey: Hashable {
        var relation: Int64
        var document: Int
        var sentence: String
    }
}
