import Foundation
import GRDB
import Testing
@testable import BDHVSCore

// Recording progress (`TaskStore.record`, `undo`, `detail`) on the small plan of
// `PlanFixture.base` (thu-nghiem-2025), as of chosen dates. By hand, from that plan:
//
// - nv1 "Tháng 8/2025", lead ubnd: due 31/08/2025;
// - nv2 has sub-tasks nv2a ("Thường xuyên": ongoing) and nv2b ("Theo kế hoạch mở lớp của
//   tỉnh": deadline unknown), so with nothing recorded nv2 rolls up to deadline_unknown;
// - nv3 "Dự kiến ngày 10/10/2025", lead vhxh: due 10/10/2025, tentative.

private let planKey = "thu-nghiem-2025"
private let otherPlanKey = "thu-nghiem-khac-2025"

/// A fresh in-memory store with the base plan loaded (through the YAML text, as users write it).
private func loadedStore() throws -> TaskStore {
    let store = try TaskStore.inMemory()
    let outcome = PlanLoader.check(text: PlanFixture.base, file: "plan.yaml")
    #expect(outcome.diagnostics == [])
    let plan = try #require(outcome.plan)
    _ = try store.load(plan, sourcePath: "plan.yaml")
    return store
}

/// The change error `body` throws, or nil (and a recorded issue) when it throws none.
private func refusal(_ body: () throws -> Any, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ChangeError? {
    do {
        _ = try body()
        Issue.record("expected a ChangeError, the change was recorded", sourceLocation: sourceLocation)
        return nil
    } catch let error as ChangeError {
        return error
    } catch {
        Issue.record("expected a ChangeError, found \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

private extension TaskStore {
    /// Records `action` on `task`, happened `on`, recorded `recorded` (default: the same day).
    @discardableResult
    func change(_ action: TaskAction, _ task: String, on: String, recorded: String? = nil, by: String = "Lan",
                note: String? = nil, plan: String? = nil) throws -> ChangeRecord {
        try record(ChangeRequest(plan: plan, task: task, action: action, on: isoDate(on), recordedOn: isoDate(recorded ?? on),
                                 by: by, note: note))
    }

    /// Every task and sub-task of the base plan as of `asOf`, by id.
    func rows(asOf: String, plan: String = planKey) throws -> [String: TaskRow] {
        Dictionary(uniqueKeysWithValues: try tasks(PlanScope(plan: plan), asOf: isoDate(asOf)).map { ($0.id, $0) })
    }

    /// The category of `task` as of `asOf` (nil when it is not listed, e.g. cancelled).
    func category(_ task: String, asOf: String, plan: String = planKey) throws -> TaskCategory? {
        try rows(asOf: asOf, plan: plan)[task]?.status
    }

    func report(asOf: String, plan: String = planKey) throws -> StatusReport {
        try status(PlanScope(plan: plan), asOf: isoDate(asOf))
    }

    func history(_ task: String, plan: String? = nil, asOf: String = "2025-12-31") throws -> [ChangeRecord] {
        try detail(task: task, plan: plan, asOf: isoDate(asOf)).history
    }
}

/// Counts of every category, in the order reports list them.
private func counts(_ report: StatusReport) -> [Int] {
    TaskCategory.allCases.map { report.counts[$0] ?? 0 }
}

/// done, total, due_done, due, done_after_extension.
private func completion(_ report: StatusReport) -> [Int] {
    [report.completion.done, report.completion.total, report.completion.dueDone, report.completion.due,
     report.completion.doneAfterExtension]
}

private typealias Field = ChangeRecord.Field

/// Recording progress: each kind of update and its effect on status as of dates, history and undo.
@Suite struct ProgressTests {}

// MARK: - Done: on time or late

extension ProgressTests {
    @Suite struct Done {
        @Test(arguments: zip(["2025-08-20", "2025-08-31", "2025-09-01"],
                             [TaskCategory.doneOnTime, .doneOnTime, .doneLate]))
        func doneBeforeOnAndAfterTheDeadline(on: String, expected: TaskCategory) throws {
            let store = try loadedStore()
            let change = try store.change(.done(period: nil), "nv1", on: on, recorded: "2025-09-10")
            #expect(change.kind == .done)
            #expect(change.fields == [
                Field(field: .state, old: "open", new: "done"),
                Field(field: .stateSince, old: nil, new: on),
                Field(field: .completedOn, old: nil, new: on),
                Field(field: .percent, old: "0", new: "100"),
            ])

            let rows = try store.rows(asOf: "2025-09-10")
            #expect(rows["nv1"]?.status == expected)
            #expect(rows["nv1"]?.daysOverdue == 0)
            #expect(rows["nv1"]?.percent == 100)

            let report = try store.report(asOf: "2025-09-10")
            // done_on_time, done_late, in_progress, overdue, ongoing, deadline_unknown
            let done = expected == .doneOnTime ? [1, 0] : [0, 1]
            #expect(counts(report) == done + [1, 0, 0, 1])
            // nv1 done; nv3 is due 10/10 and nv2 has no deadline, so only nv1 has come due.
            #expect(completion(report) == [1, 3, 1, 1, 0])
            #expect(report.overdue == [])
        }

        @Test func aCompletionAfterTodayIsRefused() throws {
            let store = try loadedStore()
            let error = refusal { try store.change(.done(period: nil), "nv1", on: "2025-09-11", recorded: "2025-09-10") }
            #expect(error == .dateAfterToday(on: isoDate("2025-09-11"), today: isoDate("2025-09-10")))
            #expect(error?.description == "the date 11/09/2025 is after today (10/09/2025); record what has happened")
            #expect(try store.history("nv1") == [])
            #expect(try store.category("nv1", asOf: "2025-09-30") == .overdue)
        }

        /// "What was overdue on 30/9/2025?": nv1 was done on 05/10, so on 30/09 it was still
        /// overdue (30 days past 31/08), whatever was recorded later.
        @Test func asOfBeforeTheCompletionTheTaskIsNotDoneYet() throws {
            let store = try loadedStore()
            try store.change(.done(period: nil), "nv1", on: "2025-10-05", recorded: "2025-10-06")

            let before = try store.report(asOf: "2025-09-30")
            #expect(counts(before) == [0, 0, 1, 1, 0, 1])
            #expect(completion(before) == [0, 3, 0, 1, 0])
            #expect(before.overdue.map(\.agencyID) == ["ubnd"])
            #expect(before.overdue.first?.agency == "Ủy ban nhân dân xã Thử Nghiệm")
            #expect(before.overdue.first?.tasks.map(\.id) == ["nv1"])
            #expect(before.overdue.first?.tasks.first?.daysOverdue == 30)
            #expect(try store.overdueByAgency(PlanScope(plan: planKey), asOf: isoDate("2025-09-30")).flatMap { $0.tasks.map(\.id) } == ["nv1"])

            let dayBefore = try store.rows(asOf: "2025-10-04")["nv1"]
            #expect(dayBefore?.status == .overdue)
            #expect(dayBefore?.daysOverdue == 34)

            #expect(try store.category("nv1", asOf: "2025-10-05") == .doneLate)
            let after = try store.report(asOf: "2025-10-06")
            #expect(counts(after) == [0, 1, 1, 0, 0, 1])
            #expect(after.overdue == [])
            #expect(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-09-30")).task.status == .overdue)
        }

        @Test func doneTwiceIsRefused() throws {
            let store = try loadedStore()
            try store.change(.done(period: nil), "nv1", on: "2025-09-03", recorded: "2025-09-05")
            let error = refusal { try store.change(.done(period: nil), "nv1", on: "2025-09-06") }
            #expect(error == .notApplicable(task: "nv1", attempt: .markDone, state: .done, completedOn: isoDate("2025-09-03")))
            #expect(error?.description == "cannot mark done task 'nv1': it is done (on 03/09/2025); reopen it first")
            #expect(try store.history("nv1").count == 1)
        }

        @Test func changesAreRecordedInTheOrderTheyHappened() throws {
            let store = try loadedStore()
            try store.change(.start, "nv1", on: "2025-08-10")
            let error = refusal { try store.change(.done(period: nil), "nv1", on: "2025-08-05", recorded: "2025-08-20") }
            #expect(error == .dateBeforeLastChange(on: isoDate("2025-08-05"), last: isoDate("2025-08-10"), task: "nv1"))
            #expect(error?.description
                == "the date 05/08/2025 is before the last change of task 'nv1' (10/08/2025); changes are recorded in the order they happened")
        }

        /// `percent` in a task row is the value as of the as-of date: on 02/09 (before nv1
        /// was done on 03/09) the listing reads "tiến độ 30%", not 100%.
        @Test func percentAsOfADateBeforeTheCompletionIsThePercentThen() throws {
            let store = try loadedStore()
            try store.change(.progress(30), "nv1", on: "2025-08-20")
            try store.change(.done(period: nil), "nv1", on: "2025-09-03", recorded: "2025-09-05")
            let before = try store.rows(asOf: "2025-09-02")["nv1"]
            #expect(before?.status == .overdue)
            #expect(before?.percent == 30)
            #expect(try store.rows(asOf: "2025-08-15")["nv1"]?.percent == 0)
            #expect(try store.rows(asOf: "2025-09-03")["nv1"]?.percent == 100)
        }
    }
}

// MARK: - Start, pause, cancel, reopen

extension ProgressTests {
    @Suite struct State {
        @Test func startPauseCancelAndReopen() throws {
            let store = try loadedStore()
            let start = try store.change(.start, "nv3", on: "2025-09-01", by: "Hùng")
            #expect(start.kind == .start)
            #expect(start.fields == [Field(field: .state, old: "open", new: "started"), Field(field: .stateSince, old: nil, new: "2025-09-01")])
            #expect(try store.category("nv3", asOf: "2025-09-02") == .inProgress)

            let pause = try store.change(.pause, "nv3", on: "2025-09-10", by: "Hùng", note: "chờ kinh phí")
            #expect(pause.fields == [Field(field: .state, old: "started", new: "paused"),
                                     Field(field: .stateSince, old: "2025-09-01", new: "2025-09-10")])
            // A paused task still counts, by its deadline.
            #expect(try store.category("nv3", asOf: "2025-09-15") == .inProgress)
            #expect(try store.category("nv3", asOf: "2025-10-11") == .overdue)

            try store.change(.start, "nv3", on: "2025-09-12", by: "Hùng")
            let cancel = try store.change(.cancel, "nv3", on: "2025-09-20", by: "Hùng")
            #expect(cancel.fields.first == Field(field: .state, old: "started", new: "cancelled"))

            // Cancelled: out of the listing, the counts and both rates, from the day it was cancelled.
            let cancelled = try store.report(asOf: "2025-12-31")
            #expect(try store.rows(asOf: "2025-12-31").keys.sorted() == ["nv1", "nv2", "nv2a", "nv2b"])
            #expect(counts(cancelled) == [0, 0, 0, 1, 0, 1])
            #expect(completion(cancelled) == [0, 2, 0, 1, 0])
            #expect(cancelled.overdue.flatMap { $0.tasks.map(\.id) } == ["nv1"])
            #expect(cancelled.byLead.first { $0.agencyID == "vhxh" }?.total == 2)  // nv2a, nv2b; nv3 left out
            // The day before it was cancelled it still counted.
            #expect(try store.category("nv3", asOf: "2025-09-19") == .inProgress)
            #expect(try store.report(asOf: "2025-09-19").completion.total == 3)

            let reopen = try store.change(.reopen, "nv3", on: "2025-10-01", by: "Hùng")
            #expect(reopen.fields == [Field(field: .state, old: "cancelled", new: "started"),
                                      Field(field: .stateSince, old: "2025-09-20", new: "2025-10-01")])
            #expect(try store.category("nv3", asOf: "2025-10-05") == .inProgress)
            #expect(try store.category("nv3", asOf: "2025-09-25") == nil)
            #expect(try store.report(asOf: "2025-12-31").completion.total == 3)
            #expect(try store.history("nv3").map(\.kind) == [.start, .pause, .start, .cancel, .reopen])
        }

        @Test func reopeningADoneTaskClearsItsCompletion() throws {
            let store = try loadedStore()
            try store.change(.done(period: nil), "nv1", on: "2025-08-20")
            let reopen = try store.change(.reopen, "nv1", on: "2025-09-02", note: "biên bản chưa đủ")
            #expect(reopen.fields == [Field(field: .state, old: "done", new: "started"),
                                      Field(field: .stateSince, old: "2025-08-20", new: "2025-09-02"),
                                      Field(field: .completedOn, old: "2025-08-20", new: nil)])
            // Done on time as of the days it was done; overdue once reopened after the deadline.
            #expect(try store.category("nv1", asOf: "2025-08-25") == .doneOnTime)
            #expect(try store.category("nv1", asOf: "2025-09-01") == .doneOnTime)
            let now = try store.rows(asOf: "2025-09-05")["nv1"]
            #expect(now?.status == .overdue)
            #expect(now?.daysOverdue == 5)
            try store.change(.done(period: nil), "nv1", on: "2025-09-06")
            #expect(try store.category("nv1", asOf: "2025-09-30") == .doneLate)
            #expect(try store.category("nv1", asOf: "2025-09-01") == .doneOnTime)
        }

        @Test func refusedTransitionsSayWhatTheTaskIsAndWhatToDo() throws {
            let store = try loadedStore()
            try store.change(.start, "nv3", on: "2025-09-01")
            try store.change(.done(period: nil), "nv1", on: "2025-09-03")
            try store.change(.cancel, "nv2a", on: "2025-09-03")
            try store.change(.pause, "nv2b", on: "2025-09-03")

            let cases: [(String, TaskAction, String)] = [
                ("nv3", .start, "cannot start task 'nv3': it is already started"),
                ("nv3", .reopen, "cannot reopen task 'nv3': it is already started"),
                ("nv1", .done(period: nil), "cannot mark done task 'nv1': it is done (on 03/09/2025); reopen it first"),
                ("nv1", .start, "cannot start task 'nv1': it is done (on 03/09/2025); reopen it first"),
                ("nv1", .pause, "cannot pause task 'nv1': it is done (on 03/09/2025); reopen it first"),
                ("nv1", .cancel, "cannot cancel task 'nv1': it is done (on 03/09/2025); reopen it first"),
                ("nv1", .progress(50), "cannot record progress of task 'nv1': it is done (on 03/09/2025); reopen it first"),
                ("nv2a", .cancel, "cannot cancel task 'nv2a': it is cancelled; reopen it first"),
                ("nv2a", .done(period: nil), "cannot mark done task 'nv2a': it is cancelled; reopen it first"),
                ("nv2a", .start, "cannot start task 'nv2a': it is cancelled; reopen it first"),
                ("nv2b", .pause, "cannot pause task 'nv2b': it is paused; start or reopen it first"),
            ]
            for (task, action, message) in cases {
                let error = refusal { try store.change(action, task, on: "2025-09-05") }
                #expect(error?.description == message, "\(action) \(task)")
            }
            // A task never started cannot be reopened.
            let fresh = try loadedStore()
            let error = refusal { try fresh.change(.reopen, "nv1", on: "2025-09-05") }
            #expect(error == .notApplicable(task: "nv1", attempt: .reopen, state: .open, completedOn: nil))
            #expect(error?.description == "cannot reopen task 'nv1': it is not started")
            // Nothing refused left a trace.
            #expect(try store.history("nv3").count == 1)
            #expect(try store.history("nv1").count == 1)
        }
    }
}

