import Foundation
import GRDB
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

/// The parts of a `TaskRow` that status tests look at.
struct RowView: Equatable, CustomStringConvertible {
    var id: String
    var parent: String?
    var lead: [String]
    var deadline: String?
    var tentative: Bool
    var status: TaskCategory
    var daysOverdue: Int

    init(id: String, parent: String? = nil, lead: [String], deadline: String?, tentative: Bool = false,
         status: TaskCategory, daysOverdue: Int = 0) {
        (self.id, self.parent, self.lead, self.deadline) = (id, parent, lead, deadline)
        (self.tentative, self.status, self.daysOverdue) = (tentative, status, daysOverdue)
    }

    init(_ row: TaskRow) {
        self.init(id: row.id, parent: row.parent, lead: row.lead, deadline: row.deadline?.iso, tentative: row.tentative,
                  status: row.status, daysOverdue: row.daysOverdue)
    }

    var description: String {
        "\(id)\(parent.map { " (in \($0))" } ?? ""): \(status.rawValue)\(daysOverdue > 0 ? " +\(daysOverdue)" : "") "
            + "due \(deadline ?? "-")\(tentative ? "?" : "") lead \(lead)"
    }
}

private let planID = "thu-nghiem-2025"

/// done, total, due_done, due.
private func numbers(_ completion: Completion) -> [Int] {
    [completion.done, completion.total, completion.dueDone, completion.due]
}
private let dongTraBong = "dong-tra-bong-2025"

// MARK: - Loading and re-loading

@Suite struct StoreLoadTests {
    /// The base plan without nv3, with a new nv4, and nv1 renamed.
    static let edited = PlanFixture.variant([
        ("  - id: nv3\n    title: Ngày hội toàn dân học tập số\n    lead: vhxh\n    timeline: Dự kiến ngày 10/10/2025\n",
         "  - id: nv4\n    title: Hướng dẫn cài đặt VNeID\n    lead: ca\n    timeline: Quý IV/2025\n"),
        ("title: Tổ chức Lễ phát động", "title: Tổ chức Lễ phát động Phong trào"),
    ])

