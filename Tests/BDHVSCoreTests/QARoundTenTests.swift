import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// Findings of the tenth QA round, in the library.
@Suite struct QARoundTenTests {
    /// The base plan without its task nv3: loaded after the base plan, it retires nv3.
    static let withoutNV3 = PlanFixture.variant(
        "  - id: nv3\n    title: Ngày hội toàn dân học tập số\n    lead: vhxh\n    timeline: Dự kiến ngày 10/10/2025\n", "")

    /// `detail` as `task show --format json` writes it, keys sorted.
    static func json(_ detail: TaskDetail) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(detail), as: UTF8.self)
    }

    /// `task show` of a retired task said it was retired but not since when: nothing kept the
    /// day. The load that retires a task keeps its as-of date (migration v17); a load that
    /// brings it back removes it, a later retirement keeps the later day. A task retired in a
    /// database of an earlier release is shown retired, with no date.
    @Test func theDayATaskWasRetiredIsKeptAndShown() throws {
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName, on: isoDate("2025-08-01"))
        #expect(try store.load(try PlanFixture.plan(Self.withoutNV3), sourcePath: PlanFixture.fileName, on: isoDate("2025-09-15")).retired == ["nv3"])
        let retired = try store.detail(task: "nv3", plan: nil, asOf: isoDate("2025-10-01"))
        #expect(retired.retired)
        #expect(retired.retiredOn == isoDate("2025-09-15"))
        #expect(TaskDetailText(language: .vi).render(retired).split(separator: "\n")[1]
            == "  Đã thôi theo dõi: nhiệm vụ không còn trong tệp kế hoạch từ lần nạp lại kế hoạch ngày 15/09/2025; dữ liệu đã ghi được giữ lại, không cập nhật được nữa")
        #expect(TaskDetailText(language: .en).render(retired).split(separator: "\n")[1]
            == "  Retired: the task is no longer in the plan file since the plan was loaded again on 15/09/2025; what was recorded is kept, and it can no longer be updated")
        #expect(try Self.json(retired).contains("\"retired\":true,\"retired_on\":\"2025-09-15\""))
        // A task still in the file has no such day.
        let live = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-10-01"))
        #expect(live.retiredOn == nil)
        #expect(try Self.json(live).contains("\"retired\":false,\"retired_on\":null"))

        // Back in the file, then out again: the later day.
        #expect(try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName, on: isoDate("2025-10-02")).restored == ["nv3"])
        #expect(try store.detail(task: "nv3", plan: nil, asOf: isoDate("2025-10-03")).retiredOn == nil)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM task_retirement") } == 0)
        _ = try store.load(batch: [(try PlanFixture.plan(Self.withoutNV3), PlanFixture.fileName)], on: isoDate("2025-11-20"))
        #expect(try store.detail(task: "nv3", plan: nil, asOf: isoDate("2025-12-31")).retiredOn == isoDate("2025-11-20"))
    }

    @Test func aTaskRetiredBeforeTheDayWasKeptIsShownWithNoDate() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v16-unknown-recorder-empty")
        let store = TaskStore(writer: queue)
        _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        _ = try store.load(try PlanFixture.plan(Self.withoutNV3), sourcePath: PlanFixture.fileName)
        try Migrations.migrator.migrate(queue)
        let old = try store.detail(task: "nv3", plan: nil, asOf: isoDate("2025-10-01"))
        #expect(old.retired)
        #expect(old.retiredOn == nil)
        #expect(TaskDetailText(language: .en).render(old).split(separator: "\n")[1]
            == "  Retired: the task is no longer in the plan file since the plan was loaded again; what was recorded is kept, and it can no longer be updated")
        #expect(try Self.json(old).contains("\"retired\":true,\"retired_on\":null"))
    }

    /// "Từ tháng 9/2025" (a start and no end) was refused, and a test pinned the refusal: it
    /// is an ongoing duty from 01/09/2025, as "Từ năm 2026" is from 01/01/2026. "Năm học
    /// 2025-2026" (September 2025 to May 2026) and "Quý III/2025 và thường xuyên" (the end of
    /// the quarter, then ongoing) were refused: they give 31/05/2026, tentative, and 30/09/2025.
    @Test func aStartWithNoEndASchoolYearAndADeadlineThenOngoingAreRead() throws {
        let parser = TimelineParser(planYear: 2025)
        #expect(parser.parse("Từ tháng 9/2025") == .success(.ongoingFrom(isoDate("2025-09-01"))))
        #expect(parser.parse("Tu thang 9/2025") == .success(.ongoingFrom(isoDate("2025-09-01"))))
        #expect(parser.parse("Từ năm 2026") == .success(.ongoingFrom(isoDate("2026-01-01"))))
        #expect(parser.parse("Năm học 2025-2026") == .success(.due(isoDate("2026-05-31"), start: isoDate("2025-09-01"), tentative: true)))
        #expect(parser.parse("Quý III/2025 và thường xuyên") == .success(.due(isoDate("2025-09-30"), start: nil, tentative: false)))
        // A range is still a range, and a school year is two years one after the other.
        #expect(parser.parse("Từ tháng 9 đến tháng 11/2025") == .success(.due(isoDate("2025-11-30"), start: isoDate("2025-09-01"), tentative: false)))
        func problem(_ result: Result<Schedule, TimelineProblem>) -> TimelineProblem? {
            if case .failure(let problem) = result { return problem }
            return nil
        }
        let span = problem(parser.parse("Năm học 2025-2027"))
        #expect(span?.kind == .impossibleDate)
        #expect(span?.offset == 8)
        #expect(span?.text(.vi) == "năm học '2025-2027' không có thật: năm học gồm hai năm liền nhau, như 'Năm học 2025-2026'")
        #expect(span?.text(.en) == "school year '2025-2027' does not exist: a school year spans two years one after the other, such as 'Năm học 2025-2026'")
        #expect(problem(parser.parse("Từ tháng 13/2025"))?.kind == .impossibleDate)

        // Stored and counted: the duty from September is not begun before its start (in
        // progress within its time, as a dated task not begun), ongoing from it, never overdue
        // and never among the tasks come due; the other two are due on their day.
        let store = try TaskStore.inMemory()
        let plan = PlanFixture.variant([
            ("timeline: Tháng 8/2025", "timeline: Từ tháng 9/2025"),
            ("timeline: Dự kiến ngày 10/10/2025", "timeline: Năm học 2025-2026"),
            ("timeline: Theo kế hoạch mở lớp của tỉnh", "timeline: Quý III/2025 và thường xuyên"),
        ])
        _ = try store.load(try PlanFixture.plan(plan), sourcePath: PlanFixture.fileName)
        func rows(_ asOf: String) throws -> [String: TaskRow] {
            Dictionary(uniqueKeysWithValues: try store.tasks(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate(asOf)).map { ($0.id, $0) })
        }
        let august = try rows("2025-08-15"), december = try rows("2025-12-31")
        #expect(august["nv1"]?.status == .inProgress)
        #expect(december["nv1"]?.status == .ongoing)
        #expect(december["nv1"]?.deadline == nil)
        #expect(december["nv3"]?.deadline == isoDate("2026-05-31"))
        #expect(december["nv3"]?.tentative == true)
        #expect(december["nv3"]?.status == .inProgress)
        #expect(august["nv2b"]?.deadline == isoDate("2025-09-30"))
        #expect(august["nv2b"]?.status == .inProgress)
        #expect(december["nv2b"]?.status == .overdue)
        let report = try store.status(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate("2025-12-31"))
        // Come due by 31/12/2025: nv2 alone, rolled up from nv2b (due 30/09/2025) and nv2a (ongoing).
        #expect(report.completion.dueDone == 0)
        #expect(report.completion.due == 1)

        // `task show` says when each starts (it said "ongoing" in August with no start), in
        // the text and as `start` in JSON; a task with no start of its own has neither.
        let before = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-08-15"))
        #expect(before.start == isoDate("2025-09-01"))
        #expect(TaskDetailText(language: .vi).render(before).contains("\n  Thời gian thực hiện: “Từ tháng 9/2025”\n  Bắt đầu: 01/09/2025\n"))
        #expect(TaskDetailText(language: .en).render(before).contains("\n  Timeline: “Từ tháng 9/2025”\n  Starts: 01/09/2025\n"))
        #expect(try Self.json(before).contains("\"start\":\"2025-09-01\""))
        #expect(try store.detail(task: "nv3", plan: nil, asOf: isoDate("2025-08-15")).start == isoDate("2025-09-01"))
        let noStart = try store.detail(task: "nv2b", plan: nil, asOf: isoDate("2025-08-15"))
        #expect(noStart.start == nil)
        #expect(try !Self.json(noStart).contains("\"start\""))
    }

    /// A Tết duty ('yearly:00-00') in a commune's package is read by the province as the
    /// commune reads it: recurring, its year due the day before the Tết that ends it. A
    /// period no release reads (one of a newer release, within the task table's check) was
    /// taken and read as not recurring, as a release before the Tết duties reads theirs: the
    /// package is refused, naming the task and the period.
    @Test func aPackagesTetDutyIsReadAsTheCommuneReadsIt() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let plan = RecordPlans.nghiaGiang.replacingOccurrences(of: "timeline: Tháng 11/2025", with: "timeline: Trước Tết hằng năm")
        let commune = try lab.commune("nghia-giang", plan)
        try lab.trust(province, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Tỉnh Quảng Ngãi")
        _ = try PackageImport.file(try lab.export(commune, "nghia-giang", asOf: "2026-03-01"), into: province)
        let duty = try #require(try commune.read { try String.fetchOne($0, sql: "SELECT key FROM task WHERE recurrence = 'yearly:00-00'") })
        let here = try commune.detail(task: duty, plan: nil, asOf: isoDate("2026-03-01"))
        let there = try province.detail(task: duty, plan: nil, asOf: isoDate("2026-03-01"))
        #expect(there.recurrence == .yearlyTet(beforeTet: true))
        #expect(there.recurrence == here.recurrence)
        #expect(there.occurrences == here.occurrences)
        #expect(there.occurrences?.past == 1)

        let problem = PackageContentProblem.unknownRecurrence(task: "nv1", value: "yearly:16-01")
        #expect(PackageError.badContents(problem).text(.vi) == "nội dung gói dữ liệu không hợp lệ: nhiệm vụ 'nv1' có kỳ định kỳ 'yearly:16-01' mà phiên bản bdhvs này không đọc được (gói của một phiên bản mới hơn?); hãy cập nhật bdhvs rồi nhận lại gói")
        #expect(PackageError.badContents(problem).text(.en).hasSuffix("task 'nv1' recurs by the period 'yearly:16-01', which this bdhvs cannot read (a package of a newer release?); update bdhvs and import the package again"))
    }
}