// MARK: - Progress and notes

extension ProgressTests {
    @Suite struct Percent {
        @Test func progressOnAnOpenTaskStartsIt() throws {
            let store = try loadedStore()
            let first = try store.change(.progress(40), "nv3", on: "2025-09-15", note: "2/5 thôn")
            #expect(first.kind == .progress)
            #expect(first.note == "2/5 thôn")
            #expect(first.fields == [
                Field(field: .percent, old: "0", new: "40"),
                Field(field: .state, old: "open", new: "started"),
                Field(field: .stateSince, old: nil, new: "2025-09-15"),
            ])
            #expect(try store.rows(asOf: "2025-09-15")["nv3"]?.percent == 40)

            let second = try store.change(.progress(100), "nv3", on: "2025-09-20")
            #expect(second.fields == [Field(field: .percent, old: "40", new: "100")])
            // 100% is not done: only 'done' says when it was done.
            #expect(try store.category("nv3", asOf: "2025-09-20") == .inProgress)
            try store.change(.progress(0), "nv3", on: "2025-09-21")
            #expect(try store.rows(asOf: "2025-09-21")["nv3"]?.percent == 0)
        }

        @Test func progressZeroOnAnOpenTaskDoesNotStartIt() throws {
            let store = try loadedStore()
            let change = try store.change(.progress(0), "nv1", on: "2025-08-10")
            #expect(change.fields == [Field(field: .percent, old: "0", new: "0")])
            #expect(try store.locateForTest("nv1").state == .open)
        }

        @Test(arguments: [101, -1, 1000])
        func percentOutsideZeroToHundredIsRefused(percent: Int) throws {
            let store = try loadedStore()
            let error = refusal { try store.change(.progress(percent), "nv1", on: "2025-08-10") }
            #expect(error == .percentOutOfRange(percent))
            #expect(error?.description == "percent must be between 0 and 100, found \(percent)")
            #expect(try store.history("nv1") == [])
        }

        @Test func aNoteChangesNothingButIsKept() throws {
            let store = try loadedStore()
            let note = try store.change(.note, "nv1", on: "2025-08-12", recorded: "2025-08-13", by: "Lan (VH-XH)", note: "Đã họp chuẩn bị")
            #expect(note.kind == .note)
            #expect(note.fields == [])
            #expect(try store.history("nv1") == [ChangeRecord(
                id: note.id, plan: planKey, task: "nv1", kind: .note, by: "Lan (VH-XH)", on: isoDate("2025-08-12"),
                recordedOn: isoDate("2025-08-13"), note: "Đã họp chuẩn bị", fields: [], undoes: nil, undoneBy: nil)])
            #expect(try store.locateForTest("nv1").state == .open)
            #expect(try store.category("nv1", asOf: "2025-08-20") == .inProgress)
        }
    }
}

