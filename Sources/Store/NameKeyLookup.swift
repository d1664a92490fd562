import GRDB
import NewsGraphCore

/// The distinct entities answering to a name key. A name like an outlet's or
/// a capital's has a row for every document that mentions it, so the lookup
/// steps from one entity to the next through the `(key, kind, entity)` index
/// instead of reading those rows.
struct NameKeyLookup {
    private let next: RowStatement

    init(_ db: Database) throws {
        next = try RowStatement(db, sql: "SELECT MIN(entity) FROM name_key WHERE key = ? AND kind = ? AND entity > ?")
    }

    /// At most `limit` entities of `kind` answering to `key`, in id order.
    func entities(key: String, kind: EntityKind, limit: Int = .max) throws -> [String] {
        var found: [String] = []
        var after = ""
        while found.count < limit, let entity = try next.text(.text(key), .text(kind.rawValue), .text(after)) {
            found.append(entity)
            after = entity
        }
        return found
    }

    /// Entities of any kind answering to `key`.
    func entities(key: String) throws -> [String] {
        try EntityKind.allCases.flatMap { try entities(key: key, kind: $0) }.sorted()
    }
}
