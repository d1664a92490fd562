import GRDB

/// The store's tables, created and upgraded by numbered migrations. Plain
/// SQL, so the same schema serves PostgreSQL. The references are declared
/// for whoever reads the schema; ``SQLiteStore`` does not have SQLite
/// enforce them.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    path TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    date TEXT,
                    contentHash TEXT NOT NULL
                );
                CREATE TABLE entity (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL
                );
                -- How often a document mentions an entity.
                CREATE TABLE mention (
                    entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (entity, document)
                );
                CREATE INDEX mention_document ON mention(document);
                -- Surface forms as written, shown as aliases.
                CREATE TABLE surface (
                    entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    form TEXT NOT NULL,
                    PRIMARY KEY (entity, document, form)
                );
                CREATE INDEX surface_document ON surface(document);
                -- Normalized names an entity answers to (forms and, for people, surnames).
                CREATE TABLE name_key (
                    entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (entity, document, key)
                );
                CREATE INDEX name_key_lookup ON name_key(key, kind);
                CREATE INDEX name_key_document ON name_key(document);
                -- weight, confidence and firstEvidence summarize the relation's
                -- evidence rows, kept up to date on every add and remove so that
                -- a query never counts evidence.
                CREATE TABLE relation (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    source TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    target TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    weight INTEGER NOT NULL DEFAULT 0,
                    confidence REAL NOT NULL DEFAULT 0,
                    firstEvidence INTEGER,
                    UNIQUE (source, type, target)
                );
                CREATE INDEX relation_target ON relation(target);
                CREATE TABLE evidence (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    relation INTEGER NOT NULL REFERENCES relation(number) ON DELETE CASCADE,
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sentence TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    UNIQUE (relation, document, sentence)
                );
                CREATE INDEX evidence_document ON evidence(document);
                """)
        }
        migrator.registerMigration("v2") { db in
            // Entity last in the key lets a lookup step from one entity of a
            // name to the next instead of reading every document's row.
            try db.execute(sql: """
                DROP INDEX name_key_lookup;
                CREATE INDEX name_key_lookup ON name_key(key, kind, entity);
                """)
        }
        migrator.registerMigration("v3") { db in
            // Graph schema 2: each evidence sentence says how it puts the act.
            try db.execute(sql: "ALTER TABLE evidence ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted'")
        }
        migrator.registerMigration("v4", migrate: packNamesIntoMentions)
        migrator.registerMigration("v5") { db in
            // Only a removal looks rows up by their document, and a document
            // can say which rows are its own: the entities it mentions, and
            // its evidence, which a batch writes in one run of numbers. The
            // two indexes on documents were a sixteenth of `add`'s time.
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN entities TEXT NOT NULL DEFAULT '';
                ALTER TABLE document ADD COLUMN firstEvidence INTEGER;
                ALTER TABLE document ADD COLUMN lastEvidence INTEGER;
                UPDATE document SET
                    entities = COALESCE((SELECT group_concat(entity, char(31)) FROM (SELECT entity FROM mention
                        WHERE mention.document = document.id ORDER BY entity)), ''),
                    firstEvidence = (SELECT MIN(number) FROM evidence WHERE evidence.document = document.id),
                    lastEvidence = (SELECT MAX(number) FROM evidence WHERE evidence.document = document.id);
                DROP INDEX mention_document;
                DROP INDEX evidence_document;
                """)
        }
        return migrator
    }

    /// Separates the surface forms and name keys packed into one mention row
    /// (ASCII's unit separator, char(31) in SQL).
    static let packedSeparator: Character = "\u{1F}"

    /// `values` as one column; a value's own separators, which no real name
    /// has, are dropped so that it cannot split in two.
    static func pack(_ values: some Sequence<String>) -> String {
        values.map { $0.utf8.contains(0x1F) ? $0.filter { $0 != packedSeparator } : $0 }
            .sorted().joined(separator: String(packedSeparator))
    }

    /// The name keys a mention row packs and `name_key` counts, so that a
    /// removal counts down exactly what was counted up: the separator would
    /// split a key in two, and an empty key names nothing.
    static func storedKeys(_ keys: Set<String>) -> Set<String> {
        Set(keys.lazy.map { $0.utf8.contains(0x1F) ? $0.filter { $0 != packedSeparator } : $0 }.filter { !$0.isEmpty })
    }

    /// The values ``pack(_:)`` put in one column.
    static func unpack(_ column: String) -> [String] {
        column.split(separator: packedSeparator).map(String.init)
    }

    /// Half of `add`'s store work was one row per surface form and per name
    /// key per document, each in two or three text indexes, and an evidence
    /// index keyed by the whole sentence. Now a mention row carries the
    /// document's forms and keys of its entity; `name_key` has one row per
    /// key and entity, counting the documents that give it (which a removal
    /// counts down, so it needs no key on documents); and evidence is kept
    /// distinct by the merge, which sees every sentence of a document at once.
    /// An entity keeps its mention total: a hub's neighbours were summed
    /// over a row per document for each of them.
    private static func packNamesIntoMentions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE mention_v4 (
                entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                count INTEGER NOT NULL,
                forms TEXT NOT NULL,
                keys TEXT NOT NULL,
                PRIMARY KEY (entity, document)
            );
            INSERT INTO mention_v4 SELECT mention.entity, mention.document, mention.count,
                COALESCE((SELECT group_concat(form, char(31)) FROM (SELECT form FROM surface
                    WHERE surface.entity = mention.entity AND surface.document = mention.document ORDER BY form)), ''),
                COALESCE((SELECT group_concat(key, char(31)) FROM (SELECT key FROM name_key
                    WHERE name_key.entity = mention.entity AND name_key.document = mention.document
                        AND key <> '' AND instr(key, char(31)) = 0 ORDER BY key)), '')
                FROM mention;
            CREATE TABLE name_key_v4 (
                key TEXT NOT NULL,
                kind TEXT NOT NULL,
                entity TEXT NOT NULL,
                documents INTEGER NOT NULL,
                PRIMARY KEY (key, kind, entity)
            ) WITHOUT ROWID;
            INSERT INTO name_key_v4 SELECT key, kind, entity, COUNT(*) FROM name_key
                WHERE key <> '' AND instr(key, char(31)) = 0 GROUP BY key, kind, entity;
            CREATE TABLE evidence_v4 (
                number INTEGER PRIMARY KEY AUTOINCREMENT,
                relation INTEGER NOT NULL REFERENCES relation(number) ON DELETE CASCADE,
                document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                sentence TEXT NOT NULL,
                confidence REAL NOT NULL,
                modality TEXT NOT NULL DEFAULT 'asserted'
            );
            INSERT INTO evidence_v4 SELECT number, relation, document, sentence, confidence, modality FROM evidence;
            DROP TABLE surface;
            DROP TABLE name_key;
            DROP TABLE mention;
            DROP TABLE evidence;
            ALTER TABLE mention_v4 RENAME TO mention;
            ALTER TABLE name_key_v4 RENAME TO name_key;
            ALTER TABLE evidence_v4 RENAME TO evidence;
            CREATE INDEX mention_document ON mention(document);
            CREATE INDEX evidence_relation ON evidence(relation);
            CREATE INDEX evidence_document ON evidence(document);
            ALTER TABLE entity ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
            UPDATE entity SET mentions = (SELECT COALESCE(SUM(count), 0) FROM mention WHERE mention.entity = entity.id);
            """)
    }
}
