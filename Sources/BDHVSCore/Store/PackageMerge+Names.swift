import GRDB

extension PackageMerge {
    /// The folded names of every agency the package's plans have here, by row id: read
    /// once the agencies are matched and before the merge removes those the package no
    /// longer holds, whose names go with them (`nameAgencies` counts them as removed).
    func namesHere() throws -> [Int64: Set<String>] {
        var here: [Int64: Set<String>] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT n.agency_id, n.folded FROM main.agency_name n WHERE n.agency_id IN (SELECT id FROM \(PackageStaging.scope("agency")))
            """))
        while let row = try rows.next() { here[row[0], default: []].insert(row[1]) }
        return here
    }

    /// Gives each agency of the package the set of names its `agency_name` rows hold
    /// (`NameSets`), or none when it holds none, once the agencies are merged; counts the
    /// names added, kept and removed as a table's rows, against `before` (`namesHere`), the
    /// names of removed agencies included.
    mutating func nameAgencies(before: [Int64: Set<String>] = [:]) throws {
        let agencies = PackageStaging.map("agency")
        var given: [Int64: [(folded: String, compact: String)]] = [:]
        if held[PackageTables.names, default: 0] > 0 {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT m.local_id, p.folded, p.compact FROM \(schema)."agency_name" p JOIN \(agencies) m ON m.pkg_id = p.agency_id
                """))
            while let row = try rows.next() { given[row[0], default: []].append((row[1], row[2])) }
        }
        var counts = PackageCounts()
        let sets = NameSets()
        var named = Set<Int64>()
        for agency in try Int64.fetchAll(db.cachedStatement(sql: "SELECT local_id FROM \(agencies) ORDER BY local_id")) {
            named.insert(agency)
            let names = given[agency] ?? []
            let now = Set(names.map(\.folded))
            let was = before[agency] ?? []
            counts.added += now.subtracting(was).count
            counts.unchanged += now.intersection(was).count
            counts.removed += was.subtracting(now).count
            let set = names.isEmpty ? nil : try sets.id(for: AgencyNames(names), db)
            try db.cachedStatement(sql: "UPDATE main.agency SET name_set = ? WHERE id = ?").execute(arguments: [set, agency])
        }
        // The agencies the package no longer holds are removed, and their names with them.
        for (agency, was) in before where !named.contains(agency) { counts.removed += was.count }
        self.counts[PackageTables.names] = counts
    }
}
