import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// Findings of the eleventh QA round, in the library.
@Suite struct QARoundElevenTests {
    /// The base plan, issued 15/06/2025, with nv1 ongoing from September with monthly
    /// check-ins and nv2a (a sub-task) ongoing from 01/10/2025.
    static let ongoingFrom = PlanFixture.variant([
        ("issuer: UBND xã Thử Nghiệm\n", "issuer: UBND xã Thử Nghiệm\ndocument:\n  number: 15/KH-UBND\n  date: 15/06/2025\n"),
        ("    timeline: Tháng 8/2025\n", "    timeline: Từ tháng 9/2025\n    check_in: hằng tháng\n"),
        ("timeline: Thường xuyên", "timeline: Từ ngày 01/10/2025"),
    ])

    static func store() throws -> TaskStore {
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(Self.ongoingFrom), sourcePath: PlanFixture.fileName)
        return store
    }

    static func categories(_ store: TaskStore, _ asOf: String) throws -> [String: TaskCategory] {
        Dictionary(uniqueKeysWithValues: try store.tasks(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate(asOf)).map { ($0.id, $0.status) })
    }

    /// A duty "Từ tháng 9/2025" counted "Thường xuyên" in August, before it began. Before
    /// its start it counts as a dated task that has not begun does: in progress within its
    /// time, not come due; from the day itself, ongoing. In the task list, the task, the
    /// plan's status from the tallies (the same as computed from every task), and a sub-task's
    /// start rolls up into its parent.
    @Test func anOngoingDutyIsNotOngoingBeforeItStarts() throws {
        let store = try Self.store()
        let dayBefore = try Self.categories(store, "2025-08-31")
        #expect(dayBefore["nv1"] == .inProgress)
        #expect(dayBefore["nv2a"] == .inProgress)
        // nv2b has no deadline known: nv2 rolls up to in progress from nv2a, not 'deadline unknown'.
        #expect(dayBefore["nv2"] == .inProgress)
        let dayOf = try Self.categories(store, "2025-09-01")
        #expect(dayOf["nv1"] == .ongoing)
        #expect(dayOf["nv2a"] == .inProgress)
        #expect(try Self.categories(store, "2025-09-30")["nv2a"] == .inProgress)
        #expect(try Self.categories(store, "2025-10-01")["nv2a"] == .ongoing)
        #expect(try Self.categories(store, "2025-10-01")["nv2"] == .deadlineUnknown)

        let before = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-08-31"))
        #expect(before.task.status == .inProgress)
        #expect(before.task.deadline == nil)
        #expect(TaskDetailText(language: .vi).render(before).contains("\n  Tình trạng ngày 31/08/2025: Đang thực hiện trong hạn"))
        #expect(try QARoundTenTests.json(before).contains("\"status\":\"in_progress\""))
        let on = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-09-01"))
        #expect(on.task.status == .ongoing)
        #expect(try QARoundTenTests.json(on).contains("\"status\":\"ongoing\""))

        // The plan: nv1, nv2 (rolled up) and nv3 (due 10/10) in progress the day before; none come due.
        let scope = PlanScope(plan: "thu-nghiem-2025")
        for (day, inProgress, ongoing) in [("2025-08-31", 3, 0), ("2025-09-01", 2, 1), ("2025-09-30", 2, 1), ("2025-10-01", 1, 1)] {
            let report = try store.status(scope, asOf: isoDate(day))
            #expect(report.counts[.inProgress] == inProgress, "\(day)")
            #expect(report.counts[.ongoing] == ongoing, "\(day)")
            #expect(report.completion.due == 0, "\(day)")
            let computed = try store.status(scope, asOf: isoDate(day), tallies: false)
            #expect(report.counts == computed.counts, "\(day)")
            #expect(report.completion == computed.completion, "\(day)")
        }
        // The national status (every plan), read from the tallies, as well.
        #expect(try store.status(PlanScope(), asOf: isoDate("2025-08-31")).counts[.inProgress] == 3)
        #expect(try store.status(PlanScope(), asOf: isoDate("2025-09-01")).counts[.ongoing] == 1)
        // The tallies kept are the ones a rebuild makes.
        #expect(try Self.tallies(store) == Self.rebuiltTallies(store))
    }

    /// Only the start of an ongoing duty with no deadline changes a category: a dated task
    /// ("Từ tháng 9 đến tháng 11/2025") counts by its deadline whenever it starts, so its
    /// start adds no day of change to the tallies (each is rows written at every load).
    @Test func onlyAnOngoingDutysStartIsADayOfChange() {
        func facts(_ kind: String, deadline: String?) -> StatusFacts {
            StatusFacts(id: 1, planID: 1, rootID: 1, parentID: nil, hasSubtasks: false, scheduleKind: kind,
                        startDate: "2025-09-01", state: "open", completedOn: nil, deadline: deadline,
                        extendedFrom: nil, parentState: nil, leads: [])
        }
        #expect(facts("due", deadline: "2025-11-30").breakpoints == ["2025-11-30", "2025-12-01"])
        #expect(facts("due", deadline: "2025-11-30").ongoingStart == nil)
        #expect(facts("ongoing", deadline: nil).breakpoints == ["2025-09-01"])
        #expect(facts("recurring", deadline: nil).ongoingStart == "2025-09-01")
        // An ongoing duty given a deadline counts by it: its start no longer matters.
        #expect(facts("ongoing_external", deadline: "2025-10-15").breakpoints == ["2025-10-15", "2025-10-16"])
    }

    /// The tallies a database made before the rule counted such a duty ongoing from the plan's
    /// first day: the migration corrects them, plan status from the tallies agrees again.
    @Test func theMigrationCorrectsTalliesKeptBeforeTheRule() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v17-task-retired-on")
        let store = TaskStore(writer: queue)
        // Stored as a release before this one stored it, counted as it counted: no start.
        _ = try store.load(try PlanFixture.plan(PlanFixture.variant("    timeline: Tháng 8/2025\n", "    timeline: Thường xuyên\n")),
                           sourcePath: PlanFixture.fileName)
        try queue.write { try $0.execute(sql: "UPDATE task SET start_date = '2025-09-01' WHERE key = 'nv1'") }
        // nv1 is the plan's one ongoing task (nv2 rolls up to 'deadline unknown').
        #expect(try store.status(PlanScope(), asOf: isoDate("2025-08-31")).counts[.ongoing] == 1)
        try Migrations.migrator.migrate(queue)
        let report = try store.status(PlanScope(), asOf: isoDate("2025-08-31"))
        #expect(report.counts[.ongoing] == 0)
        #expect(report.counts[.inProgress] == 2)
        #expect(report.counts == (try store.status(PlanScope(), asOf: isoDate("2025-08-31"), tallies: false)).counts)
        #expect(try store.status(PlanScope(), asOf: isoDate("2025-09-01")).counts[.ongoing] == 1)
        #expect(try Self.tallies(store) == Self.rebuiltTallies(store))
    }

    /// The monthly check-ins of a duty from September counted from the plan's issue in June:
    /// June, July and August were periods, missed, before the duty began. They count from
    /// its start: none before it, September the current one on its first day.
    @Test func checkInsCountFromTheDutysStart() throws {
        let store = try Self.store()
        let august = try #require(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-08-31")).occurrences)
        #expect(august.past == 0)
        #expect(august.missed == 0)
        #expect(august.current == nil)
        let first = try #require(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-09-01")).occurrences)
        #expect(first.past == 0)
        #expect(first.current?.key == "2025-09")
        let october = try #require(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-10-15")).occurrences)
        #expect(october.past == 1)
        #expect(october.missed == 1)
        #expect(october.current?.key == "2025-10")

        // The plan's status lists the same, and a roll-up adds the same up.
        let report = try store.status(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate("2025-10-15"))
        #expect(report.recurring.map(\.occurrences.past) == [1])
        let counts = try store.read { try TaskStore.occurrenceCounts($0, planIDs: nil, asOf: isoDate("2025-10-15")) }
        #expect(counts == OccurrenceCounts(past: 1, done: 0, currentOpen: 1))
        let before = try store.read { try TaskStore.occurrenceCounts($0, planIDs: nil, asOf: isoDate("2025-08-31")) }
        #expect(before == OccurrenceCounts(past: 0, done: 0, currentOpen: 0))
    }

    /// The calendar of the plan began the duty's monthly events in January (31/01/2025), when
    /// its first period is September's: it starts at the first period status counts.
    @Test func theCalendarOfADutyStartsAtItsFirstPeriod() throws {
        let store = try Self.store()
        let events = try store.calendarEvents(plan: "thu-nghiem-2025", agency: nil, asOf: isoDate("2025-08-31"))
        let duty = try #require(events.first { $0.uid == "thu-nghiem-2025-nv1@bdhvs" })
        #expect(duty.date == isoDate("2025-09-30"))
        #expect(duty.recurrence == .monthly)
        #expect(duty.until == isoDate("2025-12-31"))
    }

    /// Marking done a period that ended before the duty began (August, of a duty from
    /// September) was recorded and then counted nowhere: refused, naming the first period.
    @Test func aPeriodBeforeTheDutysStartCannotBeMarkedDone() throws {
        let store = try Self.store()
        func done(_ period: String?, on: String) throws -> ChangeRecord {
            try store.record(ChangeRequest(plan: nil, task: "nv1", action: .done(period: period), on: isoDate(on),
                                           recordedOn: isoDate(on), by: "Lan"))
        }
        var refused: ChangeError?
        do { _ = try done(nil, on: "2025-08-20") } catch let error as ChangeError { refused = error }
        #expect(refused == .periodBeforeTaskStart(task: "nv1", period: "2025-08", start: isoDate("2025-09-01"), first: "2025-09"))
        #expect(refused?.text(.vi) == "kỳ 2025-08 đã kết thúc trước khi nhiệm vụ 'nv1' bắt đầu (ngày 01/09/2025), nên không phải là một kỳ của nhiệm vụ; kỳ đầu tiên là 2025-09")
        #expect(refused?.text(.en) == "period 2025-08 ended before task 'nv1' starts (on 01/09/2025), so it is not one of the task's periods; its first period is 2025-09")
        refused = nil
        do { _ = try done("2025-07", on: "2025-09-10") } catch let error as ChangeError { refused = error }
        #expect(refused == .periodBeforeTaskStart(task: "nv1", period: "2025-07", start: isoDate("2025-09-01"), first: "2025-09"))
        // The first period, on the day the duty starts, is marked and counted.
        #expect(try done(nil, on: "2025-09-01").fields.map(\.field) == [.occurrence("2025-09")])
        let october = try #require(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-10-15")).occurrences)
        #expect(october.past == 1)
        #expect(october.done == 1)
    }

    /// Every tally row, as text, in order.
    static func tallies(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            try ["status_final", "status_delta", "lead_final", "lead_delta"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3").map { "\(table) \($0)" }
            }
        }
    }

    /// The tally rows a rebuild from the tasks makes (the store is left as it was).
    static func rebuiltTallies(_ store: TaskStore) throws -> [String] {
        var rows: [String] = []
        try store.writer.write { db in
            try db.inSavepoint {
                try StatusTally.rebuild(db)
                rows = try ["status_final", "status_delta", "lead_final", "lead_delta"].flatMap { table in
                    try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3").map { "\(table) \($0)" }
                }
                return .rollback
            }
        }
        return rows
    }
}
