import Foundation
import Testing
@testable import BDHVSCore

/// "Trước Tết Nguyên đán" and its family in plans: which Tết is meant, lunar year names that
/// must agree with the year, "Sau Tết" that is no deadline, and how the Tết taken is shown.
@Suite struct TimelineTetTests {
    private static func day(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }

    /// A plan with no issue date means the Tết that ends its year; one with an issue date the
    /// first Tết after it.
    @Test(arguments: [
        (2025, nil, "16/02/2026"), (2026, nil, "05/02/2027"), (2026, "10/01/2026", "16/02/2026"),
        (2026, "17/02/2026", "05/02/2027"), (2026, "16/02/2026", "16/02/2026"), (2025, "24/07/2025", "16/02/2026"),
        (2025, "20/01/2025", "28/01/2025"),
    ] as [(Int, String?, String)])
    func whichTetWhenNoYearIsWritten(planYear: Int, issued: String?, deadline: String) {
        let parser = TimelineParser(planYear: planYear, issuedOn: issued.map(Self.day))
        #expect(parser.parse("Trước Tết Nguyên đán") == .success(.due(Self.day(deadline), start: nil, tentative: true)))
        #expect(parser.parse("truoc tet nguyen dan") == .success(.due(Self.day(deadline), start: nil, tentative: true)))
    }

    @Test func aWrittenYearOrNameIsNotTentativeAndIgnoresTheIssueDate() {
        let parser = TimelineParser(planYear: 2026, issuedOn: Self.day("01/03/2026"))
        #expect(parser.parse("Trước Tết Nguyên đán Bính Ngọ 2026") == .success(.due(Self.day("16/02/2026"), start: nil, tentative: false)))
        #expect(parser.parse("Trước Tết Bính Ngọ") == .success(.due(Self.day("16/02/2026"), start: nil, tentative: false)))
        #expect(parser.parse("Dịp Tết Nguyên đán 2027") == .success(.due(Self.day("06/02/2027"), start: nil, tentative: false)))
    }

    @Test func trướcFollowsStrictBefore() {
        let lenient = TimelineParser(planYear: 2025, strictBefore: false)
        #expect(lenient.parse("Trước Tết Nguyên đán Bính Ngọ 2026") == .success(.due(Self.day("17/02/2026"), start: nil, tentative: false)))
    }

    @Test func aLunarNameThatIsNotTheYearsIsReported() {
        let parser = TimelineParser(planYear: 2025)
        let problem = TimelineProblem(.impossible(text: "Tết Nguyên đán Ất Tỵ 2026", .notThatLunarYear(year: 2026, name: "Bính Ngọ")), offset: 6)
        #expect(parser.parse("Trước Tết Nguyên đán Ất Tỵ 2026") == .failure(problem))
        #expect(problem.text(.vi) == "ngày không có thật 'Tết Nguyên đán Ất Tỵ 2026': năm âm lịch bắt đầu trong năm 2026 là năm Bính Ngọ")
        #expect(problem.text(.en) == "impossible date 'Tết Nguyên đán Ất Tỵ 2026': the lunar year that begins in 2026 is Bính Ngọ")
        #expect(problem.kind == .impossibleDate)
    }