    @Test func firstLoadAddsEveryTask() throws {
        let store = try TaskStore.inMemory()
        let summary = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        #expect(summary == LoadSummary(plan: planID, isNew: true, added: ["nv1", "nv2", "nv2a", "nv2b", "nv3"], changed: [],
                                       retired: [], restored: [], unchanged: 0))
        #expect(try store.plans().map { [$0.plan, $0.commune, $0.communeKind, String($0.tasks), $0.source] }
            == [[planID, "Thử Nghiệm", "xã", "3", "plan.yaml"]])
    }

    @Test func reloadReportsAddedChangedRetiredAndRestored() throws {
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")

        let edit = try store.load(try PlanFixture.plan(Self.edited), sourcePath: "plan.yaml")
        #expect(edit == LoadSummary(plan: planID, isNew: false, added: ["nv4"],
                                    changed: [.init(task: "nv1", fields: ["title"])], retired: ["nv3"], restored: [], unchanged: 3))
        let asOf = isoDate("2025-09-01")
        #expect(try store.tasks(PlanScope(plan: planID), asOf: asOf).map(\.id) == ["nv1", "nv2", "nv2a", "nv2b", "nv4"])
        #expect(try store.status(PlanScope(plan: planID), asOf: asOf).completion.total == 3)

        let back = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        #expect(back == LoadSummary(plan: planID, isNew: false, added: [],
                                    changed: [.init(task: "nv1", fields: ["title"])], retired: ["nv4"], restored: ["nv3"], unchanged: 3))
        #expect(try store.tasks(PlanScope(plan: planID), asOf: asOf).map(\.id) == ["nv1", "nv2", "nv2a", "nv2b", "nv3"])

        let again = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        #expect(again == LoadSummary(plan: planID, isNew: false, added: [], changed: [], retired: [], restored: [], unchanged: 5))
    }

    /// A change outside the tasks (here the issuer, as an indicator's target would be) is
    /// reported by the key the file names it with, not as "unchanged".
    @Test func reloadReportsChangesOutsideTheTasks() throws {
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        let edited = PlanFixture.variant("issuer: UBND xã Thử Nghiệm", "issuer: Ủy ban nhân dân xã Thử Nghiệm")
        let summary = try store.load(try PlanFixture.plan(edited), sourcePath: "plan.yaml")
        #expect(summary.planFields == ["issuer"])
        #expect(!summary.changesNothing)
        #expect(PlanText(language: .vi).render(summary, file: "plan.yaml").contains("  thay đổi ngoài nhiệm vụ: issuer\n"))
        let again = try store.load(try PlanFixture.plan(edited), sourcePath: "plan.yaml")
        #expect(again.planFields == [] && again.changesNothing)
    }

    /// Re-loading a plan whose only change is an indicator's target says so (it said
    /// "không thay đổi" before).
    @Test func reloadReportsAChangedIndicatorTarget() throws {
        let text = try String(contentsOf: PackageRoot.url.appendingPathComponent("Plans/nghia-giang-2026.yaml"), encoding: .utf8)
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(text), sourcePath: "plan.yaml")
        let edited = PlanFixture.variant("    target: 85\n", "    target: 90\n", in: text)
        #expect(edited != text)
        let summary = try store.load(try PlanFixture.plan(edited), sourcePath: "plan.yaml")
        #expect(summary.planFields == ["indicators"])
        #expect(summary.added.isEmpty && summary.changed.isEmpty && summary.unchanged == 17)
        #expect(PlanText(language: .en).render(summary, file: "plan.yaml")
            == "Updated plan nghia-giang-2026 from plan.yaml:\n  changed outside the tasks: indicators\n  unchanged: 17\n")
    }

    @Test func changedFieldsAreNamedAndSorted() throws {
        let store = try StoreFixture.store()
        let text = PlanFixture.variant([
            ("    lead: ubnd\n    advisory: vhxh\n", "    lead: vhxh\n"),
            ("timeline: Tháng 8/2025", "timeline: Tháng 9/2025"),
            ("          - nguoi-dan\n", "          - nguoi-dan\n          - can-bo-cong-chuc\n"),
        ])
        let summary = try store.load(try PlanFixture.plan(text), sourcePath: "plan.yaml")
        #expect(summary.changed == [.init(task: "nv1", fields: ["advisory", "lead", "timeline"]),
                                    .init(task: "nv2a", fields: ["target_groups"])])
        #expect(summary.unchanged == 3)
        let nv1 = try #require(try store.tasks(PlanScope(plan: planID), asOf: isoDate("2025-09-15")).first)
        #expect(RowView(nv1) == RowView(id: "nv1", lead: ["Phòng Văn hóa - Xã hội"], deadline: "2025-09-30", status: .inProgress))
    }

    @Test(arguments: [
        // The title changes, the deadline stays 31/08: done on 20/08 is on time.
        ("title: Tổ chức Lễ phát động Phong trào", "timeline: Tháng 8/2025", TaskCategory.doneOnTime, ["title"]),
        // The deadline moves to 31/07: the same completion is now late.
        ("title: Tổ chức Lễ phát động", "timeline: Tháng 7/2025", TaskCategory.doneLate, ["timeline"]),
    ])
    func reloadKeepsRecordedProgress(title: String, timeline: String, category: TaskCategory, fields: [String]) throws {
        let store = try StoreFixture.store()
        try store.setState(.done, completedOn: isoDate("2025-08-20"), plan: planID, task: "nv1")
        let text = PlanFixture.variant([("title: Tổ chức Lễ phát động", title), ("timeline: Tháng 8/2025", timeline)])
        let summary = try store.load(try PlanFixture.plan(text), sourcePath: "plan.yaml")
        #expect(summary.changed == [.init(task: "nv1", fields: fields)])
        let nv1 = try #require(try store.tasks(PlanScope(plan: planID), asOf: isoDate("2025-09-10")).first)
        #expect(nv1.id == "nv1")
        #expect(nv1.status == category)
        #expect(nv1.daysOverdue == 0)
        let state = try store.read { db in
            try Row.fetchOne(db, sql: "SELECT state, completed_on FROM task WHERE key = 'nv1'")
        }
        #expect(state?["state"] == "done")
        #expect(state?["completed_on"] == "2025-08-20")
    }

    @Test func retiredTaskKeepsItsProgressWhenRestored() throws {
        let store = try StoreFixture.store()
        try store.setState(.done, completedOn: isoDate("2025-10-01"), plan: planID, task: "nv3")
        _ = try store.load(try PlanFixture.plan(Self.edited), sourcePath: "plan.yaml")
        let summary = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        #expect(summary.restored == ["nv3"])
        let nv3 = try #require(try store.tasks(PlanScope(plan: planID), asOf: isoDate("2025-10-31")).last)
        #expect(RowView(nv3) == RowView(id: "nv3", lead: ["Phòng Văn hóa - Xã hội"], deadline: "2025-10-10", tentative: true,
                                        status: .doneOnTime))
    }
}

// MARK: - A failed load changes nothing

@Suite struct StoreAtomicityTests {
    /// Every row of every table, by GRDB, and by the `sqlite3` shell when there is one.
    static func dumps(_ store: TaskStore, path: String) throws -> (grdb: [String], shell: String?) {
        let grdb = try StoreFixture.dump(store)
        guard Subprocess.sqlite3Available else { return (grdb, nil) }
        let result = try #require(Subprocess.run(["sqlite3", path, ".dump"]))
        #expect(result.status == 0, "\(result.error)")
        return (grdb, result.output)
    }

    /// A plan that passes the checks, changed by hand so that storing it fails half-way:
    /// its last task's advisory names an agency that is not in the plan.
    static func planFailingHalfWay() throws -> Plan {
        var plan = try PlanFixture.plan(StoreLoadTests.edited)
        let last = plan.tasks.count - 1
        plan.tasks[last].advisory = "ghost"
        return plan
    }

