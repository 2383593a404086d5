import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// Issue 14's end-to-end test: three communes record their work in their own databases and
// export it; the province imports the packages and then holds what one database holding
// all the work holds; a second import changes nothing, a newer package brings only what is
// new, an older one is refused with the dates.

/// The three communes of the seed reports, their plan texts and the work each records.
private let communes: [(name: String, plan: String, commune: String, province: String)] = [
    ("nghia-giang", RecordPlans.nghiaGiang, "Nghĩa Giang", "Quảng Ngãi"),
    ("duc-thinh", RecordPlans.ducThinh, "Đức Thịnh", "Hà Tĩnh"),
    ("viet-hung", RecordPlans.vietHung, "Việt Hưng", "Hà Nội"),
]

/// The progress and results `name` records (the seed reports' numbers).
private func recordWork(_ name: String, in store: TaskStore, plan: String) throws {
    let day = isoDate("2025-12-06")
    func change(_ task: String, _ action: TaskAction, _ on: String) throws {
        _ = try store.record(ChangeRequest(plan: plan, task: task, action: action, on: isoDate(on), recordedOn: day, by: "cán bộ"))
    }
    switch name {
    case "nghia-giang":
        try change("nv1", .done(period: nil), "2025-10-09")
        try change("nv2", .start, "2025-11-01")
        _ = try store.addActivity(ActivityInput(plan: plan, task: "nv1", heldOn: isoDate("2025-10-09"), participants: 145), by: "cán bộ", recordedOn: day)
        _ = try store.addActivity(ActivityInput(plan: plan, task: "nv3", heldOn: isoDate("2025-12-06"), participants: 2148,
                                                groups: [("can-bo-cong-chuc", 631), ("nguoi-dan", 1517)]), by: "cán bộ", recordedOn: day)
    case "duc-thinh":
        try change("nv1", .progress(60), "2025-12-06")
        _ = try store.addActivity(ActivityInput(plan: plan, task: "nv1", heldOn: day, participants: 2491, unit: .enrolments), by: "cán bộ", recordedOn: day)
    default:
        try change("nv1", .start, "2025-09-15")
    }
}

@Suite("Packages from communes to the province")
struct PackageTests {
    @Test("three communes export, the province imports: its status is that of one database holding the same work")
    func endToEnd() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let single = try lab.database("single")
        var files: [String] = []
        for commune in communes {
            let store = try lab.commune(commune.name, commune.plan)
            let plan = try #require(try store.plans().first?.plan)
            try recordWork(commune.name, in: store, plan: plan)
            files.append(try lab.export(store, commune.name, asOf: "2025-12-31"))
            try lab.trust(province, commune.name, commune: "xã " + commune.commune, provinceName: commune.province)
            _ = try single.load(try #require(PlanLoader.check(text: commune.plan, file: commune.name + ".yaml").plan), sourcePath: commune.name + ".yaml")
            try recordWork(commune.name, in: single, plan: plan)
        }
        let results = try files.map { try PackageImport.file($0, into: province) }
        #expect(results.map(\.meta.commune) == ["Nghĩa Giang", "Đức Thịnh", "Việt Hưng"])
        #expect(results.allSatisfy { $0.total.updated == 0 && $0.total.unchanged == 0 && $0.total.removed == 0 && $0.total.added > 0 })
        #expect(results[0].counts?["activity"]?.added == 2)
        #expect(results[0].counts?["activity_group"]?.added == 2)
        #expect(results[0].counts?["change_log"]?.added == 4)

        let asOf = isoDate("2025-12-31")
        #expect(try province.status(.all, asOf: asOf) == single.status(.all, asOf: asOf))
        #expect(try province.activities(.all) == single.activities(.all))
        #expect(try province.activities(.all).activities.map(\.participants).sorted() == [145, 2148, 2491])

        // The same packages again: nothing at all changes.
        let before = try PackageLab.dump(province)
        let again = try files.map { try PackageImport.file($0, into: province) }
        #expect(again.allSatisfy { $0.counts == nil })
        #expect(try PackageLab.dump(province) == before)
    }

