import GRDB

/// The temporary tables an import run stages packages in: for each carried table its staged
/// rows (`stage_*`), the translation of its package ids to this database's (`map_*`) and the
/// rows the package's plans already have here (`scope_*`). Created once per run and emptied
/// per package: creating or dropping a table makes GRDB forget every cached statement, and
/// the import's statements are compiled once per run, not once per package.
enum PackageStaging {
    static func stage(_ table: String) -> String { "temp.\"stage_\(table)\"" }
    static func map(_ table: String) -> String { "temp.\"map_\(table)\"" }
    static func scope(_ table: String) -> String { "temp.\"scope_\(table)\"" }

    /// Whether the table's rows have an `id` (referenced by other rows, translated on import).
    static func hasID(_ table: String) -> Bool { PackagePayload.columns[table]?.contains("id") == true }

    /// The columns staged besides the bookkeeping ones: all but `id`.
    static func data(_ table: String) -> [String] { (PackagePayload.columns[table] ?? []).filter { $0 != "id" } }

    private static var tables: [String] {
        ["scope_plan"] + PackageTables.all.flatMap { table -> [String] in
            let name = table.name
            guard hasID(name) else { return ["stage_" + name] }
            return ["stage_" + name, "map_" + name] + (table.owner != nil ? ["scope_" + name] : [])
        }
    }

    /// Creates the tables, empty. The staged columns take the affinity of the table's own
    /// columns, so that comparing a staged row with a stored one compares like with like.
    static func create(_ db: Database) throws {
        try db.execute(sql: "CREATE TEMP TABLE \"scope_plan\" (id INTEGER PRIMARY KEY)")
        for table in PackageTables.all {
            let name = table.name
            let columns = data(name).map { "\"\($0)\"" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TEMP TABLE "stage_\(name)" AS SELECT NULL AS _pkg_id, NULL AS _local_id, 0 AS _matched, 0 AS _changed, \(columns)
                FROM main."\(name)" WHERE 0
                """)
            guard hasID(name) else { continue }
            try db.execute(sql: "CREATE TEMP TABLE \"map_\(name)\" (pkg_id INTEGER PRIMARY KEY, local_id INTEGER NOT NULL)")
            if table.owner != nil { try db.execute(sql: "CREATE TEMP TABLE \"scope_\(name)\" (id INTEGER PRIMARY KEY)") }
        }
    }

    /// Empties every table, before a package is staged.
    static func clear(_ db: Database) throws {
        for table in tables { try db.cachedStatement(sql: "DELETE FROM temp.\"\(table)\"").execute() }
    }

    /// Drops every table, at the end of the run.
    static func drop(_ db: Database) throws {
        for table in tables { try db.execute(sql: "DROP TABLE IF EXISTS temp.\"\(table)\"") }
    }
}