    @Test func failedLoadLeavesTheDatabaseAsItWas() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bdhvs.sqlite").path
        let store = try TaskStore.open(path: path)
        _ = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        try store.setState(.done, completedOn: isoDate("2025-08-20"), plan: planID, task: "nv1")
        let before = try Self.dumps(store, path: path)
        #expect(before.grdb.contains { $0.hasPrefix("task: ") && $0.contains("key:\"nv1\"") })
        if let shell = before.shell { #expect(shell.contains("INSERT INTO task VALUES")) }

        // An invalid file: the loader gives no plan, so there is nothing to store.
        let invalid = PlanFixture.check(PlanFixture.variant("    lead: ubnd\n", "    lead: vhx\n", in: StoreLoadTests.edited))
        #expect(invalid.plan == nil)
        #expect(invalid.diagnostics.map { $0.message.text(.en) } == ["unknown agency 'vhx'; did you mean 'vhxh' (Phòng Văn hóa - Xã hội)?"])

        // A plan whose storing fails after the plan row, the agencies and the first tasks
        // were already written in the transaction.
        #expect(throws: (any Error).self) {
            _ = try store.load(try Self.planFailingHalfWay(), sourcePath: "edited.yaml")
        }
        let after = try Self.dumps(store, path: path)
        #expect(after.grdb == before.grdb)
        #expect(after.shell == before.shell)

        // The store still works, and the same database opened again holds the same data.
        let reopened = try TaskStore.open(path: path)
        #expect(try StoreFixture.dump(reopened) == before.grdb)
        let summary = try reopened.load(try PlanFixture.plan(StoreLoadTests.edited), sourcePath: "edited.yaml")
        #expect(summary.added == ["nv4"])
        #expect(summary.retired == ["nv3"])
    }

    /// A lead naming no agency of the plan cannot be stored: the load must fail rather
    /// than store the task without its lead.
    @Test
    func leadNamingNoAgencyFailsTheLoad() throws {
        let store = try StoreFixture.store()
        let before = try StoreFixture.dump(store)
        var plan = try PlanFixture.plan(StoreLoadTests.edited)
        plan.tasks[0].leads = ["ghost"]
        #expect(throws: (any Error).self) { _ = try store.load(plan, sourcePath: "edited.yaml") }
        #expect(try StoreFixture.dump(store) == before)
    }
}

// MARK: - Categories at their boundaries

@Suite struct StoreStatusBoundaryTests {
    /// A plan of 2025 with a task `t` and a task `p` whose sub-tasks are `a` and `b`.
    static func plan(t: String = "Tháng 8/2025", deadline: String? = nil, a: String = "Tháng 8/2025", b: String = "Tháng 9/2025") -> String {
        """
        format: 1
        id: \(planID)
        title: Kế hoạch thử nghiệm
        commune: Thử Nghiệm
        province: Quảng Ngãi
        year: 2025
        issuer: UBND xã Thử Nghiệm
        agencies:
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
        tasks:
          - id: t
            title: Nhiệm vụ
            lead: vhxh
            timeline: \(t)
        \(deadline.map { "    deadline: '\($0)'" } ?? "")
          - id: p
            title: Nhiệm vụ có nhiệm vụ con
            subtasks:
              - id: a
                title: Nhiệm vụ con a
                lead: vhxh
                timeline: \(a)
              - id: b
                title: Nhiệm vụ con b
                lead: vhxh
                timeline: \(b)

        """
    }