    @Test func sauTếtSaysWhenWorkStartsNotWhenItIsDue() {
        let parser = TimelineParser(planYear: 2025)
        let problem = TimelineProblem(.startWithoutDeadline(phrase: "Sau Tết Nguyên đán", after: Self.day("17/02/2026")), offset: nil)
        #expect(parser.parse("Sau Tết Nguyên đán") == .failure(problem))
        #expect(parser.parse("sau tet nguyen dan").map { _ in "understood" } == .failure(TimelineProblem(
            .startWithoutDeadline(phrase: "sau tet nguyen dan", after: Self.day("17/02/2026")), offset: nil)))
        #expect(problem.id == "timeline.start-without-deadline")
        #expect(problem.text(.vi) == "'Sau Tết Nguyên đán' chỉ nói khi bắt đầu (sau ngày 17/02/2026), không nói thời hạn; "
            + "cần ghi thời hạn, ví dụ 'Chậm nhất ngày 31/03/2026', hoặc ghi 'deadline' cho nhiệm vụ")
        #expect(problem.text(.en) == "'Sau Tết Nguyên đán' says when the work starts (after 17/02/2026), not when it is due; "
            + "write a deadline, e.g. 'Chậm nhất ngày 31/03/2026', or give the task a 'deadline'")
        // "Sau ngày …" is the same; "sáu tháng đầu năm" (folded alike) is a half year.
        #expect(parser.parse("Sau ngày 15/12/2025") == .failure(TimelineProblem(
            .startWithoutDeadline(phrase: "Sau ngày 15/12/2025", after: Self.day("15/12/2025")), offset: nil)))
        #expect(parser.parse("Sáu tháng đầu năm 2025") == .success(.due(Self.day("30/06/2025"), start: nil, tentative: false)))
        #expect(parser.parse("Ngay sau dịp Tết Nguyên đán") == .failure(TimelineProblem(
            .startWithoutDeadline(phrase: "Ngay sau dịp Tết Nguyên đán", after: Self.day("17/02/2026")), offset: nil)))
        #expect(parser.parse("ngày 15/12/2025") == .success(.due(Self.day("15/12/2025"), start: nil, tentative: false)))
    }

    /// A mistyped Tết phrase gets the phrase it meant.
    @Test func mistypedTetPhrasesGetSuggestions() {
        let parser = TimelineParser(planYear: 2025)
        #expect(parser.parse("Trước Tếtt Nguyên đán") == .failure(TimelineProblem(
            .notUnderstood(phrase: "Trước Tếtt Nguyên đán", closest: ["Trước Tết Nguyên đán"]), offset: nil)))
        #expect(parser.parse("giữaa năm 2026") == .failure(TimelineProblem(
            .notUnderstood(phrase: "giữaa năm 2026", closest: ["giữa năm 2026", "năm 2026"]), offset: nil)))
    }

    /// In a plan: the diagnostics at their line and column, the issue date taken, and an
    /// explicit deadline that keeps "Sau Tết Nguyên đán" as written.
    @Test func inAPlan() throws {
        let marked = MarkedText(PlanFixture.variant([
            ("timeline: Tháng 8/2025", "timeline: 1️⃣Sau Tết Nguyên đán"),
            ("timeline: Dự kiến ngày 10/10/2025", "timeline: Trước 2️⃣Tết Nguyên đán Ất Tỵ 2026"),
        ]))
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.diagnostics.map { $0.rendered(.vi) } == [
            "plan.yaml:\(marked.location("1️⃣").line):\(marked.location("1️⃣").column): error: 'Sau Tết Nguyên đán' chỉ nói khi bắt đầu "
                + "(sau ngày 17/02/2026), không nói thời hạn; cần ghi thời hạn, ví dụ 'Chậm nhất ngày 31/03/2026', hoặc ghi 'deadline' cho nhiệm vụ",
            "plan.yaml:\(marked.location("2️⃣").line):\(marked.location("2️⃣").column): error: ngày không có thật 'Tết Nguyên đán Ất Tỵ 2026': "
                + "năm âm lịch bắt đầu trong năm 2026 là năm Bính Ngọ",
        ])

        let issued = PlanFixture.variant([
            ("year: 2025\n", "year: 2025\ndocument:\n  number: 59/KH-UBND\n  date: 20/01/2025\n"),
            ("timeline: Tháng 8/2025", "timeline: Sau Tết Nguyên đán\n    deadline: 31/03/2026"),
            ("timeline: Dự kiến ngày 10/10/2025", "timeline: Trước Tết Nguyên đán"),
        ])
        let plan = try PlanFixture.plan(issued)
        #expect(plan.tasks.first { $0.id == "nv1" }?.timeline == "Sau Tết Nguyên đán")
        #expect(plan.tasks.first { $0.id == "nv1" }?.schedule?.deadline == Self.day("31/03/2026"))
        // Issued 20/01/2025: the first Tết after it, 29/01/2025.
        #expect(plan.tasks.first { $0.id == "nv3" }?.schedule == .due(Self.day("28/01/2025"), start: nil, tentative: true))
    }

    /// Listings name the Tết a tentative deadline was taken from.
    @Test func theTetTakenIsShown() {
        var row = TaskRow(plan: "p", id: "nv1", parent: nil, title: "Ra quân", lead: [], timeline: "Trước Tết Nguyên đán",
                          deadline: Self.day("16/02/2026"), tentative: true, status: .inProgress, daysOverdue: 0)
        #expect(row.tentativeMark(.vi) == " (dự kiến, Tết Bính Ngọ 17/02/2026)")
        #expect(row.tentativeMark(.en) == " (tentative, Tết Bính Ngọ 17/02/2026)")
        row.timeline = "Vào dịp Tết Nguyên đán"
        row.deadline = Self.day("06/02/2027")
        #expect(row.tentativeMark(.vi) == " (dự kiến, Tết Đinh Mùi 06/02/2027)")
        row.timeline = "Đầu tháng 10/2025"
        row.deadline = Self.day("10/10/2025")
        #expect(row.tentativeMark(.vi) == " (dự kiến)")
        row.tentative = false
        #expect(row.tentativeMark(.en) == "")
    }

    /// A table from Word, Excel or CSV goes through the same parser: no warning for the new
    /// phrases, the one for "Sau Tết" at its cell.
    @Test func tableImportReadsThem() throws {
        let csv = [
            "STT;Nội dung;Cơ quan chủ trì;Thời gian thực hiện",
            "1;Ra quân;Phòng Văn hóa - Xã hội;Trước Tết Nguyên đán",
            "2;Sơ kết;Phòng Văn hóa - Xã hội;Giữa năm 2026",
            "3;Tập huấn;Phòng Văn hóa - Xã hội;Tuần cuối tháng 9/2026",
            "4;Truyền thông;Phòng Văn hóa - Xã hội;Dịp Tết Nguyên đán Bính Ngọ 2026",
            "5;Ra quân đầu xuân;Phòng Văn hóa - Xã hội;Sau Tết Nguyên đán",
        ].joined(separator: "\n")
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "t.csv", year: 2026)
        let timelineWarnings = plan.diagnostics.filter { $0.message is TableImportMessage && $0.message.id.contains("timeline") }
        #expect(timelineWarnings.map { "\($0.location.line):\($0.location.column)" } == ["6:43"])
        #expect(timelineWarnings.first?.message.text(.en).hasPrefix("'Sau Tết Nguyên đán' says when the work starts (after 06/02/2027)") == true)
    }
}
