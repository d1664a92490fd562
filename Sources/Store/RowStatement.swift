import GRDB
import GRDBSQLite

/// A value bound to one parameter of a ``RowStatement``.
enum RowValue {
    case text(String)
    case integer(Int64)
    case real(Double)
    case null
}

/// A prepared statement run once per row through SQLite's C API. A batch
/// writes hundreds of thousands of rows; GRDB's `execute(arguments:)` boxes
/// every value and checks the arguments on each call, which cost as much as
/// SQLite's own work.
struct RowStatement {
    /// Owns the SQLite statement, which lives as long as this does.
    private let statement: Statement
    private let sql: String

    /// Prepares `sql` on `db`; the statement may run only inside that connection's access.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        self.sql = sql
    }

    /// Runs the statement with `values` bound in order.
    func run(_ values: RowValue...) throws {
        try bind(values)
        defer { sqlite3_reset(statement.sqliteStatement) }
        try check(sqlite3_step(statement.sqliteStatement), accepting: SQLITE_DONE)
    }

    /// The first column of the first row the statement returns for `values`, as an integer.
    func integer(_ values: RowValue...) throws -> Int64? {
        try firstColumn(values) { sqlite3_column_int64($0, 0) }
    }

    /// The first column of the first row the statement returns for `values`, as text.
    func text(_ values: RowValue...) throws -> String? {
        try firstColumn(values) { sqlite3_column_text($0, 0).map { String(cString: $0) } } ?? nil
    }

    /// The first column of every row the statement returns for `values`, as text; NULLs left out.
    func texts(_ values: RowValue...) throws -> [String] {
        try bind(values)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var texts: [String] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return texts }
            try check(code, accepting: SQLITE_ROW)
            if let text = sqlite3_column_text(handle, 0) { texts.append(String(cString: text)) }
        }
    }

    /// The first column of the first row, read by `read`; nil for no row or NULL.
    private func firstColumn<Value>(_ values: [RowValue], _ read: (OpaquePointer) -> Value) throws -> Value? {
        try bind(values)
        defer { sqlite3_reset(statement.sqliteStatement) }
        let code = sqlite3_step(statement.sqliteStatement)
        if code == SQLITE_DONE { return nil }
        try check(code, accepting: SQLITE_ROW)
        if sqlite3_column_type(statement.sqliteStatement, 0) == SQLITE_NULL { return nil }
        return read(statement.sqliteStatement)
    }

    /// Binds every parameter: SQLite keeps a binding across runs, so a missing
    /// value would silently repeat the last row's.
    private func bind(_ values: [RowValue]) throws {
        let handle = statement.sqliteStatement
        precondition(values.count == Int(sqlite3_bind_parameter_count(handle)), "\(values.count) values for: \(sql)")
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, Self.transient)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .null: code = sqlite3_bind_null(handle, index)
            }
            try check(code, accepting: SQLITE_OK)
        }
    }

    private func check(_ code: Int32, accepting expected: Int32) throws {
        guard code != expected else { return }
        let message = sqlite3_db_handle(statement.sqliteStatement).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// SQLITE_TRANSIENT, which Swift cannot import: SQLite copies the text before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