    /// The rows of `text` as of `asOf`, after marking tasks done on the given dates.
    static func rows(_ text: String, done: [String: String] = [:], asOf: String) throws -> [String: TaskRow] {
        let store = try StoreFixture.store(loading: text)
        for (task, date) in done { try store.setState(.done, completedOn: isoDate(date), plan: planID, task: task) }
        let rows = try store.tasks(PlanScope(plan: planID), asOf: isoDate(asOf))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var timeline = "Tháng 8/2025"
        var deadline: String?
        var done: String?
        var asOf: String
        var status: TaskCategory
        var daysOverdue = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "the day before the deadline", asOf: "2025-08-30", status: .inProgress),
        Case(name: "due today is not overdue", asOf: "2025-08-31", status: .inProgress),
        Case(name: "the day after the deadline", asOf: "2025-09-01", status: .overdue, daysOverdue: 1),
        Case(name: "a year after the deadline", asOf: "2026-08-31", status: .overdue, daysOverdue: 365),
        Case(name: "done on the deadline", done: "2025-08-31", asOf: "2025-09-10", status: .doneOnTime),
        Case(name: "done the day after the deadline", done: "2025-09-01", asOf: "2025-09-10", status: .doneLate),
        Case(name: "done before the as-of date", done: "2025-08-20", asOf: "2025-08-25", status: .doneOnTime),
        Case(name: "done on the as-of date", done: "2025-08-25", asOf: "2025-08-25", status: .doneOnTime),
        Case(name: "done after the as-of date does not count yet", done: "2025-08-28", asOf: "2025-08-25", status: .inProgress),
        Case(name: "done after the as-of date, past the deadline", done: "2025-09-05", asOf: "2025-09-03", status: .overdue, daysOverdue: 3),
        Case(name: "done late, seen before it was done", done: "2025-09-05", asOf: "2025-09-04", status: .overdue, daysOverdue: 4),
        Case(name: "ongoing", timeline: "Thường xuyên", asOf: "2025-12-31", status: .ongoing),
        Case(name: "ongoing and done", timeline: "Thường xuyên", done: "2025-06-01", asOf: "2025-12-31", status: .doneOnTime),
        Case(name: "recurring", timeline: "Hằng tháng", asOf: "2025-12-31", status: .ongoing),
        Case(name: "ongoing and external", timeline: "Thường xuyên và theo kế hoạch của tỉnh", asOf: "2025-12-31", status: .ongoing),
        Case(name: "external", timeline: "Theo kế hoạch của tỉnh", asOf: "2025-12-31", status: .deadlineUnknown),
        Case(name: "external with a deadline, on it", timeline: "Theo kế hoạch của tỉnh", deadline: "2025-11-30", asOf: "2025-11-30",
             status: .inProgress),
        Case(name: "external with a deadline, after it", timeline: "Theo kế hoạch của tỉnh", deadline: "2025-11-30", asOf: "2025-12-01",
             status: .overdue, daysOverdue: 1),
        Case(name: "an explicit deadline overrides the timeline", deadline: "2025-09-15", asOf: "2025-09-10", status: .inProgress),
        Case(name: "tentative date, after it", timeline: "Dự kiến ngày 10/10/2025", asOf: "2025-10-11", status: .overdue, daysOverdue: 1),
        Case(name: "strictly before 15/12 is due 14/12", timeline: "Trước ngày 15/12/2025", asOf: "2025-12-15", status: .overdue,
             daysOverdue: 1),
        Case(name: "across the end of February", timeline: "Tháng 2/2025", asOf: "2025-03-01", status: .overdue, daysOverdue: 1),
    ]

    @Test(arguments: cases)
    func category(_ c: Case) throws {
        let rows = try Self.rows(Self.plan(t: c.timeline, deadline: c.deadline), done: c.done.map { ["t": $0] } ?? [:], asOf: c.asOf)
        let t = try #require(rows["t"])
        #expect(t.status == c.status)
        #expect(t.daysOverdue == c.daysOverdue)
    }

    struct RollUp: Sendable, CustomTestStringConvertible {
        var name: String
        var a = "Tháng 8/2025"
        var b = "Tháng 9/2025"
        var done: [String: String] = [:]
        var asOf: String
        var status: TaskCategory
        var deadline: String?
        var daysOverdue = 0
        var testDescription: String { name }
    }

    /// The parent's deadline: the earliest overdue sub-task's when overdue, else the last
    /// sub-task's when every sub-task has one.
    static let rollUps: [RollUp] = [
        RollUp(name: "all done on time", done: ["a": "2025-08-10", "b": "2025-09-30"], asOf: "2025-10-15", status: .doneOnTime,
               deadline: "2025-09-30"),
        RollUp(name: "one done late", done: ["a": "2025-09-05", "b": "2025-09-20"], asOf: "2025-10-15", status: .doneLate,
               deadline: "2025-09-30"),
        RollUp(name: "one done late, the other not done", done: ["a": "2025-09-05"], asOf: "2025-09-10", status: .inProgress,
               deadline: "2025-09-30"),
        RollUp(name: "one overdue and one ongoing", b: "Thường xuyên", asOf: "2025-09-10", status: .overdue, deadline: "2025-08-31",
               daysOverdue: 10),
        RollUp(name: "one overdue and one done", b: "Thường xuyên", done: ["b": "2025-08-01"], asOf: "2025-09-10", status: .overdue,
               deadline: "2025-08-31", daysOverdue: 10),
        RollUp(name: "one in progress and one ongoing", b: "Thường xuyên", asOf: "2025-08-10", status: .inProgress),
        RollUp(name: "ongoing and external", a: "Thường xuyên", b: "Theo kế hoạch mở lớp của tỉnh", asOf: "2025-09-10",
               status: .deadlineUnknown),
        RollUp(name: "both ongoing", a: "Thường xuyên", b: "Hằng quý", asOf: "2025-09-10", status: .ongoing),
        RollUp(name: "both in progress", asOf: "2025-08-31", status: .inProgress, deadline: "2025-09-30"),
        RollUp(name: "both overdue: the earliest deadline and the worst days count", asOf: "2025-10-02", status: .overdue,
               deadline: "2025-08-31", daysOverdue: 32),
    ]

    @Test(arguments: rollUps)
    func rollUp(_ c: RollUp) throws {
        let rows = try Self.rows(Self.plan(a: c.a, b: c.b), done: c.done, asOf: c.asOf)
        let p = try #require(rows["p"])
        #expect(p.status == c.status)
        #expect(p.deadline?.iso == c.deadline)
        #expect(p.daysOverdue == c.daysOverdue)
        #expect(p.lead == [])
        #expect(rows["a"]?.parent == "p")
        #expect(rows["b"]?.parent == "p")
    }

    /// Only top-level tasks count in `counts`; sub-tasks count in `by_lead`.
    @Test func rolledUpParentCountsOnce() throws {
        let store = try StoreFixture.store(loading: Self.plan(b: "Thường xuyên"))
        let report = try store.status(PlanScope(plan: planID), asOf: isoDate("2025-09-10"))
        #expect(report.counts[.overdue] == 2)
        #expect(report.counts.values.reduce(0, +) == 2)
        #expect(report.byLead.map { [$0.agencyID, String($0.total), String($0.done), String($0.overdue)] } == [["vhxh", "3", "0", "2"]])
        #expect(report.overdue.map { $0.tasks.map(\.id) } == [["t", "a"]])
        #expect(report.overdue.first?.tasks.map(\.daysOverdue) == [10, 10])
    }

    /// A cancelled task is left out of counts and rates.
    @Test func cancelledTaskIsLeftOut() throws {
        let store = try StoreFixture.store(loading: Self.plan())
        try store.setState(.cancelled, completedOn: nil, plan: planID, task: "t")
        let report = try store.status(PlanScope(plan: planID), asOf: isoDate("2025-09-10"))
        #expect(report.completion.total == 1)
        #expect(try store.tasks(PlanScope(plan: planID), asOf: isoDate("2025-09-10")).map(\.id) == ["p", "a", "b"])
    }
}

