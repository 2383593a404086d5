import Foundation
import GRDB
import GRDBSQLite

/// Places a package's payload, a database image in memory, as the schema `pkg` of the
/// importing connection (SQLite's `sqlite3_deserialize`), in place of the one before. No
/// file is written and read back, and, unlike a DETACH and an ATTACH, it does not make
/// SQLite recompile every statement of the connection. Not flagged read-only, since a
/// write transaction (`BEGIN IMMEDIATE`) locks every attached schema for writing; nothing
/// ever writes to it, and a write could only grow the copy in memory, never a file.
enum PackagePayloadSlot {
    /// Replaces the payload attached as `pkg` by `payload`; throws when SQLite refuses it.
    static func place(_ payload: Data, _ db: Database) throws {
        let size = max(payload.count, 1)
        // SQLite takes the buffer (FREEONCLOSE): it is freed when the next payload replaces
        // it, when `pkg` is detached, or by SQLite itself when it refuses the image.
        guard let buffer = sqlite3_malloc64(UInt64(size))?.assumingMemoryBound(to: UInt8.self) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM)
        }
        buffer.initialize(repeating: 0, count: size)
        payload.copyBytes(to: buffer, count: payload.count)
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE)
        let code = sqlite3_deserialize(db.sqliteConnection, "pkg", buffer, Int64(payload.count), Int64(size), flags)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }
}
