import Foundation
import GRDB
import Testing
@testable import BDHVSCore

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
}