private extension TaskStore {
    /// The task's row as updates see it.
    func locateForTest(_ task: String, plan: String? = nil) throws -> TaskState {
        try read { db in try locate(task: task, plan: plan, db) }
    }
}

// MARK: - Deadlines

extension ProgressTests {
    @Suite struct Deadline {
        @Test func settingTheDeadlineOfAnExternalTask() throws {
            let store = try loadedStore()
            #expect(try store.category("nv2b", asOf: "2025-09-30") == .deadlineUnknown)

            let change = try store.change(.deadline(isoDate("2025-11-30")), "nv2b", on: "2025-10-01", by: "Hùng",
                                          note: "Sở KH&CN mở lớp tháng 11")
            #expect(change.kind == .deadline)
            #expect(change.note == "Sở KH&CN mở lớp tháng 11")
            #expect(change.fields == [
                Field(field: .deadline, old: nil, new: "2025-11-30"),
                Field(field: .recordedDeadline, old: nil, new: "2025-11-30"),
                Field(field: .deadlineSince, old: nil, new: "2025-10-01"),
            ])

            // Before it was announced, unknown; then in progress, then overdue.
            #expect(try store.category("nv2b", asOf: "2025-09-30") == .deadlineUnknown)
            #expect(try store.rows(asOf: "2025-09-30")["nv2b"]?.deadline == nil)
            let inTime = try store.rows(asOf: "2025-10-15")
            #expect(inTime["nv2b"]?.status == .inProgress)
            #expect(inTime["nv2b"]?.deadline == isoDate("2025-11-30"))
            #expect(inTime["nv2b"]?.extendedFrom == nil)
            #expect(inTime["nv2"]?.status == .inProgress)  // nv2a ongoing, nv2b in progress
            let late = try store.rows(asOf: "2025-12-01")
            #expect(late["nv2b"]?.status == .overdue)
            #expect(late["nv2b"]?.daysOverdue == 1)
            #expect(late["nv2"]?.status == .overdue)

