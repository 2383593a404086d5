import GRDB

/// How many rows of a package were added, changed, found as they were and removed.
public struct PackageCounts: Sendable, Equatable, Codable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
    }

    static func + (lhs: PackageCounts, rhs: PackageCounts) -> PackageCounts {
        var sum = lhs
        sum.added += rhs.added
        sum.updated += rhs.updated
        sum.unchanged += rhs.unchanged
        sum.removed += rhs.removed
        return sum
    }
}

/// Merges a package placed in a slot (`PackagePayloadSlot`) into the main database,
/// set-based, one table at a time, parents first. When some plan of the package is here
/// already, each table's rows are staged with their references translated to this
/// database's ids (`map_*`), matched on their identity, given new ids when new, then
/// inserted or updated where they differ; rows of the package's plans that the package no
/// longer holds are removed last, children first. When none is (a commune's first package),
/// nothing can match: every row is inserted straight from the payload
/// (`PackageMerge+New`). Runs inside the caller's transaction, in the staging tables of the
/// run (`PackageStaging`), with statements compiled once per run and slot.
struct PackageMerge {
    let db: Database
    /// The schema the payload is placed in.
    let schema: String
    var counts: [String: PackageCounts] = [:]
    /// Whether any plan of the package was here before: if not, nothing here is the
    /// package's yet, and there is nothing to match against or remove.
    let known: Bool
    /// The package's rows per table. A table it holds no row of is not staged, and
    /// references into it are NULL (the payload check made sure no row points into it).
    let held: [String: Int]

    /// One query counting the rows of every carried table of the package in `schema`.
    private static func countingSQL(_ schema: String) -> String {
        "SELECT " + PackageTables.all.map { "(SELECT COUNT(*) FROM \(schema).\"\($0.name)\")" }.joined(separator: ", ")
    }

