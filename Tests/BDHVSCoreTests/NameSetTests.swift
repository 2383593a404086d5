import Foundation
import GRDB
import GRDBSQLite
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// Agencies' names are stored once per distinct set of names (`name_set`), shared by every
/// agency named alike; `agency_name` is a view with the rows it held before.
@Suite struct NameSetTests {
    static func plan(_ id: String, commune: String, vhxhAlias: String = "Phòng VH-XH") -> String {
        """
        format: 1
        id: \(id)
        title: Kế hoạch của xã \(commune)
        commune: \(commune)
        province: Quảng Ngãi
        year: 2025
        issuer: UBND xã \(commune)
        agencies:
          - {id: ubnd, name: Ủy ban nhân dân xã \(commune), aliases: [UBND xã]}
          - {id: vhxh, name: Phòng Văn hóa - Xã hội, aliases: [\(vhxhAlias), VHXH]}
          - {id: ca, name: Công an xã}
        tasks:
          - {id: nv1, title: Việc một, lead: vhxh, coordinating: [ca], timeline: Tháng 3/2025}
          - {id: nv2, title: Việc hai, lead: ubnd, timeline: Tháng 4/2025}

        """
    }

    static func load(_ store: TaskStore, _ texts: [String]) throws {
        let plans = try texts.enumerated().map { index, text in
            (plan: try #require(PlanLoader.check(text: text, file: "p\(index).yaml").plan), sourcePath: "p\(index).yaml")
        }
        for result in try store.load(batch: plans) { _ = try result.get() }
    }

    static func names(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.key, a.key, n.folded, n.compact FROM agency_name n JOIN agency a ON a.id = n.agency_id
                JOIN plan p ON p.id = a.plan_id ORDER BY 1, 2, 3
                """).map { "\($0[0] as String) \($0[1] as String): \($0[2] as String) / \($0[3] as String)" }
        }
    }

    @Test func agenciesNamedAlikeShareOneSet() throws {
        let store = try TaskStore.inMemory()
        try Self.load(store, [Self.plan("a-2025", commune: "An Phú"), Self.plan("b-2025", commune: "Bình Minh")])
        // Six agencies, four sets: each commune's UBND has its own name, the others are shared.
        let counts = try store.read { db in
            try (Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency")!, Int.fetchOne(db, sql: "SELECT COUNT(*) FROM name_set")!,
                 Int.fetchOne(db, sql: "SELECT COUNT(*) FROM name_set_entry")!, Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency WHERE name_set IS NULL")!)
        }
        #expect([counts.0, counts.1, counts.2, counts.3] as [Int] == [6, 4, 11, 0])
        #expect(try Self.names(store).filter { $0.hasPrefix("a-2025") } == [
            "a-2025 ca: ca / ca", "a-2025 ca: cong an xa / \(Folding.compactKey("cong an xa"))",
            "a-2025 ubnd: ubnd / ubnd", "a-2025 ubnd: ubnd xa / \(Folding.compactKey("ubnd xa"))",
            "a-2025 ubnd: uy ban nhan dan xa an phu / \(Folding.compactKey("uy ban nhan dan xa an phu"))",
            "a-2025 vhxh: phong van hoa - xa hoi / \(Folding.compactKey("phong van hoa - xa hoi"))",
            "a-2025 vhxh: phong vh-xh / \(Folding.compactKey("phong vh-xh"))", "a-2025 vhxh: vhxh / vhxh",
        ])
        // A name finds the agencies of every plan that has it, through the shared set.
        let asOf = isoDate("2025-08-15")
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "phong vh xh")).map { "\($0.plan) \($0.id)" } == ["a-2025 nv1", "b-2025 nv1"])
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "UBND xã")).map { "\($0.plan) \($0.id)" } == ["a-2025 nv2", "b-2025 nv2"])
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "Ủy ban nhân dân xã Bình Minh")).map { "\($0.plan) \($0.id)" } == ["b-2025 nv2"])
    }

    /// A reloaded plan whose agency changed its names points at another set; the old one is
    /// left to the agencies that still have it, and the old alias finds only them.
    @Test func aReloadChangesOnlyThatAgencysNames() throws {
        let store = try TaskStore.inMemory()
        try Self.load(store, [Self.plan("a-2025", commune: "An Phú"), Self.plan("b-2025", commune: "Bình Minh")])
        let text = Self.plan("a-2025", commune: "An Phú", vhxhAlias: "Phòng Văn hóa xã")
        _ = try store.load(try #require(PlanLoader.check(text: text, file: "a.yaml").plan), sourcePath: "a.yaml")
        let asOf = isoDate("2025-08-15")
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "Phòng VH-XH")).map(\.plan) == ["b-2025"])
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "Phòng Văn hóa xã")).map(\.plan) == ["a-2025"])
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "VHXH")).map(\.plan) == ["a-2025", "b-2025"])
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM name_set") } == 5)
    }

    /// A database of the migration before sets keeps every name, as the view shows them, and
    /// its sets have the keys a load gives them (so a later load shares them).
    @Test func theMigrationToSetsKeepsEveryName() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v14-one-agency-name-index")
        let rows: [(agency: Int64, folded: String)] = [(1, "ca"), (1, "cong an xa"), (2, "ca"), (2, "cong an xa"),
                                                        (3, "ubnd"), (3, "uy ban nhan dan xa an phu"), (4, "vhxh")]
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO plan (id, key, title, commune, commune_kind, commune_key, province, province_key, year, source_path, document_json)
                VALUES (1, 'a-2025', '', '', '', '', '', '', 2025, '', '{}'), (2, 'b-2025', '', '', '', '', '', '', 2025, '', '{}');
                INSERT INTO agency (id, plan_id, key, name) VALUES (1, 1, 'ca', 'Công an xã'), (2, 2, 'ca', 'Công an xã'),
                    (3, 1, 'ubnd', 'UBND'), (4, 1, 'vhxh', 'VHXH'), (5, 2, 'x', 'X');
                """)
            for row in rows {
                try db.execute(sql: "INSERT INTO agency_name (agency_id, folded, compact) VALUES (?, ?, ?)",
                               arguments: [row.agency, row.folded, Folding.compactKey(row.folded)])
            }
        }
        try Migrations.migrator.migrate(queue)
        try queue.read { db in
            let now = try Row.fetchAll(db, sql: "SELECT agency_id, folded, compact FROM agency_name ORDER BY agency_id, folded")
                .map { "\($0[0] as Int64) \($0[1] as String) \($0[2] as String)" }
            #expect(now == rows.map { "\($0.agency) \($0.folded) \(Folding.compactKey($0.folded))" })
            #expect(try String.fetchAll(db, sql: "SELECT names FROM name_set ORDER BY id") == [
                AgencyNames([("ca", "ca"), ("cong an xa", Folding.compactKey("cong an xa"))]).key,
                AgencyNames([("ubnd", "ubnd"), ("uy ban nhan dan xa an phu", Folding.compactKey("uy ban nhan dan xa an phu"))]).key,
                AgencyNames([("vhxh", "vhxh")]).key,
            ])
            // The agency without a name has no set.
            #expect(try Row.fetchAll(db, sql: "SELECT name_set FROM agency ORDER BY id").map { $0[0] as Int64? } == [1, 1, 2, 3, nil])
        }
    }

    /// Packages keep their format: every carried table as the migrations before sets made it,
    /// so packages of earlier versions are read and earlier versions read these.
    @Test func packagesKeepTheirFormat() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v14-one-agency-name-index")
        let before = try queue.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                .map { ($0["name"] as String, $0["sql"] as String) })
        }
        for table in PackageTables.all { #expect(PackagePayload.definitions[table.name] == before[table.name], "\(table.name)") }
        #expect(PackagePayload.columns["agency"] == ["id", "plan_id", "key", "name", "mass_organisation", "retired"])
    }

    /// At the province, a commune's agencies keep their names through packages, and a
    /// changed alias replaces the old one (counted as a name added and one removed).
    @Test func packagesCarryTheNames() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let store = try lab.commune("an-phu", Self.plan("a-2025", commune: "An Phú"))
        try lab.trust(province, "an-phu", commune: "An Phú", provinceName: "Quảng Ngãi")
        let first = try PackageImport.file(try lab.export(store, "an-phu", asOf: "2025-12-01"), into: province)
        #expect(first.counts?["agency_name"] == PackageCounts(added: 8))
        #expect(try Self.names(province) == Self.names(store))
        let text = Self.plan("a-2025", commune: "An Phú", vhxhAlias: "Phòng Văn hóa xã")
        _ = try store.load(try #require(PlanLoader.check(text: text, file: "a.yaml").plan), sourcePath: "a.yaml")
        let second = try PackageImport.file(try lab.export(store, "an-phu", asOf: "2025-12-02"), into: province)
        #expect(second.counts?["agency_name"] == PackageCounts(added: 1, unchanged: 7, removed: 1))
        #expect(try Self.names(province) == Self.names(store))
        let asOf = isoDate("2025-08-15")
        #expect(try province.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "Phòng Văn hóa xã")).map(\.id) == ["nv1"])
        #expect(throws: StoreError.self) { try province.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "Phòng VH-XH")) }
    }

    /// A commune that made its database again without one of its agencies sends a package
    /// without it: the province removes the agency, and its names are counted as removed,
    /// as they were when `agency_name` was merged as a table.
    @Test func theNamesOfARemovedAgencyAreCountedAsRemoved() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let store = try lab.commune("an-phu", Self.plan("a-2025", commune: "An Phú"))
        try lab.trust(province, "an-phu", commune: "An Phú", provinceName: "Quảng Ngãi")
        _ = try PackageImport.file(try lab.export(store, "an-phu", asOf: "2025-12-01"), into: province)
        let again = try lab.database("an-phu-again")
        let text = Self.plan("a-2025", commune: "An Phú")
            .replacingOccurrences(of: "  - {id: ca, name: Công an xã}\n", with: "")
            .replacingOccurrences(of: ", coordinating: [ca]", with: "")
        _ = try again.load(try #require(PlanLoader.check(text: text, file: "a.yaml").plan), sourcePath: "a.yaml")
        let second = try PackageImport.file(try lab.export(again, "again", asOf: "2025-12-02", signer: "an-phu"), into: province)
        #expect(second.counts?["agency"] == PackageCounts(unchanged: 2, removed: 1))
        #expect(second.counts?["agency_name"] == PackageCounts(unchanged: 6, removed: 2))
        #expect(try Self.names(province) == Self.names(again))
    }

    /// The migration to sets finds each agency's set by its row id, not by reading every
    /// agency's names once per agency: a national database of 130,000 agencies took minutes
    /// to open. Counted in SQLite's steps (a thousand each), which do not depend on the machine:
    /// 5,000 agencies took some 51 million steps, now some 1.2 million.
    @Test func theMigrationToSetsIsLinear() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v14-one-agency-name-index")
        try queue.write { db in
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 385)
                INSERT INTO plan (id, key, title, commune, commune_kind, commune_key, province, province_key, year, source_path, document_json)
                    SELECT i, 'p' || i, '', '', '', '', '', '', 2025, '', '{}' FROM n;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
                INSERT INTO agency (id, plan_id, key, name) SELECT i, 1 + i / 13, 'k' || (i % 13), 'x' FROM n;
                INSERT INTO agency_name (agency_id, folded, compact)
                    SELECT id, 'ten ' || (id % 13) || ' ' || j, 'ten' || (id % 13) || j FROM agency, (SELECT 1 AS j UNION SELECT 2 UNION SELECT 3);
                """)
        }
        let steps = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        defer { steps.deallocate() }
        steps.pointee = 0
        queue.inDatabase { db in
            sqlite3_progress_handler(db.sqliteConnection, 1000, { context in
                context!.assumingMemoryBound(to: Int.self).pointee += 1
                return 0
            }, steps)
        }
        try Migrations.migrator.migrate(queue)
        queue.inDatabase { db in sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
        #expect(steps.pointee < 5000, "\(steps.pointee) thousand steps")
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT name_set) FROM agency") } == 13)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency_name") } == 15000)
    }
}