// MARK: - Status of the Đông Trà Bồng plan

@Suite struct StoreDongTraBongStatusTests {
    static func store() throws -> TaskStore {
        let store = try TaskStore.inMemory()
        let outcome = PlanLoader.load(path: PackageFiles.path("Plans/dong-tra-bong-2025.yaml"))
        _ = try store.load(try #require(outcome.plan), sourcePath: "Plans/dong-tra-bong-2025.yaml")
        return store
    }

    static let vhxh = "Phòng Văn hóa - Xã hội"
    static let ubnd = "Ủy ban nhân dân xã Đông Trà Bồng"

    /// As of 31/12/2025, nothing recorded: nv1 (31/08) is 122 days overdue (30 in September,
    /// 31 in October, 30 in November, 31 in December), nv5 (10/10) 82 days (21 + 30 + 31);
    /// nv2 and nv4 are ongoing; nv3 rolls up from an ongoing and an external sub-task.
    @Test func yearEnd() throws {
        let report = try Self.store().status(PlanScope(plan: dongTraBong), asOf: isoDate("2025-12-31"))
        #expect(report.plan == dongTraBong)
        #expect(report.counts == [.doneOnTime: 0, .doneLate: 0, .inProgress: 0, .overdue: 2, .ongoing: 2, .deadlineUnknown: 1])
        #expect(numbers(report.completion) == [0, 5, 0, 2])
        #expect(report.byLead.map { [$0.agencyID, $0.agency, String($0.total), String($0.done), String($0.overdue)] } == [
            ["vhxh", Self.vhxh, "4", "0", "1"],
            ["ubnd", Self.ubnd, "1", "0", "1"],
            ["ca", "Công an xã", "1", "0", "0"],
            ["ttcudvc", "Trung tâm Cung ứng dịch vụ công", "1", "0", "0"],
        ])
        // Grouped by lead, the lead with the most overdue task first.
        #expect(report.overdue.map { [$0.plan, $0.agencyID, $0.agency] } == [
            [dongTraBong, "ubnd", Self.ubnd], [dongTraBong, "vhxh", Self.vhxh],
        ])
        #expect(report.overdue.map { $0.tasks.map(RowView.init) } == [
            [RowView(id: "nv1", lead: [Self.ubnd], deadline: "2025-08-31", status: .overdue, daysOverdue: 122)],
            [RowView(id: "nv5", lead: [Self.vhxh], deadline: "2025-10-10", tentative: true, status: .overdue, daysOverdue: 82)],
        ])
        #expect(report.dueSoon == [])
        #expect(report.plans.map { [$0.plan, String($0.total), String($0.overdue), String($0.worstDaysOverdue)] }
            == [[dongTraBong, "5", "2", "122"]])
    }

    /// As of 15/08/2025: nv1 and nv5 are in progress; within 30 days (to 14/09) only nv1
    /// falls due.
    @Test func midAugust() throws {
        let store = try Self.store()
        let report = try store.status(PlanScope(plan: dongTraBong), asOf: isoDate("2025-08-15"))
        #expect(report.counts == [.doneOnTime: 0, .doneLate: 0, .inProgress: 2, .overdue: 0, .ongoing: 2, .deadlineUnknown: 1])
        #expect(numbers(report.completion) == [0, 5, 0, 0])
        #expect(report.byLead.map { [$0.agencyID, String($0.total), String($0.overdue)] }
            == [["vhxh", "4", "0"], ["ca", "1", "0"], ["ttcudvc", "1", "0"], ["ubnd", "1", "0"]])
        #expect(report.overdue == [])
        #expect(report.dueSoonDays == 30)
        #expect(report.dueSoon.map(RowView.init) == [
            RowView(id: "nv1", lead: [Self.ubnd], deadline: "2025-08-31", status: .inProgress),
        ])
        let sixtyDays = try store.status(PlanScope(plan: dongTraBong), asOf: isoDate("2025-08-15"), dueSoonDays: 60)
        #expect(sixtyDays.dueSoon.map(\.id) == ["nv1", "nv5"])
    }

    /// Every task and sub-task as of 15/08/2025, in plan order.
    @Test func taskList() throws {
        let rows = try Self.store().tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-08-15")).map(RowView.init)
        #expect(rows == [
            RowView(id: "nv1", lead: [Self.ubnd], deadline: "2025-08-31", status: .inProgress),
            RowView(id: "nv2", lead: ["Trung tâm Cung ứng dịch vụ công"], deadline: nil, status: .ongoing),
            RowView(id: "nv3", lead: [], deadline: nil, status: .deadlineUnknown),
            RowView(id: "nv3a", parent: "nv3", lead: [Self.vhxh], deadline: nil, status: .ongoing),
            RowView(id: "nv3b", parent: "nv3", lead: [Self.vhxh], deadline: nil, status: .deadlineUnknown),
            RowView(id: "nv4", lead: [Self.vhxh, "Công an xã"], deadline: nil, status: .ongoing),
            RowView(id: "nv5", lead: [Self.vhxh], deadline: "2025-10-10", tentative: true, status: .inProgress),
        ])
    }

    /// nv1 done on time, nv5 done two days late, as of 31/12/2025: the two are due and done.
    @Test func withCompletions() throws {
        let store = try Self.store()
        try store.setState(.done, completedOn: isoDate("2025-08-29"), plan: dongTraBong, task: "nv1")
        try store.setState(.done, completedOn: isoDate("2025-10-12"), plan: dongTraBong, task: "nv5")
        let report = try store.status(PlanScope(plan: dongTraBong), asOf: isoDate("2025-12-31"))
        #expect(report.counts == [.doneOnTime: 1, .doneLate: 1, .inProgress: 0, .overdue: 0, .ongoing: 2, .deadlineUnknown: 1])
        #expect(numbers(report.completion) == [2, 5, 2, 2])
        #expect(report.overdue == [])
        #expect(report.byLead.map { [$0.agencyID, String($0.total), String($0.done), String($0.overdue)] }
            == [["vhxh", "4", "1", "0"], ["ca", "1", "0", "0"], ["ttcudvc", "1", "0", "0"], ["ubnd", "1", "1", "0"]])
    }

    /// The filters of `bdhvs task list`.
    @Test func overdueAndDueWithinFilters() throws {
        let store = try Self.store()
        #expect(try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-10-11"), filter: TaskFilter(overdueOnly: true))
            .map(RowView.init) == [
                RowView(id: "nv1", lead: [Self.ubnd], deadline: "2025-08-31", status: .overdue, daysOverdue: 41),
                RowView(id: "nv5", lead: [Self.vhxh], deadline: "2025-10-10", tentative: true, status: .overdue, daysOverdue: 1),
            ])
        #expect(try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-09-10"), filter: TaskFilter(dueWithin: 30))
            .map(\.id) == ["nv5"])
        #expect(try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-09-10"), filter: TaskFilter(dueWithin: 29))
            .map(\.id) == [])
        // Any number of days is every deadline ahead: it neither traps nor selects nothing.
        for days in [3_000_000, Int.max] {
            #expect(try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-09-10"), filter: TaskFilter(dueWithin: days))
                .map(\.id) == ["nv5"])
            #expect(try store.status(PlanScope(plan: dongTraBong), asOf: isoDate("2025-09-10"), dueSoonDays: days).dueSoon.map(\.id) == ["nv5"])
        }
    }

    @Test func overdueByAgencyMatchesTheStatusReport() throws {
        let store = try Self.store()
        let asOf = isoDate("2025-12-31")
        #expect(try store.overdueByAgency(PlanScope(plan: dongTraBong), asOf: asOf)
            == (try store.status(PlanScope(plan: dongTraBong), asOf: asOf).overdue))
    }
}

