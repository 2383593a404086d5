import GRDB
import GRDBSQLite

/// The SQL function `bdhvs_bad_text(a, b, …)` an import registers on its connection: the
/// position (from 1) of the first argument that is binary data or text holding a control
/// character other than tab and line breaks (a terminal would obey it), or 0. One call per
/// row of a payload scans each of its texts' bytes once; a GLOB per column did the same
/// scan once per column with the pattern parsed again at every byte (a quarter of an
/// import's instructions).
enum PackageTextCheck {
    static let name = "bdhvs_bad_text"

    /// Registers the function on `db` (deterministic, and callable only from the
    /// statements the import writes: never from a payload's schema).
    static func register(_ db: Database) throws {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY
        let code = sqlite3_create_function_v2(db.sqliteConnection, name, -1, flags, nil, badText, nil, nil, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// Whether a byte of UTF-8 text is a control character a package may not carry: C0
    /// controls (NUL included) but tab, line feed and carriage return, and DEL. Bytes of
    /// multi-byte characters are all 0x80 and above, so none is mistaken for one.
    @inline(__always)
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    private static let badText: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, count, values in
        guard let values else { sqlite3_result_int(context, 0); return }
        for position in 0..<Int(count) {
            let value = values[position]
            switch sqlite3_value_type(value) {
            case SQLITE_BLOB:
                sqlite3_result_int(context, Int32(position + 1))
                return
            case SQLITE_TEXT:
                // The text first, then its length in bytes (SQLite's documented order).
                guard let text = sqlite3_value_text(value) else { continue }
                let length = Int(sqlite3_value_bytes(value))
                for index in 0..<length where isControl(text[index]) {
                    sqlite3_result_int(context, Int32(position + 1))
                    return
                }
            default:
                continue
            }
        }
        sqlite3_result_int(context, 0)
    }
}
