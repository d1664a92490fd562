import GRDB
import NewsGraphCore

/// The entities answering to a name key, read from the table's
/// `(key, kind, entity)` key: a caller often needs only the first two.
struct NameKeyLookup {
    private let first: RowStatement

    init(_ db: Database) throws {
        first = try RowStatement(db, sql: "SELECT entity FROM name_key WHERE key = ? AND kind = ? ORDER BY entity LIMIT ?")
    }

    /// At most `limit` entities of `kind` answering to `key`, in id order.
    func entities(key: String, kind: EntityKind, limit: Int = .max) throws -> [String] {
        try first.texts(.text(key), .text(kind.rawValue), .integer(Int64(limit)))
    }

    /// Entities of any kind answering to `key`.
    func entities(key: String) throws -> [String] {
        try EntityKind.allCases.flatMap { try entities(key: key, kind: $0) }.sorted()
    }
}