            let detail = try store.detail(task: "nv2b", plan: nil, asOf: isoDate("2025-10-15"))
            #expect(detail.planDeadline == nil)
            #expect(detail.recordedDeadline == isoDate("2025-11-30"))
        }

        /// A deadline moved earlier (31/08 → 15/08) is brought forward, not extended: the
        /// change, the listings and `task show` say "rút ngắn", never "gia hạn".
        @Test func movingADeadlineEarlierIsNotAnExtension() throws {
            let store = try loadedStore()
            let move = try store.change(.deadline(isoDate("2025-08-15")), "nv1", on: "2025-08-01")
            #expect(ChangeText(language: .vi).confirmation(move)
                    == "Đã ghi: \(planKey)/nv1 — cập nhật thời hạn: thời hạn 31/08/2025 → 15/08/2025 (rút ngắn thời hạn)\n")
            #expect(ChangeText(language: .en).confirmation(move).hasSuffix("31/08/2025 → 15/08/2025 (brought forward)\n"))
            let row = try #require(try store.rows(asOf: "2025-08-02")["nv1"])
            #expect(row.deadlineBroughtForward)
            #expect(row.movedDeadline(.vi) == " (rút ngắn từ 31/08/2025)")
            #expect(row.movedDeadline(.en) == " (brought forward from 31/08/2025)")
            // Moved later again, past the plan's deadline: an extension from it.
            let later = try store.change(.deadline(isoDate("2025-09-30")), "nv1", on: "2025-08-02")
            #expect(!ChangeText(language: .vi).confirmation(later).contains("rút ngắn"))
            let extended = try #require(try store.rows(asOf: "2025-08-03")["nv1"])
            #expect(!extended.deadlineBroughtForward)
            #expect(extended.movedDeadline(.vi) == " (gia hạn từ 31/08/2025)")
        }

        /// nv1 was due 31/08; on 05/09 (already late) the deadline was moved to 30/09; it was
        /// done on 15/09: on time thanks to the extension.
        @Test func movingADeadlineIsAnExtension() throws {
            let store = try loadedStore()
            let move = try store.change(.deadline(isoDate("2025-09-30")), "nv1", on: "2025-09-05", note: "dời theo chỉ đạo")
            #expect(move.fields == [
                Field(field: .deadline, old: "2025-08-31", new: "2025-09-30"),
                Field(field: .recordedDeadline, old: nil, new: "2025-09-30"),
                Field(field: .deadlineSince, old: nil, new: "2025-09-05"),
                Field(field: .extendedFrom, old: nil, new: "2025-08-31"),
            ])
            #expect(try store.history("nv1").first?.fields.map(\.field) == [.deadline, .recordedDeadline, .extendedFrom, .deadlineSince])

            // Before the move: the old deadline, overdue.
            let before = try store.rows(asOf: "2025-09-02")["nv1"]
            #expect(before?.deadline == isoDate("2025-08-31"))
            #expect(before?.status == .overdue)
            #expect(before?.daysOverdue == 2)
            // After: the new one.
            let after = try store.rows(asOf: "2025-09-06")["nv1"]
            #expect(after?.deadline == isoDate("2025-09-30"))
            #expect(after?.extendedFrom == isoDate("2025-08-31"))
            #expect(after?.status == .inProgress)

            try store.change(.done(period: nil), "nv1", on: "2025-09-15")
            #expect(try store.category("nv1", asOf: "2025-09-20") == .doneOnTime)
            let report = try store.report(asOf: "2025-09-20")
            #expect(counts(report) == [1, 0, 1, 0, 0, 1])
            #expect(completion(report) == [1, 3, 1, 1, 1])
            // As of a day before the move the task was neither done nor extended.
            #expect(try store.report(asOf: "2025-09-04").completion.doneAfterExtension == 0)

            let detail = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-09-20"))
            #expect(detail.planDeadline == isoDate("2025-08-31"))
            #expect(detail.recordedDeadline == isoDate("2025-09-30"))
            #expect(detail.task.extendedFrom == isoDate("2025-08-31"))
        }

        @Test func aSecondMoveKeepsTheOriginalDeadline() throws {
            let store = try loadedStore()
            try store.change(.deadline(isoDate("2025-10-31")), "nv3", on: "2025-10-01")
            let second = try store.change(.deadline(isoDate("2025-11-15")), "nv3", on: "2025-10-20", by: "Hùng")
            #expect(second.fields == [
                Field(field: .deadline, old: "2025-10-31", new: "2025-11-15"),
                Field(field: .recordedDeadline, old: "2025-10-31", new: "2025-11-15"),
                Field(field: .deadlineSince, old: "2025-10-01", new: "2025-10-20"),
            ])
            let row = try store.rows(asOf: "2025-10-25")["nv3"]
            #expect(row?.deadline == isoDate("2025-11-15"))
            #expect(row?.extendedFrom == isoDate("2025-10-10"))
            // A deadline the office recorded is no longer the plan's tentative one.
            #expect(row?.tentative == false)
            // Each date sees the deadline of its day.
            #expect(try store.rows(asOf: "2025-09-30")["nv3"]?.deadline == isoDate("2025-10-10"))
            #expect(try store.rows(asOf: "2025-10-10")["nv3"]?.deadline == isoDate("2025-10-31"))
            #expect(try store.rows(asOf: "2025-10-19")["nv3"]?.deadline == isoDate("2025-10-31"))
            #expect(try store.rows(asOf: "2025-11-01")["nv3"]?.status == .inProgress)
            #expect(try store.rows(asOf: "2025-11-16")["nv3"]?.daysOverdue == 1)

            let same = refusal { try store.change(.deadline(isoDate("2025-11-15")), "nv3", on: "2025-10-21") }
            #expect(same == .sameDeadline(task: "nv3", deadline: isoDate("2025-11-15")))
            #expect(same?.description == "task 'nv3' is already due 15/11/2025")
        }

        @Test func doneBeforeTheOriginalDeadlineIsNotDoneAfterAnExtension() throws {
            let store = try loadedStore()
            try store.change(.deadline(isoDate("2025-09-30")), "nv1", on: "2025-08-01")
            try store.change(.done(period: nil), "nv1", on: "2025-08-20")
            let report = try store.report(asOf: "2025-09-01")
            #expect(report.counts[.doneOnTime] == 1)
            #expect(report.completion.doneAfterExtension == 0)
        }

        /// `extended_from` in a task row is the value as of the as-of date: a day before the
        /// move, `task show` reads "Thời hạn: 31/08/2025" with no "gia hạn từ".
        @Test func asOfADateBeforeTheMoveTheTaskIsNotExtended() throws {
            let store = try loadedStore()
            try store.change(.deadline(isoDate("2025-09-30")), "nv1", on: "2025-09-05")
            let before = try store.rows(asOf: "2025-09-02")["nv1"]
            #expect(before?.deadline == isoDate("2025-08-31"))
            #expect(before?.extendedFrom == nil)
        }
    }
}

