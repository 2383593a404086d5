import GRDB

extension PackageMerge {
    /// Inserts every row of `table` of a package none of whose plans is here yet (a
    /// commune's first package): nothing here can match, since every identity but `uid`
    /// holds the row's owner, new with the plan. The package's ids are given this database's
    /// in their order after its largest (the ids the staged merge gives new rows), noted in
    /// `map_*` for the references of the tables after; then the rows go from the payload to
    /// the table in one statement, references translated on the way.
    mutating func insertNew(_ table: PackageTable) throws {
        let name = table.name
        let count = held[name, default: 0]
        counts[name] = PackageCounts(added: count)
        guard count > 0 else { return }
        let data = PackageStaging.data(name)
        let expressions = data.map { column -> String in
            guard let target = table.references[column] else { return payloadValue(name, column) }
            if held[target, default: 0] == 0 { return "NULL" }
            return "(SELECT m.local_id FROM \(PackageStaging.map(target)) m WHERE m.pkg_id = p.\(quoted(column)))"
        }.joined(separator: ", ")
        let list = data.map(quoted).joined(separator: ", ")
        do {
            if PackageStaging.hasID(name) {
                let map = PackageStaging.map(name)
                try execute("""
                    INSERT INTO \(map) (pkg_id, local_id)
                    SELECT p.id, (SELECT COALESCE(MAX(id), 0) FROM main.\(quoted(name))) + ROW_NUMBER() OVER (ORDER BY p.id)
                    FROM \(schema).\(quoted(name)) p
                    """)
                try execute("""
                    INSERT INTO main.\(quoted(name)) (id, \(list))
                    SELECT m.local_id, \(expressions) FROM \(map) m JOIN \(schema).\(quoted(name)) p ON p.id = m.pkg_id ORDER BY m.pkg_id
                    """)
            } else {
                try execute("INSERT INTO main.\(quoted(name)) (\(list)) SELECT \(expressions) FROM \(schema).\(quoted(name)) p")
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE && table.identity == ["uid"] {
            // A package never rewrites another commune's rows, whatever identities it claims.
            if try claimsTakenUID(table) { throw PackageError.badContents(.foreignRow(table: name)) }
            throw error
        }
    }

    /// Whether a row of the payload's `table` carries the `uid` of a row already here.
    private func claimsTakenUID(_ table: PackageTable) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM \(schema).\(quoted(table.name)) p JOIN main.\(quoted(table.name)) t ON t.uid = p.uid)
            """)) ?? false
    }
}
