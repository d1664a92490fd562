import GRDB
@testable import Store
import Testing

@Suite struct RowStatementTests {
    @Test func bindsEachKindOfValueAndReadsItBack() throws {
        let database = try DatabaseQueue()
        try database.write { db in
            try db.execute(sql: "CREATE TABLE row (name TEXT NOT NULL UNIQUE, count INTEGER, score REAL, note TEXT)")
            let add = try RowStatement(db, sql: "INSERT INTO row (name, count, score, note) VALUES (?, ?, ?, ?)")
            try add.run(.text("Zoë’s"), .integer(3), .real(0.25), .null)
            try add.run(.text("second"), .integer(-1), .real(1), .text("kept"))
            #expect(try RowStatement(db, sql: "SELECT count FROM row WHERE name = ?").integer(.text("Zoë’s")) == 3)
            #expect(try RowStatement(db, sql: "SELECT name FROM row WHERE count = ?").text(.integer(-1)) == "second")
            #expect(try RowStatement(db, sql: "SELECT name FROM row WHERE count = ?").text(.integer(7)) == nil)
            let names = try RowStatement(db, sql: "SELECT name FROM row WHERE count < ? ORDER BY name")
            #expect(try names.texts(.integer(10)) == ["Zoë’s", "second"].sorted())
            #expect(try names.texts(.integer(0)) == ["second"])
            #expect(try names.texts(.integer(-5)).isEmpty)
            let row = try Row.fetchOne(db, sql: "SELECT score, note FROM row WHERE name = 'Zoë’s'")
            #expect(row?["score"] == 0.25)
            #expect((row?["note"] as String?) == nil)
        }
    }

    @Test func aFailedStepThrowsSQLitesErrorAndTheStatementRunsAgain() throws {
        let database = try DatabaseQueue()
        try database.write { db in
            try db.execute(sql: "CREATE TABLE row (name TEXT NOT NULL UNIQUE)")
            let add = try RowStatement(db, sql: "INSERT INTO row (name) VALUES (?)")
            try add.run(.text("one"))
            #expect {
                try add.run(.text("one"))
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
                    && (error as? DatabaseError)?.message?.contains("UNIQUE") == true
            }
            try add.run(.text("two"))
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM row") == 2)
        }
    }
}