    @Test("a newer package brings only what is new; an older one is refused with the dates")
    func newerAndOlder() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let store = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
        try lab.trust(province, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Tỉnh Quảng Ngãi")
        let first = try lab.export(store, "nghia-giang", asOf: "2025-12-01")
        _ = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .done(period: nil), on: isoDate("2025-10-09"),
                                           recordedOn: isoDate("2025-12-10"), by: "cán bộ"))
        let second = try lab.export(store, "nghia-giang", asOf: "2025-12-10")
        let taken = try PackageImport.file(first, into: province)
        let newer = try PackageImport.file(second, into: province)
        let total = newer.total
        #expect(total.added == 5) // the change and the four fields it set
        #expect(newer.counts?["change_log"] == PackageCounts(added: 1))
        #expect(newer.counts?["change_field"]?.added == 4)
        #expect(newer.counts?["task"]?.updated == 1)
        #expect(total.unchanged == taken.total.added - 1)
        #expect(total.removed == 0)

        let before = try PackageLab.dump(province)
        let refusal = PackageLab.refusal { try PackageImport.file(first, into: province) }
        #expect(refusal == .notNewer(commune: "xã Nghĩa Giang", asOf: isoDate("2025-12-01"), madeAt: "2025-12-31T00:01:00Z",
                                     latestAsOf: isoDate("2025-12-10"), latestMadeAt: "2025-12-31T00:02:00Z"))
        #expect(refusal?.text(.vi) == "gói dữ liệu của 'xã Nghĩa Giang' tính đến ngày 01/12/2025 (lập lúc 2025-12-31T00:01:00Z) không mới hơn gói đã nhận, tính đến ngày 10/12/2025 (lập lúc 2025-12-31T00:02:00Z)")
        #expect(try PackageLab.dump(province) == before)
    }

    @Test("what the commune took back (an undone activity) is no longer counted, what it removed (a lead) is removed")
    func removals() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let store = try lab.commune("duc-thinh", RecordPlans.ducThinh)
        try lab.trust(province, "duc-thinh", commune: "Đức Thịnh", provinceName: "Hà Tĩnh")
        let input = ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-12-06"), participants: 2491, unit: .enrolments)
        _ = try store.addActivity(input, by: "cán bộ", recordedOn: isoDate("2025-12-06"))
        _ = try PackageImport.file(try lab.export(store, "duc-thinh", asOf: "2025-12-06"), into: province)
        _ = try store.undo(by: "cán bộ", recordedOn: isoDate("2025-12-07"))
        try store.write { db in
            try db.execute(sql: "DELETE FROM task_lead WHERE task_id = (SELECT MIN(task_id) FROM task_lead)")
            try StatusTally.rebuild(db)  // the delete goes round the store: its derived tallies are made again
        }
        let result = try PackageImport.file(try lab.export(store, "duc-thinh", asOf: "2025-12-07"), into: province)
        #expect(result.counts?["activity"] == PackageCounts(updated: 1)) // no longer live
        #expect(result.counts?["task_lead"]?.removed == 1)
        #expect(try province.activities(.all).activities.isEmpty)
        #expect(try PackageLab.dump(province).filter { !$0.hasPrefix("package_") } == PackageLab.dump(store).filter { !$0.hasPrefix("package_") })
    }

    @Test("every table of the schema is carried by packages or declared as the province's own")
    func everyTableDeclared() throws {
        let carried = Set(PackageTables.all.map(\.name))
        let tables = Set(PackagePayload.definitions.keys)
        #expect(tables.subtracting(carried).subtracting(PackageTables.notCarried).sorted() == [])
        #expect(carried.subtracting(tables).sorted() == [])
    }
}
