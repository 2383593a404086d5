import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// The status tallies are kept up to date by each package's merge (a commune's first package
// on its fast path, several packages to a transaction, the sum written once per batch): after
// an import they must be exactly those a full rebuild from the merged rows makes.

@Suite("Status tallies of packages imported")
struct PackageTallyTests {
    /// The four tally tables, row by row, in a fixed order.
    private static func tallies(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            try ["status_final", "status_delta", "lead_final", "lead_delta"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { table + ": " + $0.description }.sorted()
            }
        }
    }

    @Test("the tallies of communes' first packages, imported in one run, equal a full rebuild's")
    func firstImportEqualsRebuild() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let communes = [("nghia-giang", RecordPlans.nghiaGiang, "Nghĩa Giang", "Quảng Ngãi"), ("duc-thinh", RecordPlans.ducThinh, "Đức Thịnh", "Hà Tĩnh"),
                        ("viet-hung", RecordPlans.vietHung, "Việt Hưng", "Hà Nội")]
        var files: [String] = []
        for (name, text, commune, provinceName) in communes {
            let store = try lab.commune(name, text)
            let plan = try #require(try store.plans().first?.plan)
            func change(_ task: String, _ action: TaskAction, _ on: String) throws {
                _ = try store.record(ChangeRequest(plan: plan, task: task, action: action, on: isoDate(on), recordedOn: isoDate("2025-12-06"), by: "cán bộ"))
            }
            // Done, started and untouched tasks: groups of every kind, with their breakpoints.
            switch name {
            case "nghia-giang":
                try change("nv1", .done(period: nil), "2025-10-09")
                try change("nv2", .start, "2025-11-01")
            case "duc-thinh": try change("nv1", .done(period: nil), "2025-12-05")
            default: try change("nv1", .start, "2025-09-15")
            }
            files.append(try lab.export(store, name, asOf: "2025-12-31"))
            try lab.trust(province, name, commune: "xã " + commune, provinceName: provinceName)
        }
        let outcomes = try PackageImport.run(files, into: province)
        #expect(outcomes.map { $0.result?.total.added ?? 0 }.allSatisfy { $0 > 0 })
        let imported = try Self.tallies(province)
        #expect(imported.filter { $0.hasPrefix("status_final: ") }.count > 3)
        #expect(imported.contains { $0.hasPrefix("lead_delta: ") })
        #expect(imported.contains { $0.hasPrefix("lead_final: ") })
        try province.write { db in try StatusTally.rebuild(db) }
        #expect(try Self.tallies(province) == imported)
        // Imported again, unchanged: nothing at all changes.
        _ = try PackageImport.run(files, into: province)
        #expect(try Self.tallies(province) == imported)
    }
    @Test("a commune's first package and newer ones in the same batch: its tallies, counted ahead then changed, equal a full rebuild's")
    func firstAndNewerInOneBatch() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let store = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
        let plan = try #require(try store.plans().first?.plan)
        var files = [try lab.export(store, "nghia-giang", asOf: "2025-12-01")]
        // Each newer package changes a group's status: done, then started, then cancelled.
        for (day, task, action) in [("02", "nv1", TaskAction.done(period: nil)), ("03", "nv2", .start), ("04", "nv2", .cancel)] {
            _ = try store.record(ChangeRequest(plan: plan, task: task, action: action, on: isoDate("2025-12-" + day),
                                               recordedOn: isoDate("2025-12-" + day), by: "cán bộ"))
            files.append(try lab.export(store, "nghia-giang", asOf: "2025-12-" + day))
        }
        try lab.trust(province, "nghia-giang", commune: "xã Nghĩa Giang", provinceName: "Quảng Ngãi")
        let outcomes = try PackageImport.run(files, into: province)
        #expect(outcomes.map { $0.refusal == nil } == [true, true, true, true])
        let imported = try Self.tallies(province)
        #expect(imported.contains { $0.hasPrefix("lead_final: ") })
        try province.write { db in try StatusTally.rebuild(db) }
        #expect(try Self.tallies(province) == imported)
    }
}