// MARK: - Agencies and plans by name

@Suite struct StoreMatchingTests {
    static let vhxhNames = [
        "vhxh", "Phòng Văn hóa - Xã hội", "Phong Van hoa - Xa hoi", "phòng văn hoá – xã hội", "PHONG VH-XH", "VHXH",
        "Phòng VH XH", "  phòng   văn hóa - xã hội  ",
        "Pho\u{300}ng Va\u{306}n ho\u{301}a - Xa\u{303} ho\u{323}\u{302}i",
    ]

    @Test(arguments: vhxhNames)
    func agencyByAnyName(name: String) throws {
        let store = try StoreDongTraBongStatusTests.store()
        let rows = try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: name))
        #expect(rows.map(\.id) == ["nv3a", "nv3b", "nv4", "nv5"])
    }

    @Test(arguments: [
        ("UBND xã", ["nv1"]), ("uy ban nhan dan xa", ["nv1"]), ("Uỷ ban nhân dân xã", ["nv1"]), ("CA xã", ["nv4"]),
        ("cong an xa", ["nv4"]), ("TT Cung ứng DVC", ["nv2"]), ("bcd", []),
    ])
    func otherAgencies(name: String, tasks: [String]) throws {
        let store = try StoreDongTraBongStatusTests.store()
        let rows = try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: name))
        #expect(rows.map(\.id) == tasks)
    }

    @Test(arguments: [
        ("vhxhh", "vhxh"), ("Phòng Văn hóa - Xã hộ", "Phòng Văn hóa - Xã hội"), ("Hội Nông dân", nil),
    ] as [(String, String?)])
    func unknownAgency(name: String, suggestion: String?) throws {
        let store = try StoreDongTraBongStatusTests.store()
        #expect(throws: StoreError.unknownAgency(name, suggestion: suggestion)) {
            try store.tasks(PlanScope(plan: dongTraBong), asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: name))
        }
    }

    /// The names are looked up through one index, by compact key (`v14-one-agency-name-index`),
    /// and a name's folded form still comes first: "Ban A-B" is the body named so, not also
    /// "Ban AB", whose compact key ("banab") is the same.
    @Test func foldedNameFirstThroughTheCompactIndex() throws {
        let store = try TaskStore.inMemory()
        let text = """
            format: 1
            id: ban-2025
            title: Kế hoạch thử
            commune: Nghĩa Giang
            province: Quảng Ngãi
            year: 2025
            issuer: UBND xã Nghĩa Giang
            agencies:
              - {id: a, name: Ban A-B}
              - {id: b, name: Ban AB}
            tasks:
              - {id: nv1, title: Việc một, lead: a, timeline: Tháng 3/2025}
              - {id: nv2, title: Việc hai, lead: b, timeline: Tháng 4/2025}

            """
        let outcome = PlanLoader.check(text: text, file: "ban-2025.yaml")
        #expect(outcome.diagnostics.map(\.description) == [])
        _ = try store.load(try #require(outcome.plan), sourcePath: "ban-2025.yaml")
        let asOf = isoDate("2025-08-15")
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "Ban A-B")).map(\.id) == ["nv1"])
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "ban ab")).map(\.id) == ["nv2"])
        // Neither folded form: both bodies answer to the compact key.
        #expect(try store.tasks(.all, asOf: asOf, filter: TaskFilter(agency: "BAN A B")).map(\.id) == ["nv1", "nv2"])
        let indexes = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'name_set_entry' AND sql IS NOT NULL ORDER BY name")
        }
        #expect(indexes == ["name_set_entry_by_compact"])
    }

    @Test func agencyOfAnotherPlanIsUnknownInScope() throws {
        let store = try StoreDongTraBongStatusTests.store()
        _ = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        #expect(throws: StoreError.unknownAgency("Trường Tiểu học", suggestion: nil)) {
            try store.tasks(PlanScope(plan: planID), asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: "Trường Tiểu học"))
        }
        // 'Công an' is an alias in Đông Trà Bồng and the words "Công an xã" begins with, in both plans.
        #expect(try store.tasks(PlanScope(plan: planID), asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: "Công an")).map(\.id) == ["nv2b"])
        #expect(try store.tasks(.all, asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: "Công an")).map { "\($0.plan) \($0.id)" }
            == ["dong-tra-bong-2025 nv4", "thu-nghiem-2025 nv2b"])
        // 'vhxh' leads tasks of both plans.
        #expect(try store.tasks(.all, asOf: isoDate("2025-08-15"), filter: TaskFilter(agency: "VHXH")).map { "\($0.plan) \($0.id)" }
            == ["dong-tra-bong-2025 nv3a", "dong-tra-bong-2025 nv3b", "dong-tra-bong-2025 nv4", "dong-tra-bong-2025 nv5",
                "thu-nghiem-2025 nv2a", "thu-nghiem-2025 nv2b", "thu-nghiem-2025 nv3"])
    }

    @Test func unknownPlan() throws {
        let store = try StoreDongTraBongStatusTests.store()
        #expect(throws: StoreError.unknownPlan("dong-tra-bong-2024", suggestion: dongTraBong)) {
            try store.tasks(PlanScope(plan: "dong-tra-bong-2024"), asOf: isoDate("2025-08-15"))
        }
        #expect(throws: StoreError.unknownPlan("nghia-giang-2026", suggestion: nil)) {
            try store.status(PlanScope(plan: "nghia-giang-2026"), asOf: isoDate("2025-08-15"))
        }
        #expect(try store.tasks(PlanScope(plan: "DONG-TRA-BONG-2025"), asOf: isoDate("2025-08-15")).count == 7)
    }
}