// MARK: - Which task

extension ProgressTests {
    @Suite struct Locate {
        @Test func aTaskWithSubtasksRollsUpAndOnlyTakesNotes() throws {
            let store = try loadedStore()
            // Cancelling and reopening the whole task are allowed (see RollUp).
            let actions: [TaskAction] = [.start, .done(period: nil), .pause, .progress(10), .deadline(isoDate("2025-12-01"))]
            for action in actions {
                let error = refusal { try store.change(action, "nv2", on: "2025-09-01") }
                #expect(error == .rollsUp(task: "nv2", subtasks: ["nv2a", "nv2b"]), "\(action)")
                #expect(error?.description == "task 'nv2' rolls up from its sub-tasks (nv2a, nv2b); update those instead")
            }
            let note = try store.change(.note, "nv2", on: "2025-09-01", note: "Họp giao ban")
            #expect(note.fields == [])
            #expect(try store.history("nv2").map(\.kind) == [.note])
        }

        @Test func anUnknownTaskGetsADidYouMean() throws {
            let store = try loadedStore()
            let typo = refusal { try store.change(.start, "nv11", on: "2025-09-01") }
            #expect(typo == .unknownTask("nv11", plan: nil, suggestion: "nv1"))
            #expect(typo?.description == "no task 'nv11' in the loaded plans; did you mean 'nv1'?")

            let inPlan = refusal { try store.change(.start, "nv2c", on: "2025-09-01", plan: planKey) }
            #expect(inPlan?.description.hasPrefix("no task 'nv2c' in plan 'thu-nghiem-2025'; did you mean 'nv2") == true)

            let far = refusal { try store.change(.start, "le-phat-dong", on: "2025-09-01") }
            #expect(far == .unknownTask("le-phat-dong", plan: nil, suggestion: nil))
            #expect(far?.description == "no task 'le-phat-dong' in the loaded plans")

            #expect(throws: ChangeError.unknownTask("NV11", plan: nil, suggestion: "nv1")) {
                try store.detail(task: "NV11", plan: nil, asOf: isoDate("2025-09-01"))
            }
            // An unknown plan is the store's error.
            #expect(throws: StoreError.unknownPlan("thu-nghiem-2052", suggestion: planKey)) {
                try store.change(.start, "nv1", on: "2025-09-01", plan: "thu-nghiem-2052")
            }
        }

        /// Documents write task numbers in capitals ("NV1"): an id typed in another case is
        /// the task when only one id matches so.
        @Test func anIdTypedInAnotherCaseIsTheTask() throws {
            let store = try loadedStore()
            let started = try store.change(.start, "NV1", on: "2025-09-01")
            #expect(started.task == "nv1")
            #expect(try store.category("nv1", asOf: "2025-09-02") == .overdue)
            #expect(try store.detail(task: "Nv2A", plan: nil, asOf: isoDate("2025-09-01")).task.id == "nv2a")
        }

        @Test func aTaskIdInTwoPlansNeedsThePlan() throws {
            let store = try loadedStore()
            let other = try PlanFixture.plan(PlanFixture.variant("id: thu-nghiem-2025", "id: \(otherPlanKey)"))
            _ = try store.load(other, sourcePath: "other.yaml")

            let error = refusal { try store.change(.start, "nv1", on: "2025-08-10") }
            #expect(error == .ambiguousTask("nv1", plans: [planKey, otherPlanKey]))
            #expect(error?.description == "task 'nv1' is in several plans ('thu-nghiem-2025', 'thu-nghiem-khac-2025'); name the plan")
            #expect(throws: ChangeError.ambiguousTask("nv1", plans: [planKey, otherPlanKey])) {
                try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-08-10"))
            }

            let change = try store.change(.done(period: nil), "nv1", on: "2025-08-10", plan: otherPlanKey)
            #expect(change.plan == otherPlanKey)
            #expect(try store.category("nv1", asOf: "2025-08-20", plan: otherPlanKey) == .doneOnTime)
            #expect(try store.category("nv1", asOf: "2025-08-20", plan: planKey) == .inProgress)
            #expect(try store.history("nv1", plan: planKey) == [])
            #expect(try store.history("nv1", plan: otherPlanKey).map(\.id) == [change.id])
        }
    }
}

