import GRDB

/// An agency's folded names, each with its compact key, and the key of the set they make
/// (`name_set.names`, see `Migrations.addNameSets`): the names in byte order, each written as
/// its length in characters, a colon and the name, as the migration writes it in SQL.
struct AgencyNames: Sendable {
    let names: [(folded: String, compact: String)]
    let key: String

    init(_ names: [(folded: String, compact: String)]) {
        let sorted = names.sorted { $0.folded.utf8.lexicographicallyPrecedes($1.folded.utf8) }
        self.names = sorted
        key = sorted.map { "\($0.folded.unicodeScalars.count):\($0.folded)" }.joined()
    }
}

/// Finds the row of `name_set` for a set of names, or stores it with its names, within one
/// transaction: the ids it gives out are remembered until it is thrown away, so it must not
/// outlive the transaction (a rolled-back set would be remembered still).
final class NameSets {
    private var ids: [String: Int64] = [:]
    /// Whether the names are inserted as `INSERT OR ROLLBACK` (`RowChunks.run`).
    private let rollingBack: Bool

    init(rollingBack: Bool = false) {
        self.rollingBack = rollingBack
    }

    /// The id of the set of `names`, stored now if no set has them.
    func id(for names: AgencyNames, _ db: Database) throws -> Int64 {
        if let id = ids[names.key] { return id }
        let id: Int64
        if let stored = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM name_set WHERE names = ?"), arguments: [names.key]) {
            id = stored
        } else {
            try db.cachedStatement(sql: "INSERT INTO name_set (names) VALUES (?)").execute(arguments: [names.key])
            id = db.lastInsertedRowID
            try Self.entries.run(db, names.names.map { [id.databaseValue, $0.folded.databaseValue, $0.compact.databaseValue] }, rollingBack: rollingBack)
        }
        ids[names.key] = id
        return id
    }

    static let entries = RowChunks(head: "INSERT INTO name_set_entry (set_id, folded, compact) VALUES", columns: 3)
}
