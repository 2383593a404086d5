import GRDB

extension PackageMerge {
    /// Gives each agency of the package the set of names its `agency_name` rows hold
    /// (`NameSets`), or none when it holds none, once the agencies are merged; counts the
    /// names added, kept and removed as a table's rows.
    mutating func nameAgencies() throws {
        let agencies = PackageStaging.map("agency")
        var given: [Int64: [(folded: String, compact: String)]] = [:]
        if held[PackageTables.names, default: 0] > 0 {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT m.local_id, p.folded, p.compact FROM \(schema)."agency_name" p JOIN \(agencies) m ON m.pkg_id = p.agency_id
                """))
            while let row = try rows.next() { given[row[0], default: []].append((row[1], row[2])) }
        }
        var before: [Int64: Set<String>] = [:]
        if known {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT n.agency_id, n.folded FROM main.agency_name n WHERE n.agency_id IN (SELECT local_id FROM \(agencies))
                """))
            while let row = try rows.next() { before[row[0], default: []].insert(row[1]) }
        }
        var counts = PackageCounts()
        let sets = NameSets()
        for agency in try Int64.fetchAll(db.cachedStatement(sql: "SELECT local_id FROM \(agencies) ORDER BY local_id")) {
            let names = given[agency] ?? []
            let now = Set(names.map(\.folded))
            let was = before[agency] ?? []
            counts.added += now.subtracting(was).count
            counts.unchanged += now.intersection(was).count
            counts.removed += was.subtracting(now).count
            let set = names.isEmpty ? nil : try sets.id(for: AgencyNames(names), db)
            try db.cachedStatement(sql: "UPDATE main.agency SET name_set = ? WHERE id = ?").execute(arguments: [set, agency])
        }
        self.counts[PackageTables.names] = counts
    }
}