// MARK: - History and undo

extension ProgressTests {
    @Suite struct History {
        @Test func historyListsEveryChangeInOrder() throws {
            let store = try loadedStore()
            let a = try store.change(.start, "nv1", on: "2025-08-01", recorded: "2025-08-02", by: "Lan")
            let b = try store.change(.progress(60), "nv1", on: "2025-08-20", by: "Hùng", note: "đã in băng rôn")
            let c = try store.change(.deadline(isoDate("2025-09-15")), "nv1", on: "2025-08-28", by: "Chủ tịch", note: "chờ đại biểu tỉnh")
            let d = try store.change(.done(period: nil), "nv1", on: "2025-09-10", recorded: "2025-09-12", by: "Lan")

            let history = try store.history("nv1")
            #expect(history.map(\.id) == [a.id, b.id, c.id, d.id])
            #expect(history.map(\.id) == history.map(\.id).sorted())
            #expect(history == [
                ChangeRecord(id: a.id, plan: planKey, task: "nv1", kind: .start, by: "Lan", on: isoDate("2025-08-01"),
                             recordedOn: isoDate("2025-08-02"), note: nil,
                             fields: [Field(field: .state, old: "open", new: "started"), Field(field: .stateSince, old: nil, new: "2025-08-01")],
                             undoes: nil, undoneBy: nil),
                ChangeRecord(id: b.id, plan: planKey, task: "nv1", kind: .progress, by: "Hùng", on: isoDate("2025-08-20"),
                             recordedOn: isoDate("2025-08-20"), note: "đã in băng rôn",
                             fields: [Field(field: .percent, old: "0", new: "60")], undoes: nil, undoneBy: nil),
                ChangeRecord(id: c.id, plan: planKey, task: "nv1", kind: .deadline, by: "Chủ tịch", on: isoDate("2025-08-28"),
                             recordedOn: isoDate("2025-08-28"), note: "chờ đại biểu tỉnh",
                             fields: [Field(field: .deadline, old: "2025-08-31", new: "2025-09-15"),
                                      Field(field: .recordedDeadline, old: nil, new: "2025-09-15"),
                                      Field(field: .extendedFrom, old: nil, new: "2025-08-31"),
                                      Field(field: .deadlineSince, old: nil, new: "2025-08-28")],
                             undoes: nil, undoneBy: nil),
                ChangeRecord(id: d.id, plan: planKey, task: "nv1", kind: .done, by: "Lan", on: isoDate("2025-09-10"),
                             recordedOn: isoDate("2025-09-12"), note: nil,
                             fields: [Field(field: .state, old: "started", new: "done"),
                                      Field(field: .completedOn, old: nil, new: "2025-09-10"),
                                      Field(field: .percent, old: "60", new: "100"),
                                      Field(field: .stateSince, old: "2025-08-01", new: "2025-09-10")],
                             undoes: nil, undoneBy: nil),
            ])
            // History is the task's own: other tasks' changes are not in it.
            try store.change(.start, "nv3", on: "2025-09-01")
            #expect(try store.history("nv1").count == 4)
            // The whole history whatever the as-of date.
            #expect(try store.history("nv1", asOf: "2025-08-01").count == 4)
        }

        @Test func undoRestoresThePreviousValuesAndIsInTheHistory() throws {
            let store = try loadedStore()
            let start = try store.change(.start, "nv1", on: "2025-08-01", by: "Lan")
            let done = try store.change(.done(period: nil), "nv1", on: "2025-09-03", recorded: "2025-09-05", by: "Lan")
            #expect(try store.category("nv1", asOf: "2025-12-31") == .doneLate)

            let undo = try store.undo(by: "Lan", recordedOn: isoDate("2025-09-06"))
            #expect(undo.kind == .undo)
            #expect(undo.undoes == done.id)
            #expect(undo.by == "Lan")
            #expect(undo.on == isoDate("2025-09-06"))
            #expect(Set(undo.fields.map(\.field)) == [.state, .completedOn, .percent, .stateSince])
            #expect(undo.fields.first { $0.field == .state } == Field(field: .state, old: "done", new: "started"))
            #expect(undo.fields.first { $0.field == .completedOn } == Field(field: .completedOn, old: "2025-09-03", new: nil))
            #expect(undo.fields.first { $0.field == .percent } == Field(field: .percent, old: "100", new: "0"))
            #expect(undo.fields.first { $0.field == .stateSince } == Field(field: .stateSince, old: "2025-09-03", new: "2025-08-01"))

            let task = try store.locateForTest("nv1")
            #expect(task.state == .started)
            #expect([task.completedOn, String(task.percent), task.stateSince] == [nil, "0", "2025-08-01"])
            let row = try store.rows(asOf: "2025-12-31")["nv1"]
            #expect(row?.status == .overdue)
            #expect(row?.daysOverdue == 122)
            // Replaying the past ignores the undone change.
            #expect(try store.category("nv1", asOf: "2025-09-04") == .overdue)

            let history = try store.history("nv1")
            #expect(history.map(\.kind) == [.start, .done, .undo])
            #expect(history.map(\.undoneBy) == [nil, undo.id, nil])
            #expect(history.map(\.undoes) == [nil, nil, done.id])
            #expect(history[2].fields.map(\.field) == [.state, .completedOn, .percent, .stateSince])

            // The next undo takes back the change before.
            let second = try store.undo(by: "Lan", recordedOn: isoDate("2025-09-06"))
            #expect(second.undoes == start.id)
            #expect(try store.locateForTest("nv1").state == .open)
            #expect(try store.locateForTest("nv1").stateSince == nil)
            let nothing = refusal { try store.undo(by: "Lan", recordedOn: isoDate("2025-09-06")) }
            #expect(nothing == .nothingToUndo(by: "Lan"))
            #expect(try store.history("nv1").count == 4)
        }

        /// An undo dated before the change it would take back is refused: the history showed
        /// change 15 of 01/08 undoing change 14 of 05/08.
        @Test func undoIsRefusedBeforeTheChangeWasMade() throws {
            let store = try loadedStore()
            try store.change(.done(period: nil), "nv1", on: "2025-08-05", by: "Hùng")
            let early = refusal { try store.undo(by: "Hung", recordedOn: isoDate("2025-08-01")) }
            #expect(early == .dateBeforeLastChange(on: isoDate("2025-08-01"), last: isoDate("2025-08-05"), task: "nv1"))
            #expect(early?.text(.vi)
                == "ngày 01/08/2025 trước lần thay đổi gần nhất của nhiệm vụ 'nv1' (05/08/2025); các thay đổi được ghi theo thứ tự thời gian")
            #expect(try store.history("nv1").map(\.kind) == [.done])
            let undo = try store.undo(by: "Hung", recordedOn: isoDate("2025-08-05"))
            #expect(try store.history("nv1").map(\.undoes) == [nil, undo.undoes])
        }

        @Test func undoIsRefusedWhenTheFieldWasChangedSinceBySomeoneElse() throws {
            let store = try loadedStore()
            try store.change(.start, "nv1", on: "2025-08-01", by: "Lan")
            try store.change(.pause, "nv1", on: "2025-08-05", by: "Hùng")
            let error = refusal { try store.undo(by: "Lan", recordedOn: isoDate("2025-08-06")) }
            #expect(error == .changedSince(task: "nv1", field: .state))
            #expect(error?.description == "cannot undo: the state of task 'nv1' was changed again since; undo that change first")
            #expect(try store.history("nv1").count == 2)
            #expect(try store.locateForTest("nv1").state == .paused)

            // Once Hùng takes his back, Lan can take hers back.
            _ = try store.undo(by: "Hùng", recordedOn: isoDate("2025-08-06"))
            _ = try store.undo(by: "Lan", recordedOn: isoDate("2025-08-06"))
            #expect(try store.locateForTest("nv1").state == .open)

            // A change to another field does not block an undo.
            try store.change(.progress(30), "nv3", on: "2025-09-01", by: "Lan")
            try store.change(.deadline(isoDate("2025-10-20")), "nv3", on: "2025-09-02", by: "Hùng")
            let undo = try store.undo(by: "Lan", recordedOn: isoDate("2025-09-03"))
            #expect(Set(undo.fields.map(\.field)) == [.percent, .state, .stateSince])
            #expect(try store.rows(asOf: "2025-09-03")["nv3"]?.deadline == isoDate("2025-10-20"))
            #expect(try store.locateForTest("nv3").percent == 0)
        }

        @Test func nothingToUndoForSomeoneWhoRecordedNothing() throws {
            let store = try loadedStore()
            try store.change(.start, "nv1", on: "2025-08-01", by: "Lan")
            let error = refusal { try store.undo(by: "Nam", recordedOn: isoDate("2025-08-02")) }
            #expect(error == .nothingToUndo(by: "Nam"))
            #expect(error?.description == "'Nam' has no change left to undo")
            #expect(try store.history("nv1").count == 1)
        }

        @Test func undoOfADeadlineMoveRestoresTheOldDeadlineAndExtension() throws {
            let store = try loadedStore()
            let move = try store.change(.deadline(isoDate("2025-09-30")), "nv1", on: "2025-09-05", by: "Lan")
            try store.change(.done(period: nil), "nv1", on: "2025-09-15", by: "Hùng")
            #expect(try store.report(asOf: "2025-09-20").completion.doneAfterExtension == 1)

            let undo = try store.undo(by: "Lan", recordedOn: isoDate("2025-09-20"))
            #expect(undo.undoes == move.id)
            #expect(ChangeRecord.Field.displayOrder(undo.fields) == [
                Field(field: .deadline, old: "2025-09-30", new: "2025-08-31"),
                Field(field: .recordedDeadline, old: "2025-09-30", new: nil),
                Field(field: .extendedFrom, old: "2025-08-31", new: nil),
                Field(field: .deadlineSince, old: "2025-09-05", new: nil),
            ])
            let row = try store.rows(asOf: "2025-09-20")["nv1"]
            #expect(row?.deadline == isoDate("2025-08-31"))
            #expect(row?.extendedFrom == nil)
            #expect(row?.status == .doneLate)
            let report = try store.report(asOf: "2025-09-20")
            #expect(report.completion.doneAfterExtension == 0)
            #expect(counts(report) == [0, 1, 1, 0, 0, 1])
            let detail = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-09-20"))
            #expect(detail.recordedDeadline == nil)
            #expect(detail.planDeadline == isoDate("2025-08-31"))
            #expect(detail.history.map(\.undoneBy) == [undo.id, nil, nil])
        }
    }
}