// MARK: - Opening databases

@Suite struct StoreOpeningTests {
    @Test func databaseOfANewerVersionIsRefused() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("newer.sqlite").path
        _ = try TaskStore.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["v99-from-the-future"])) {
            try TaskStore.open(path: path)
        }
        let error = StoreError.newerDatabase(path: path, unknownMigrations: ["v99-from-the-future"])
        #expect(error.description
            == "the database '\(path)' was written by a newer bdhvs (schema v99-from-the-future); upgrade bdhvs to use it")
    }

    @Test func fileThatIsNotADatabaseIsRefused() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("plan.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(String(repeating: PlanFixture.base, count: 4).utf8)))
        #expect(throws: StoreError.notADatabase(path: path)) { try TaskStore.open(path: path) }
    }

    @Test func reopenedDatabaseKeepsItsPlans() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sub/dir/bdhvs.sqlite").path
        _ = try TaskStore.open(path: path).load(try PlanFixture.plan(), sourcePath: "plan.yaml")
        let again = try TaskStore.open(path: path)
        #expect(try again.plans().map(\.plan) == [planID])
        #expect(try again.load(try PlanFixture.plan(), sourcePath: "plan.yaml").unchanged == 5)
    }
}

// MARK: - Folding and the agency directory

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Đông Trà Bồng", "dong tra bong"), ("ĐOÀN TN", "doan tn"), ("đđĐĐ", "dddd"),
        ("hóa", "hoa"), ("hoá", "hoa"), ("Hoá", "hoa"), ("HÓA", "hoa"),
        ("Phòng Văn hóa - Xã hội", "phong van hoa - xa hoi"), ("Phòng Văn hoá – Xã hội", "phong van hoa - xa hoi"),
        ("a\u{2010}b\u{2011}c\u{2012}d\u{2013}e\u{2014}f\u{2212}g", "a-b-c-d-e-f-g"),
        ("  Công \t an\n  xã  ", "cong an xa"), ("a\u{00A0}b", "a b"),
        ("Ủy Uỷ ƯỚC Ơn Ăn Ấy", "uy uy uoc on an ay"),
        ("Pho\u{300}ng", "phong"), ("Thử Nghiệm", "thu nghiem"), ("", ""), ("   ", ""),
        ("VP HĐND-UBND", "vp hdnd-ubnd"), ("125/KH-UBND", "125/kh-ubnd"),
    ])
    func key(text: String, key: String) {
        #expect(Folding.key(text) == key)
    }

    @Test(arguments: [
        ("VH-XH", "vhxh"), ("VH XH", "vhxh"), ("vhxh", "vhxh"), ("Phòng VH–XH", "phongvhxh"), ("Đ.Â", "da"),
        ("BCĐ CCHC, CĐS và ĐA06", "bcdcchccdsvada06"), ("---", ""), (" - ", ""),
    ])
    func compactKey(text: String, key: String) {
        #expect(Folding.compactKey(text) == key)
    }

    @Test func hoaSpellingsAndDashesFoldTogether() {
        let spellings = ["Phòng Văn hóa - Xã hội", "Phòng Văn hoá - Xã hội", "Phòng Văn hoá – Xã hội", "phong van hoa - xa hoi",
                         "PHÒNG VĂN HÓA — XÃ HỘI", "Phòng  Văn hóa -  Xã hội"]
        #expect(Set(spellings.map(Folding.key)) == ["phong van hoa - xa hoi"])
        #expect(Set(spellings.map(Folding.compactKey)) == ["phongvanhoaxahoi"])
    }
}

