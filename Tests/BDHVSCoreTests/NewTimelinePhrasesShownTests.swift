import Testing
@testable import BDHVSCore

/// The timeline phrases of real plans read since round two of the phrases (a remark after the
/// time, a semester, work after the plan's issue, a day of each month), as `task show` shows
/// them in both languages.
@Suite struct NewTimelinePhrasesShownTests {
    static let text = PlanFixture.variant([
        ("timeline: Tháng 8/2025", "timeline: Tháng 9/2025 (tùy tình hình thực tế)"),
        ("timeline: Thường xuyên", "timeline: Học kỳ I năm học 2025-2026"),
        ("timeline: Theo kế hoạch mở lớp của tỉnh", "timeline: Ngay sau khi kế hoạch được ban hành"),
        ("timeline: Dự kiến ngày 10/10/2025", "timeline: Trước ngày 25 hằng tháng"),
    ])

    /// The lines of `task show` for `task` as of 20/10/2025, up to the blank line.
    private static func shown(_ task: String, _ language: Language) throws -> [String] {
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(text), sourcePath: PlanFixture.fileName, on: isoDate("2025-08-01"))
        let detail = try store.detail(task: task, plan: nil, asOf: isoDate("2025-10-20"))
        return Array(TaskDetailText(language: language).render(detail).split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }.map(String.init))
    }

    @Test func aRemarkIsKeptAsTextAndTheMonthIsTheDeadline() throws {
        #expect(try Self.shown("nv1", .vi).dropFirst(2).prefix(2)
            == ["  Thời gian thực hiện: “Tháng 9/2025 (tùy tình hình thực tế)”", "  Thời hạn: 30/09/2025"])
        #expect(try Self.shown("nv1", .en)[1] == "  Status on 20/10/2025: Overdue (20 days)")
    }

    @Test func aSemesterStartsInSeptemberAndIsDueMidJanuaryTentatively() throws {
        #expect(try Self.shown("nv2a", .vi).dropFirst(1).prefix(4) == [
            "  Tình trạng ngày 20/10/2025: Đang thực hiện trong hạn", "  Thời gian thực hiện: “Học kỳ I năm học 2025-2026”",
            "  Bắt đầu: 01/09/2025", "  Thời hạn: 15/01/2026 (dự kiến)",
        ])
        #expect(try Self.shown("nv2a", .en)[4] == "  Deadline: 15/01/2026 (tentative)")
    }

    @Test func workAfterThePlansIssueHasNoDeadlineUntilOneIsEntered() throws {
        #expect(try Self.shown("nv2b", .vi)[1] == "  Tình trạng ngày 20/10/2025: Chưa xác định thời hạn")
        #expect(try Self.shown("nv2b", .en)[1] == "  Status on 20/10/2025: Deadline unknown")
    }

    @Test func aDayOfEachMonthIsCountedMonthByMonth() throws {
        #expect(try Self.shown("nv3", .vi).last == "  Định kỳ (ngày 24 hằng tháng): 9 kỳ đã đến hạn, 0 hoàn thành, 9 không hoàn thành; "
            + "kỳ hiện tại tháng 10/2025 (hạn 24/10/2025): chưa hoàn thành")
        #expect(try Self.shown("nv3", .en).last == "  Recurring (monthly, on day 24): 9 periods past, 0 done, 9 missed; "
            + "current 10/2025 (due 24/10/2025): not done")
    }
}