// MARK: - Re-loading the plan

extension ProgressTests {
    @Suite struct Reload {
        /// nv1 renamed and due a month later, nv3 gone, nv4 new.
        static let edited = PlanFixture.variant([
            ("  - id: nv3\n    title: Ngày hội toàn dân học tập số\n    lead: vhxh\n    timeline: Dự kiến ngày 10/10/2025\n",
             "  - id: nv4\n    title: Hướng dẫn cài đặt VNeID\n    lead: ca\n    timeline: Quý IV/2025\n"),
            ("title: Tổ chức Lễ phát động", "title: Tổ chức Lễ phát động Phong trào"),
            ("timeline: Tháng 8/2025", "timeline: Tháng 9/2025"),
        ])

        @Test func reloadingKeepsRecordedStatesAndHistory() throws {
            let store = try loadedStore()
            try store.change(.start, "nv1", on: "2025-08-01", by: "Lan")
            try store.change(.progress(50), "nv1", on: "2025-08-15", by: "Lan")
            try store.change(.deadline(isoDate("2025-11-30")), "nv2b", on: "2025-10-01", by: "Hùng")
            try store.change(.done(period: nil), "nv3", on: "2025-10-08", by: "Hùng")
            let historyBefore = try store.history("nv1")

            let summary = try store.load(try PlanFixture.plan(Self.edited), sourcePath: "plan.yaml")
            #expect(summary.added == ["nv4"])
            #expect(summary.retired == ["nv3"])
            #expect(summary.changed.map(\.task) == ["nv1"])

            let task = try store.locateForTest("nv1")
            #expect(task.state == .started)
            #expect([String(task.percent), task.stateSince] == ["50", "2025-08-01"])
            #expect(try store.history("nv1") == historyBefore)
            // The plan's new deadline counts for nv1, the recorded one still counts for nv2b.
            let rows = try store.rows(asOf: "2025-10-15")
            #expect(rows["nv1"]?.deadline == isoDate("2025-09-30"))
            #expect(rows["nv1"]?.status == .overdue)
            #expect(rows["nv1"]?.title == "Tổ chức Lễ phát động Phong trào")
            #expect(rows["nv2b"]?.deadline == isoDate("2025-11-30"))
            #expect(rows["nv3"] == nil)
            #expect(rows["nv4"]?.status == .inProgress)

            // A retired task cannot be updated, and is out of the plan's status; it is still
            // shown, marked retired, with what was recorded (`task show` refused it with the
            // wording of an update).
            let retired = refusal { try store.change(.reopen, "nv3", on: "2025-10-20") }
            #expect(retired == .retired(task: "nv3"))
            #expect(retired?.description == "task 'nv3' is no longer in its plan file (retired); it cannot be updated")
            let shown = try store.detail(task: "nv3", plan: nil, asOf: isoDate("2025-10-20"))
            #expect(shown.retired)
            #expect(shown.task.status == .doneOnTime)
            #expect(shown.task.completedOn == isoDate("2025-10-08"))
            #expect(shown.history.map(\.kind) == [.done])
            #expect(try !store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-10-20")).retired)

            // Back in the file: back with its state and history.
            let back = try store.load(try PlanFixture.plan(), sourcePath: "plan.yaml")
            #expect(back.restored == ["nv3"])
            #expect(try store.category("nv3", asOf: "2025-10-20") == .doneOnTime)
            #expect(try store.history("nv3").map(\.kind) == [.done])
            #expect(try store.rows(asOf: "2025-10-15")["nv1"]?.deadline == isoDate("2025-08-31"))
            #expect(try store.rows(asOf: "2025-10-15")["nv2b"]?.deadline == isoDate("2025-11-30"))
        }
    }
}