@Suite struct AgencyDirectoryTests {
    static let directory = AgencyDirectory([
        AgencyDefinition(id: "ubnd", name: "Ủy ban nhân dân xã", aliases: ["UBND xã"], massOrganisation: nil),
        AgencyDefinition(id: "vhxh", name: "Phòng Văn hóa - Xã hội", aliases: ["Phòng VH-XH", "VHXH"], massOrganisation: nil),
        AgencyDefinition(id: "doan-tn", name: "Đoàn TNCS Hồ Chí Minh xã", aliases: ["Đoàn Thanh niên"], massOrganisation: true),
        // Names 'VHXH' again: the first agency keeps it.
        AgencyDefinition(id: "other", name: "Phòng khác", aliases: ["vhxh"], massOrganisation: nil),
    ])

    @Test(arguments: [
        ("vhxh", "vhxh"), ("VHXH", "vhxh"), ("Phòng VH-XH", "vhxh"), ("phong vh xh", "vhxh"), ("Phong Van hoa - Xa hoi", "vhxh"),
        ("phòng văn hoá – xã hội", "vhxh"), ("ubnd", "ubnd"), ("UBND XA", "ubnd"), ("uy ban nhan dan xa", "ubnd"),
        ("Doan Thanh nien", "doan-tn"), ("DOAN-TN", "doan-tn"), ("doan tn", "doan-tn"), ("Phòng khác", "other"),
    ])
    func resolves(reference: String, id: String) {
        #expect(Self.directory.resolve(reference)?.id == id)
    }

    @Test(arguments: ["Công an", "Phòng Văn hóa", "", "-", "vhx", "UBND huyện"])
    func doesNotResolve(reference: String) {
        #expect(Self.directory.resolve(reference) == nil)
    }

    @Test(arguments: [
        ("vhx", "vhxh"), ("ubn", "ubnd"), ("Phòng Văn hóa - Xã hộ", "vhxh"), ("Đoàn Thanh nin", "doan-tn"),
    ])
    func suggests(reference: String, id: String) {
        #expect(Self.directory.suggestion(for: reference)?.id == id)
    }

    @Test(arguments: ["Hội Nông dân", "xyz", "Công an xã"])
    func suggestsNothingFarOff(reference: String) {
        #expect(Self.directory.suggestion(for: reference) == nil)
    }

    @Test func namesOfAnAgency() {
        #expect(AgencyDirectory.names(of: Self.directory.agencies[1]) == ["vhxh", "Phòng Văn hóa - Xã hội", "Phòng VH-XH", "VHXH"])
        #expect(AgencyDirectory.names(of: AgencyDefinition(id: "ca", name: "Công an xã", aliases: nil, massOrganisation: nil))
            == ["ca", "Công an xã"])
    }
}