    /// Merges every carried table of the payload in `schema`; the counts per table, and
    /// what the merge changes in the status tallies (`PackageTallyChange`). `counted` is
    /// what the payload adds to them as its commune's first package, when counted ahead:
    /// used when none of its plans was here, instead of reading the merged tasks back.
    static func run(_ db: Database, schema: String, counted: PackagePayloadTally? = nil) throws
        -> (counts: [String: PackageCounts], tally: PackageTallyChange) {
        try PackageStaging.clear(db)
        try db.cachedStatement(sql: "INSERT INTO temp.scope_plan SELECT id FROM main.plan WHERE key IN (SELECT key FROM \(schema).plan)").execute()
        let known = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM temp.scope_plan)")) ?? false
        let names = PackageTables.all.map(\.name)
        let row = try Row.fetchOne(db.cachedStatement(sql: countingSQL(schema)))
        let held = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, (row?[$0.offset] as Int?) ?? 0) })
        var merge = PackageMerge(db: db, schema: schema, known: known, held: held)
        // The status tallies are derived, not carried: what the package's plans counted for
        // before the merge is taken away, what their merged tasks count for is added.
        let plans = "t.plan_id IN (SELECT id FROM main.plan WHERE key IN (SELECT key FROM \(schema).plan))"
        let before = known ? try StatusFacts.fetch(db, where: plans, arguments: []) : []
        if known {
            for table in PackageTables.merged { try merge.upsert(table) }
            let names = try merge.namesHere()
            for table in PackageTables.merged.reversed() { try merge.removeStale(table) }
            try merge.nameAgencies(before: names)
        } else {
            for table in PackageTables.merged { try merge.insertNew(table) }
            try merge.nameAgencies()
            if let counts = try counted?.counts(db) { return (merge.counts, .counts(counts)) }
        }
        let after = try StatusFacts.fetch(db, where: plans, arguments: [])
        return (merge.counts, .facts(PackageTallyFacts(before: before, after: after)))
    }

    private init(db: Database, schema: String, known: Bool, held: [String: Int]) {
        self.db = db
        self.schema = schema
        self.known = known
        self.held = held
    }

    func quoted(_ name: String) -> String { "\"\(name)\"" }

    /// The payload's `column` of `table` (row `p`) as this database stores it: a commune on
    /// a release before migration v16 sends 'không rõ' for a recorder not known, stored
    /// here as no name, as the migration stored the province's own.
    func payloadValue(_ table: String, _ column: String) -> String {
        let value = "p.\(quoted(column))"
        guard table == "change_log", column == "actor" else { return value }
        return "CASE \(value) WHEN '\(Migrations.unknownRecorderWords)' THEN '' ELSE \(value) END"
    }

    /// Runs one statement, compiled the first time its text is seen on this connection.
    func execute(_ sql: String) throws { try db.cachedStatement(sql: sql).execute() }

    private mutating func upsert(_ table: PackageTable) throws {
        let name = table.name
        let hasID = PackageStaging.hasID(name)
        let data = PackageStaging.data(name)
        let stage = PackageStaging.stage(name)
        let selfReferences = table.references.filter { $0.value == name }.map(\.key).sorted()

        // Rows of this table that the package's plans already have here (for the guard and removal).
        if known, hasID, let owner = table.owner, let ownerTable = table.ownerTable {
            try execute("""
                INSERT INTO \(PackageStaging.scope(name)) SELECT id FROM main.\(quoted(name))
                WHERE \(quoted(owner)) IN (SELECT id FROM \(PackageStaging.scope(ownerTable)))
                """)
        }
        guard held[name, default: 0] > 0 else { counts[name] = PackageCounts(); return }
        let expressions = data.map { column -> String in
            if let target = table.references[column], held[target, default: 0] == 0 { return "NULL" }
            if let target = table.references[column], target != name {
                return "(SELECT m.local_id FROM \(PackageStaging.map(target)) m WHERE m.pkg_id = p.\(quoted(column)))"
            }
            return payloadValue(name, column)
        }
        try execute("""
            INSERT INTO \(stage) (_pkg_id, _local_id, _matched, _changed, \(data.map(quoted).joined(separator: ", ")))
            SELECT \(hasID ? "p.id" : "NULL"), NULL, 0, 0, \(expressions.joined(separator: ", ")) FROM \(schema).\(quoted(name)) p
            """)
        let sameIdentity = table.identity.map { "main.\(quoted(name)).\(quoted($0)) = s.\(quoted($0))" }.joined(separator: " AND ")
        if hasID {
            try execute("""
                UPDATE \(stage) AS s SET _local_id = (SELECT id FROM main.\(quoted(name)) WHERE \(sameIdentity)), _matched = 1
                WHERE EXISTS (SELECT 1 FROM main.\(quoted(name)) WHERE \(sameIdentity))
                """)
            try guardOwnership(table, stage: stage)
            try execute("""
                UPDATE \(stage) SET _local_id = n.base + n.rn FROM (
                    SELECT s.rowid AS r, (SELECT COALESCE(MAX(id), 0) FROM main.\(quoted(name))) AS base,
                        ROW_NUMBER() OVER (ORDER BY s._pkg_id) AS rn
                    FROM \(stage) s WHERE s._matched = 0) AS n
                WHERE \(quoted("stage_" + name)).rowid = n.r
                """)
            try execute("INSERT INTO \(PackageStaging.map(name)) SELECT _pkg_id, _local_id FROM \(stage)")
            for column in selfReferences {
                try execute("""
                    UPDATE \(stage) AS s SET \(quoted(column)) = (SELECT local_id FROM \(PackageStaging.map(name)) WHERE pkg_id = s.\(quoted(column)))
                    WHERE s.\(quoted(column)) IS NOT NULL
                    """)
            }
        } else {
            try execute("UPDATE \(stage) AS s SET _matched = 1 WHERE EXISTS (SELECT 1 FROM main.\(quoted(name)) WHERE \(sameIdentity))")
        }
        let same = data.map { "main.\(quoted(name)).\(quoted($0)) IS s.\(quoted($0))" }.joined(separator: " AND ")
        let row = hasID ? "main.\(quoted(name)).id = s._local_id" : sameIdentity
        try execute("UPDATE \(stage) AS s SET _changed = 1 WHERE _matched = 1 AND NOT EXISTS (SELECT 1 FROM main.\(quoted(name)) WHERE \(row) AND \(same))")

        var tableCounts = PackageCounts()
        let tally = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FILTER (WHERE _matched = 0) AS added, COUNT(*) FILTER (WHERE _changed = 1) AS updated,
                COUNT(*) FILTER (WHERE _matched = 1 AND _changed = 0) AS unchanged FROM \(stage)
            """))
        tableCounts.added = tally?["added"] ?? 0
        tableCounts.updated = tally?["updated"] ?? 0
        tableCounts.unchanged = tally?["unchanged"] ?? 0

        let list = data.map(quoted).joined(separator: ", ")
        if tableCounts.added > 0 {
            try execute(hasID
                ? "INSERT INTO main.\(quoted(name)) (id, \(list)) SELECT _local_id, \(list) FROM \(stage) WHERE _matched = 0 ORDER BY _local_id"
                : "INSERT INTO main.\(quoted(name)) (\(list)) SELECT \(list) FROM \(stage) WHERE _matched = 0")
        }
        let changing = hasID ? data : data.filter { !table.identity.contains($0) }
        if tableCounts.updated > 0, !changing.isEmpty {
            let changingList = changing.map(quoted).joined(separator: ", ")
            let sourceRow = hasID ? "s._local_id = main.\(quoted(name)).id" : sameIdentity
            try execute("""
                UPDATE main.\(quoted(name)) SET (\(changingList)) = (SELECT \(changing.map { "s." + quoted($0) }.joined(separator: ", ")) FROM \(stage) s WHERE \(sourceRow))
                WHERE EXISTS (SELECT 1 FROM \(stage) s WHERE s._changed = 1 AND \(sourceRow))
                """)
        }
        counts[name] = tableCounts
    }

    /// A row matched by `uid` must already be of the package's plans: a package never
    /// rewrites another commune's rows, whatever identities it claims.
    private func guardOwnership(_ table: PackageTable, stage: String) throws {
        guard let owner = table.owner, let ownerTable = table.ownerTable, !table.identity.contains(owner) else { return }
        // Without a plan here before, any row matched at all is another commune's.
        let foreign = !known ? try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(stage) WHERE _matched = 1)")) ?? false
            : try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM \(stage) s JOIN main.\(quoted(table.name)) t ON t.id = s._local_id
                WHERE t.\(quoted(owner)) NOT IN (SELECT id FROM \(PackageStaging.scope(ownerTable))))
            """)) ?? false
        if foreign { throw PackageError.badContents(.foreignRow(table: table.name)) }
    }

    /// Removes the rows of the package's plans that the package does not hold.
    private mutating func removeStale(_ table: PackageTable) throws {
        guard let owner = table.owner, let ownerTable = table.ownerTable else { return }
        let name = table.name
        let stage = PackageStaging.stage(name)
        let staged = held[name, default: 0] > 0
        if PackageStaging.hasID(name) {
            try execute("""
                DELETE FROM main.\(quoted(name)) WHERE id IN (SELECT id FROM \(PackageStaging.scope(name)))
                    \(staged ? "AND id NOT IN (SELECT _local_id FROM \(stage))" : "")
                """)
        } else {
            let sameIdentity = table.identity.map { "main.\(quoted(name)).\(quoted($0)) = s.\(quoted($0))" }.joined(separator: " AND ")
            try execute("""
                DELETE FROM main.\(quoted(name)) WHERE \(quoted(owner)) IN (SELECT id FROM \(PackageStaging.scope(ownerTable)))
                    \(staged ? "AND NOT EXISTS (SELECT 1 FROM \(stage) s WHERE \(sameIdentity))" : "")
                """)
        }
        counts[name, default: PackageCounts()].removed = db.changesCount
    }
}