extension ProgressTests {
    /// A task with sub-tasks gets its category from their updates.
    @Suite struct RollUp {
        @Test func subtaskUpdatesRollUpToTheirTask() throws {
            let store = try loadedStore()
            try store.change(.done(period: nil), "nv2a", on: "2025-09-10")
            #expect(try store.category("nv2", asOf: "2025-09-15") == .deadlineUnknown)  // nv2b still unknown
            try store.change(.deadline(isoDate("2025-10-31")), "nv2b", on: "2025-10-01", by: "Hùng")
            #expect(try store.category("nv2", asOf: "2025-10-15") == .inProgress)
            try store.change(.deadline(isoDate("2025-11-30")), "nv2b", on: "2025-10-25", by: "Hùng")
            try store.change(.done(period: nil), "nv2b", on: "2025-11-05", by: "Hùng")

            let rows = try store.rows(asOf: "2025-11-10")
            #expect(rows["nv2"]?.status == .doneOnTime)
            #expect(rows["nv2b"]?.extendedFrom == isoDate("2025-10-31"))
            let report = try store.report(asOf: "2025-11-10")
            // nv1 overdue, nv2 done on time thanks to nv2b's extension, nv3 overdue.
            #expect(counts(report) == [1, 0, 0, 2, 0, 0])
            #expect(completion(report) == [1, 3, 1, 3, 1])
            // Before nv2b was done, nv2 was not done either.
            #expect(try store.category("nv2", asOf: "2025-11-04") == .inProgress)
        }

        @Test func aCancelledSubtaskLeavesTheRollUp() throws {
            let store = try loadedStore()
            try store.change(.cancel, "nv2a", on: "2025-09-01")
            try store.change(.deadline(isoDate("2025-10-31")), "nv2b", on: "2025-09-01")
            try store.change(.done(period: nil), "nv2b", on: "2025-11-03")
            let rows = try store.rows(asOf: "2025-11-10")
            #expect(rows["nv2a"] == nil)
            #expect(rows["nv2"]?.status == .doneLate)
            #expect(rows["nv2"]?.deadline == isoDate("2025-10-31"))
        }

        /// Cancelling every sub-task cancels the task they roll up into: it leaves the counts
        /// and the listings, as a cancelled task does.
        @Test func aTaskWhoseSubtasksAreAllCancelledLeavesTheCounts() throws {
            let store = try loadedStore()
            try store.change(.cancel, "nv2a", on: "2025-09-01")
            try store.change(.cancel, "nv2b", on: "2025-09-01")
            let report = try store.report(asOf: "2025-09-02")
            #expect(report.completion.total == 2)
            #expect(counts(report) == [0, 0, 1, 1, 0, 0])
            #expect(try store.rows(asOf: "2025-09-02")["nv2"] == nil)
        }

        /// A task with sub-tasks can be cancelled as a whole: it and its sub-tasks leave the
        /// counts, the listings and the agencies' tallies; reopening it brings them back.
        @Test func aTaskWithSubtasksCanBeCancelledAndReopened() throws {
            let store = try loadedStore()
            let before = try store.report(asOf: "2025-09-06")
            let beforeRows = try store.rows(asOf: "2025-09-06")
            let cancel = try store.change(.cancel, "nv2", on: "2025-09-01")
            #expect(cancel.fields == [Field(field: .state, old: "open", new: "cancelled"), Field(field: .stateSince, old: nil, new: "2025-09-01")])
            let report = try store.report(asOf: "2025-09-02")
            #expect(report.completion.total == 2)
            #expect(counts(report) == [0, 0, 1, 1, 0, 0])
            #expect(report.byLead.first { $0.agencyID == "vhxh" }?.total == 1)  // nv3 only; nv2a, nv2b left out
            let rows = try store.rows(asOf: "2025-09-02")
            #expect(rows["nv2"] == nil && rows["nv2a"] == nil && rows["nv2b"] == nil)
            // Before the cancellation it counted.
            #expect(try store.report(asOf: "2025-08-31").completion.total == 3)
            try store.change(.reopen, "nv2", on: "2025-09-05")
            #expect(try store.report(asOf: "2025-09-06").completion.total == before.completion.total)
            #expect(try store.rows(asOf: "2025-09-06") == beforeRows)
        }
    }
}
