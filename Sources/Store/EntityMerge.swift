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

    func run() throws {
        let ordered = GraphMerger.fullestNamesFirst(documents)
        var entityOf: [LocalName: String] = [:]
        let lookup = try NameKeyLookup(db)
        let addMention = try db.makeStatement(sql: """
            INSERT INTO mention (entity, document, count) VALUES (?, ?, ?)
            ON CONFLICT (entity, document) DO UPDATE SET count = count + excluded.count
            """)
        let addSurface = try db.makeStatement(sql: "INSERT OR IGNORE INTO surface (entity, document, form) VALUES (?, ?, ?)")
        let addKey = try db.makeStatement(sql: "INSERT OR IGNORE INTO name_key (entity, document, key, kind) VALUES (?, ?, ?, ?)")

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
            try addMention.execute(arguments: [id, document, entity.mentions])
            for form in entity.surfaceForms {
                try addSurface.execute(arguments: [id, document, form])
            }
            for key in entity.nameKeys {
                try addKey.execute(arguments: [id, document, key, entity.kind.rawValue])
                // What the index now answers for the key, if this batch has asked it.
                let kinded = KindedKey(key: key, kind: entity.kind)
                if let known = answering[kinded], !known.contains(id), known.count < 2 {
                    answering[kinded] = (known + [id]).sorted()
                }
            }
        }

        let addRelation = try db.makeStatement(sql: "INSERT OR IGNORE INTO relation (source, type, target) VALUES (?, ?, ?)")
        let findRelation = try db.makeStatement(sql: "SELECT number FROM relation WHERE source = ? AND type = ? AND target = ?")
        let addEvidence = try db.makeStatement(sql: "INSERT OR IGNORE INTO evidence (relation, document, sentence, confidence, modality) VALUES (?, ?, ?, ?, ?)")
        let countEvidence = try db.makeStatement(sql: """
            UPDATE relation SET weight = weight + 1, confidence = MAX(confidence, ?), firstEvidence = COALESCE(firstEvidence, ?)
            WHERE number = ?
            """)
        var numbers: [RelationKey: Int64] = [:]
        for (index, extraction) in documents.enumerated() {
            for relation in extraction.relations {
                guard let source = entityOf[LocalName(document: index, name: relation.source)],
                      let target = entityOf[LocalName(document: index, name: relation.target)], source != target
                else { continue }
                let key = RelationKey(source: source, target: target, type: relation.type)
                if numbers[key] == nil {
                    try addRelation.execute(arguments: [source, relation.type.rawValue, target])
                    numbers[key] = try Int64.fetchOne(findRelation, arguments: [source, relation.type.rawValue, target])
                }
                guard let number = numbers[key] else { continue }
                try addEvidence.execute(arguments: [number, ids[index], relation.sentence, relation.confidence, relation.modality.rawValue])
                if db.changesCount > 0 {
                    try countEvidence.execute(arguments: [relation.confidence, db.lastInsertedRowID, number])
                }
            }
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
        try db.cachedStatement(sql: "INSERT INTO entity (id, name, kind) VALUES (?, ?, ?)")
            .execute(arguments: [id, entity.name, entity.kind.rawValue])
        return id
    }

    private func exists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?"), arguments: [id]) != nil
    }

    private typealias LocalName = GraphMerger.LocalName
    private typealias RelationKey = GraphMerger.RelationKey

    private struct KindedKey: Hashable {
        var key: String
        var kind: EntityKind
    }
}
