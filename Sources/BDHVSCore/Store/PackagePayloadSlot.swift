import Foundation
import GRDB
import GRDBSQLite

/// Places a package's payload, a database image in memory, as one of the schemas `pkg0` …
/// `pkg9` of the importing connection (SQLite's `sqlite3_deserialize`), in place of the one
/// before. No file is written and read back, and, unlike a DETACH and an ATTACH, it does not
/// make SQLite recompile every statement of the connection. Several slots, since a payload
/// may only be placed while no transaction is open (SQLite refuses a schema in use): the
/// import places up to `count` payloads, then merges them in one transaction. Not flagged
/// read-only, since a write transaction (`BEGIN IMMEDIATE`) locks every attached schema for
/// writing; nothing ever writes to one, and a write could only grow the copy in memory.
enum PackagePayloadSlot {
    /// How many payloads wait to be merged at most: all the schemas SQLite attaches (10).
    /// Ten a batch instead of eight: 8% fewer pages written to the log at 1M tasks (3.69 M
    /// `pwrite` calls instead of 4.01 M), since each commit writes again every page its
    /// batch touched (the ends of the indexes, a tally page per day).
    static let count = 10

    /// The schema name of slot `index`.
    static func name(_ index: Int) -> String { "pkg\(index)" }

    /// Attaches every slot, empty.
    static func attach(_ db: Database) throws {
        for index in 0..<count { try db.execute(sql: "ATTACH DATABASE ':memory:' AS \(name(index))") }
    }

    /// Detaches every slot (those attached).
    static func detach(_ db: Database) {
        for index in 0..<count { try? db.execute(sql: "DETACH DATABASE \(name(index))") }
    }

    /// Replaces the payload attached as `schema` by `payload`; throws when SQLite refuses it.
    static func place(_ payload: Data, in schema: String, _ db: Database) throws {
        let size = max(payload.count, 1)
        // SQLite takes the buffer (FREEONCLOSE): it is freed when the next payload replaces
        // it, when the schema is detached, or by SQLite itself when it refuses the image.
        guard let buffer = sqlite3_malloc64(UInt64(size))?.assumingMemoryBound(to: UInt8.self) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM)
        }
        // Every byte is the payload's (a byte of zero stands for an empty one).
        if payload.isEmpty { buffer.initialize(to: 0) }
        payload.copyBytes(to: buffer, count: payload.count)
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE)
        let code = sqlite3_deserialize(db.sqliteConnection, schema, buffer, Int64(payload.count), Int64(size), flags)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }
}
