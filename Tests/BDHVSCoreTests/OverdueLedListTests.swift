import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// `task list --overdue --agency` reads the overdue tasks a body leads straight from the open
/// leaves and the top-level tasks it leads, and recomputes only the groups changed after the
/// as-of date (issue 12). On two plans whose top-level tasks with sub-tasks have lead bodies,
/// with changes of every kind (a top-level task cancelled, a sub-task cancelled, paused,
/// done, a deadline moved, a change undone), every body's list is the full computation's on
/// 50 as-of dates.
@Suite struct OverdueLedListTests {
    static let timelines = ["Quý I/2025", "Tháng 3/2025", "Trước ngày 15/6/2025", "Quý III/2025", "Thường xuyên", "Tháng 11/2025",
                            "Quý II/2026"]
    static let leads = ["vhxh", "ubnd", "ca", "vhxh, ca"]

    /// A plan of 30 top-level tasks, every third with three sub-tasks, the leads and
    /// timelines in turn.
    static func plan(_ id: String, commune: String) -> String {
        var text = """
            format: 1
            id: \(id)
            title: Kế hoạch Bình dân học vụ số \(commune) 2025
            commune: \(commune)
            province: Quảng Ngãi
            year: 2025
            issuer: UBND xã \(commune)
            agencies:
              - {id: ubnd, name: Ủy ban nhân dân xã \(commune)}
              - {id: vhxh, name: Phòng Văn hóa - Xã hội}
              - {id: ca, name: Công an xã}
            tasks:

            """
        func lead(_ n: Int) -> String { "[\(leads[n % leads.count])]" }
        for n in 1...30 {
            text += "  - {id: nv\(n), title: Nhiệm vụ \(n), lead: \(lead(n))"
            if n % 3 == 0 {
                text += ", subtasks: [" + (0..<3).map { k in
                    "{id: nv\(n)\(["a", "b", "c"][k]), title: Việc \(n)-\(k), lead: \(lead(n + k + 1)), timeline: '\(timelines[(n + k) % timelines.count])'}"
                }.joined(separator: ", ") + "]}\n"
            } else {
                text += ", timeline: '\(timelines[n % timelines.count])'}\n"
            }
        }
        return text
    }

    static func makeStore() throws -> TaskStore {
        let store = try TaskStore.inMemory()
        for (id, commune) in [("xa-a-2025", "Nghĩa Giang"), ("xa-b-2025", "Đông Trà Bồng")] {
            let outcome = PlanLoader.check(text: plan(id, commune: commune), file: "\(id).yaml")
            #expect(outcome.diagnostics.map(\.description) == [])
            _ = try store.load(try #require(outcome.plan), sourcePath: "\(id).yaml")
        }
        let today = CivilDate(year: 2026, month: 12, day: 31)!
        let start = CivilDate(year: 2025, month: 2, day: 1)!
        // Every task, in plan order, with a change chosen by its place in the list; a change
        // the rules refuse (done on a task with sub-tasks) is skipped.
        let tasks = try store.tasks(.all, asOf: today)
        var recorded = 0
        for (index, task) in tasks.enumerated() {
            let on = start.adding(days: (index * 37) % 600)
            let actions: [TaskAction]
            switch index % 11 {
            case 0, 7: actions = [.done(period: nil)]
            case 1: actions = [.start, .progress(40)]
            case 2: actions = [.cancel]
            case 3: actions = [.pause]
            case 4: actions = [.deadline(on.adding(days: 45)), .done(period: nil)]
            case 5: actions = [.deadline(on.adding(days: -60))]
            case 6: actions = [.done(period: nil), .reopen]
            default: actions = []
            }
            for (step, action) in actions.enumerated() {
                let request = ChangeRequest(plan: task.plan, task: task.id, action: action, on: on.adding(days: step * 20),
                                            recordedOn: today, by: "test")
                if (try? store.record(request)) != nil { recorded += 1 }
            }
        }
        #expect(recorded > 50)
        _ = try store.undo(by: "test", recordedOn: today)
        return store
    }

    static let dates: [CivilDate] = (0..<46).map { CivilDate(year: 2025, month: 1, day: 5)!.adding(days: $0 * 14) }
        + ["2025-06-30", "2025-12-31", "2026-06-30", "2027-01-01"].map { CivilDate(iso: $0)! }

    @Test func everyBodysOverdueListIsTheFullComputationsOnFiftyDates() throws {
        let store = try Self.makeStore()
        let keys = try store.read { try String.fetchAll($0, sql: "SELECT DISTINCT key FROM agency ORDER BY key") }
        let names = ["Phòng Văn hóa - Xã hội", "Ủy ban nhân dân xã Nghĩa Giang"]
        let parents = Set(try store.tasks(.all, asOf: Self.dates[0]).compactMap { task in task.parent.map { "\(task.plan)/\($0)" } })
        var listed = 0, topsListed = 0
        for date in Self.dates {
            for agency in keys + names {
                for scope in [PlanScope.all, PlanScope(plan: "xa-b-2025")] {
                    guard let full = try? store.tasks(scope, asOf: date, filter: TaskFilter(agency: agency)) else { continue }
                    let fast = try store.tasks(scope, asOf: date, filter: TaskFilter(agency: agency, overdueOnly: true))
                    #expect(fast == full.filter { $0.status == .overdue }, "as of \(date.iso), \(agency) in \(scope)")
                    listed += fast.count
                    topsListed += fast.filter { $0.parent == nil && parents.contains("\($0.plan)/\($0.id)") }.count
                }
            }
        }
        let cancelledTops = try store.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM task WHERE has_subtasks = 1 AND state = 'cancelled'") ?? 0
        }
        // The lists are not empty, they hold top-level tasks with sub-tasks, and a group was cancelled.
        #expect(listed > 500)
        #expect(topsListed > 100)
        #expect(cancelledTops > 0)
    }

    /// A name that two bodies of one plan answer to (here 'Công an xã' given the name of
    /// 'Phòng Văn hóa - Xã hội' too): a task both lead is listed once, as the full
    /// computation lists it, on the 50 dates.
    @Test func aTaskLedByTwoBodiesOfOnePlanThatTheNameMatchesIsListedOnce() throws {
        let store = try Self.makeStore()
        let name = "Phòng Văn hóa - Xã hội"
        try store.write { db in
            // Its names are a set of their own, that name added (the other plans' 'ca' keep theirs).
            let ca = try Int64.fetchOne(db, sql: "SELECT a.id FROM agency a JOIN plan p ON p.id = a.plan_id WHERE p.key = 'xa-a-2025' AND a.key = 'ca'")!
            let names = try Row.fetchAll(db, sql: "SELECT folded, compact FROM agency_name WHERE agency_id = ?", arguments: [ca])
                .map { (folded: $0[0] as String, compact: $0[1] as String) } + [(Folding.key(name), Folding.compactKey(name))]
            let set = try NameSets().id(for: AgencyNames(names), db)
            try db.execute(sql: "UPDATE agency SET name_set = ? WHERE id = ?", arguments: [set, ca])
        }
        var listed = 0, ledByBoth = 0
        for date in Self.dates {
            let full = try store.tasks(.all, asOf: date, filter: TaskFilter(agency: name))
            let fast = try store.tasks(.all, asOf: date, filter: TaskFilter(agency: name, overdueOnly: true))
            #expect(fast == full.filter { $0.status == .overdue }, "as of \(date.iso)")
            listed += fast.count
            ledByBoth += fast.filter { $0.plan == "xa-a-2025" && $0.lead.count == 2 }.count
        }
        #expect(listed > 100)
        #expect(ledByBoth > 20)
    }
}
