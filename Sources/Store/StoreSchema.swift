import GRDB

/// The store's tables, created and upgraded by numbered migrations. Plain
/// SQL, so the same schema serves PostgreSQL.
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
        return migrator
    }
}
