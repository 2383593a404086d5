import Foundation
import Testing
@testable import BDHVSCore

/// "dd/mm/yyyy" as a date, for readable tables.
private func day(_ text: String) -> CivilDate {
    let parts = text.split(separator: "/").map { Int($0)! }
    return CivilDate(year: parts[2], month: parts[1], day: parts[0])!
}

private func due(_ date: String, from start: String? = nil, tentative: Bool = false) -> Schedule {
    .due(day(date), start: start.map(day), tentative: tentative)
}

private let parser = TimelineParser(planYear: 2025)

/// The phrase as written, without diacritics in lowercase, in capitals, and padded with
/// white space and a final period: all must mean the same.
private func variants(_ phrase: String) -> [String] {
    [phrase, Folding.key(phrase), phrase.uppercased(), "  \(phrase).  "]
}

@Suite struct TimelineTests {
    @Test(arguments: [
        ("Tháng 8/2025", due("31/08/2025")), ("tháng 8 năm 2025", due("31/08/2025")),
        ("trong tháng 12/2026", due("31/12/2026")), ("tháng 08/2025", due("31/08/2025")),
        ("Tháng 2/2028", due("29/02/2028")), ("Tháng 2/2025", due("28/02/2025")), ("tháng 2/2100", due("28/02/2100")),
        ("tháng 2/2000", due("29/02/2000")), ("Tháng 4/2025", due("30/04/2025")), ("Tháng 6/2025", due("30/06/2025")),
        ("Tháng 9/2025", due("30/09/2025")), ("Tháng 11/2025", due("30/11/2025")), ("Tháng 7/2025", due("31/07/2025")),
        ("Tháng 10/2025", due("31/10/2025")), ("tháng 8-2025", due("31/08/2025")), ("Tháng 8", due("31/08/2025")),
        ("8/2025", due("31/08/2025")), ("đến hết tháng 9/2025", due("30/09/2025")),
        ("Dự kiến tháng 9/2025", due("30/09/2025", tentative: true)), ("Tháng 9/2025 (dự kiến)", due("30/09/2025", tentative: true)),
    ])
    func months(phrase: String, schedule: Schedule) {
        for text in variants(phrase) { #expect(parser.parse(text) == .success(schedule), "\(text)") }
    }

    @Test(arguments: [
        ("Quý III/2025", due("30/09/2025")), ("quý 3/2025", due("30/09/2025")), ("Q3/2025", due("30/09/2025")),
        ("Quý IV năm 2025", due("31/12/2025")), ("Quý I/2025", due("31/03/2025")), ("quý 2/2026", due("30/06/2026")),
        ("Quý II", due("30/06/2025")), ("trong quý 4/2025", due("31/12/2025")), ("Q1-2028", due("31/03/2028")),
        ("6 tháng đầu năm 2025", due("30/06/2025")), ("6 tháng cuối năm 2025", due("31/12/2025")),
        ("sáu tháng đầu năm 2026", due("30/06/2026")), ("6 tháng cuối năm", due("31/12/2025")),
        ("Năm 2025", due("31/12/2025")), ("trong năm 2025", due("31/12/2025")), ("đến hết năm 2025", due("31/12/2025")),
        ("cả năm 2025", due("31/12/2025")), ("trong năm", due("31/12/2025")), ("Năm 2026", due("31/12/2026")),
    ])
    func quartersHalvesAndYears(phrase: String, schedule: Schedule) {
        for text in variants(phrase) { #expect(parser.parse(text) == .success(schedule), "\(text)") }
    }

    @Test(arguments: [
        ("ngày 10/10/2025", due("10/10/2025")), ("10/10/2025", due("10/10/2025")),
        ("Dự kiến ngày 10/10/2025", due("10/10/2025", tentative: true)), ("dự kiến: 10/10/2025", due("10/10/2025", tentative: true)),
        ("20.7.2025", due("20/07/2025")), ("15-8-2025", due("15/08/2025")), ("ngày 29 tháng 4 năm 2025", due("29/04/2025")),
        ("02/6/2025", due("02/06/2025")), ("2025-07-24", due("24/07/2025")), ("(10/10)", due("10/10/2025")),
        ("ngày 10/10", due("10/10/2025")), ("ngày 2 tháng 9", due("02/09/2025")), ("ngày 29/02/2028", due("29/02/2028")),
        ("Chậm nhất ngày 15/12/2025", due("15/12/2025")), ("chậm nhất là ngày 15/12/2025", due("15/12/2025")),
        ("Hạn chót 15/12/2025", due("15/12/2025")), ("hạn chót: 15/12/2025", due("15/12/2025")),
        ("không quá ngày 15/12/2025", due("15/12/2025")), ("đến ngày 15/12/2025", due("15/12/2025")),
        ("Hoàn thành chậm nhất ngày 15/12/2025", due("15/12/2025")), ("chậm nhất tháng 9/2025", due("30/09/2025")),
        ("ngày 10/10/2025 (dự kiến)", due("10/10/2025", tentative: true)),
    ])
    func dates(phrase: String, schedule: Schedule) {
        for text in variants(phrase) { #expect(parser.parse(text) == .success(schedule), "\(text)") }
    }

    @Test(arguments: [
        ("Trước ngày 15/12/2025", "14/12/2025", "15/12/2025"), ("trước 15/12/2025", "14/12/2025", "15/12/2025"),
        ("Trước ngày 1/3/2028", "29/02/2028", "01/03/2028"), ("trước ngày 1/3/2025", "28/02/2025", "01/03/2025"),
        ("trước ngày 1/1/2026", "31/12/2025", "01/01/2026"), ("Trước ngày 1/3/2100", "28/02/2100", "01/03/2100"),
        ("trước ngày 20.7.2025", "19/07/2025", "20/07/2025"), ("trước (30/9)", "29/09/2025", "30/09/2025"),
        ("Hoàn thành trước ngày 30/6/2025", "29/06/2025", "30/06/2025"), ("trước tháng 10/2025", "30/09/2025", "01/10/2025"),
        ("Trước năm 2026", "31/12/2025", "01/01/2026"),
    ])
    func before(phrase: String, strict: String, lenient: String) {
        let lenientParser = TimelineParser(planYear: 2025, strictBefore: false)
        #expect(parser.strictBefore && !lenientParser.strictBefore)
        for text in variants(phrase) {
            #expect(parser.parse(text) == .success(due(strict)), "\(text)")
            #expect(lenientParser.parse(text) == .success(due(lenient)), "\(text)")
        }
        #expect(parser.parse("Dự kiến " + phrase) == .success(due(strict, tentative: true)))
    }

    @Test(arguments: [
        ("Từ tháng 9 đến tháng 11/2025", due("30/11/2025", from: "01/09/2025")),
        ("từ tháng 11/2025 đến tháng 2/2026", due("28/02/2026", from: "01/11/2025")),
        ("từ tháng 11 đến tháng 2/2028", due("29/02/2028", from: "01/11/2027")),
        ("từ ngày 1/9/2025 đến ngày 15/10/2025", due("15/10/2025", from: "01/09/2025")),
        ("Tháng 9 - 11/2025", due("30/11/2025", from: "01/09/2025")), ("Tháng 9 – 11/2025", due("30/11/2025", from: "01/09/2025")),
        ("từ ngày 1 đến ngày 15/10/2025", due("15/10/2025", from: "01/10/2025")),
        ("ngày 10/10 - 15/10/2025", due("15/10/2025", from: "10/10/2025")),
        ("15-8-2025 - 20-8-2025", due("20/08/2025", from: "15/08/2025")),
        ("từ quý III đến quý IV/2025", due("31/12/2025", from: "01/07/2025")), ("Quý I - II/2026", due("30/06/2026", from: "01/01/2026")),
        ("năm 2025 - 2026", due("31/12/2026", from: "01/01/2025")), ("từ tháng 9 đến hết tháng 12/2025", due("31/12/2025", from: "01/09/2025")),
        ("Dự kiến từ tháng 9 đến tháng 11/2025", due("30/11/2025", from: "01/09/2025", tentative: true)),
        ("từ ngày 15/10/2025 đến ngày 15/10/2025", due("15/10/2025", from: "15/10/2025")),
        ("từ tháng 9/2025 đến ngày 15/10/2025", due("15/10/2025", from: "01/09/2025")),
        ("Tháng 8/2025 - Tháng 12/2025", due("31/12/2025", from: "01/08/2025")),
    ])
    func ranges(phrase: String, schedule: Schedule) {
        for text in variants(phrase) { #expect(parser.parse(text) == .success(schedule), "\(text)") }
    }

    @Test(arguments: [
        ("Thường xuyên", Schedule.ongoing), ("thường xuyên, liên tục", .ongoing), ("Thường xuyên liên tục", .ongoing),
        ("Hằng ngày", .recurring(.daily)), ("hàng ngày", .recurring(.daily)), ("hằng tuần", .recurring(.weekly)),
        ("hàng tuần", .recurring(.weekly)), ("hằng tháng", .recurring(.monthly)), ("Hàng tháng", .recurring(.monthly)),
        ("hằng quý", .recurring(.quarterly)), ("hàng quý", .recurring(.quarterly)), ("hằng năm", .recurring(.yearly)),
        ("hàng năm", .recurring(.yearly)), ("định kỳ hằng tháng", .recurring(.monthly)), ("Định kỳ hàng quý", .recurring(.quarterly)),
        ("Theo kế hoạch của tỉnh", .external), ("Theo kế hoạch mở lớp của tỉnh", .external),
        ("Theo kế hoạch (mở lớp) của tỉnh", .external), ("theo kế hoạch của UBND tỉnh", .external),
        ("theo chỉ đạo của cấp trên", .external), ("Theo kế hoạch của Thành phố", .external), ("theo chỉ đạo của Thành ủy", .external), ("theo hướng dẫn của tỉnh/Sở Khoa học và Công nghệ", .external),
        ("theo hướng dẫn của Sở Giáo dục và Đào tạo", .external), ("Theo yêu cầu của Bộ Khoa học và Công nghệ", .external),
        ("Thường xuyên và theo kế hoạch của tỉnh", .ongoingAndExternal), ("thường xuyên; theo chỉ đạo của cấp trên", .ongoingAndExternal),
        ("Thường xuyên, liên tục và theo kế hoạch mở lớp của tỉnh", .ongoingAndExternal),
        ("Theo kế hoạch của tỉnh và thường xuyên", .ongoingAndExternal),
    ])
    func undatedForms(phrase: String, schedule: Schedule) {
        for text in variants(phrase) { #expect(parser.parse(text) == .success(schedule), "\(text)") }
        #expect(schedule.deadline == nil)
    }

    @Test func aYearlyDayBeforeFollowsStrictBefore() {
        let lenient = TimelineParser(planYear: 2025, strictBefore: false)
        #expect(lenient.parse("trước ngày 15/12 hằng năm") == .success(.recurring(.yearlyOn(DayOfYear(month: 12, day: 15)!))))
        #expect(parser.parse("trước ngày 15/12 hằng năm") == .success(.recurring(.yearlyOn(DayOfYear(month: 12, day: 14)!))))
        #expect(parser.parse("trước ngày 1/1 hằng năm") == .success(.recurring(.yearlyOn(DayOfYear(month: 12, day: 31)!))))
    }

    /// A phrase bdhvs cannot read is no error when the task says its deadline: the phrase
    /// is kept as written, the deadline is the one given.
    @Test func anExplicitDeadlineKeepsThePhraseAsWritten() throws {
        let text = PlanFixture.variant("timeline: Tháng 8/2025", "timeline: Sau khi có kinh phí\n    deadline: 30/9/2025")
        let task = try #require(try PlanFixture.plan(text).tasks.first { $0.id == "nv1" })
        #expect(task.timeline == "Sau khi có kinh phí")
        #expect(task.schedule == due("30/09/2025"))
        #expect(task.deadline == day("30/09/2025"))
        let without = PlanFixture.variant("timeline: Tháng 8/2025", "timeline: Sau khi có kinh phí")
        #expect(PlanFixture.check(without).diagnostics.map { $0.message.id } == ["plan.timeline"])
    }

    @Test func deadlineIsTheDueDate() {
        #expect(due("30/11/2025", from: "01/09/2025", tentative: true).deadline == day("30/11/2025"))
        #expect(Schedule.external.deadline == nil)
        #expect(RecurrencePeriod.allCases.map(\.rawValue) == ["daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly"])
    }

    @Test(arguments: [2024, 2026, 2028])
    func missingYearIsThePlanYear(year: Int) {
        let parser = TimelineParser(planYear: year)
        #expect(parser.parse("(10/10)") == .success(.due(CivilDate(year: year, month: 10, day: 10)!, start: nil, tentative: false)))
        #expect(parser.parse("Tháng 2").map(\.deadline) == .success(CivilDate.endOfMonth(year: year, month: 2)))
        #expect(parser.parse("Quý IV").map(\.deadline) == .success(CivilDate(year: year, month: 12, day: 31)))
        #expect(parser.parseDate("24/7") == .success(CivilDate(year: year, month: 7, day: 24)!))
    }

    @Test(arguments: [
        ("24/7/2025", "24/07/2025"), ("02/6/2025", "02/06/2025"), ("20.7.2025", "20/07/2025"), ("15-8-2025", "15/08/2025"),
        ("2025-07-24", "24/07/2025"), ("ngày 29 tháng 4 năm 2025", "29/04/2025"), ("Ngày 24/7/2025", "24/07/2025"),
        (" 22/12/2024. ", "22/12/2024"), ("29/2/2028", "29/02/2028"), ("NGAY 1/1/2026", "01/01/2026"),
    ])
    func loneDates(text: String, date: String) {
        #expect(parser.parseDate(text) == .success(day(date)))
    }

    @Test(arguments: [
        ("ngày 31/02/2025", TimelineProblem.Kind.impossibleDate, "impossible date '31/02/2025': February 2025 has 28 days", 5),
        ("29/02/2025", .impossibleDate, "impossible date '29/02/2025': February 2025 has 28 days", 0),
        ("ngày 29/2/2100", .impossibleDate, "impossible date '29/2/2100': February 2100 has 28 days", 5),
        ("ngày 32/1/2025", .impossibleDate, "impossible date '32/1/2025': January 2025 has 31 days", 5),
        ("31/4/2025", .impossibleDate, "impossible date '31/4/2025': April 2025 has 30 days", 0),
        ("Dự kiến ngày 31/9/2025", .impossibleDate, "impossible date '31/9/2025': September 2025 has 30 days", 13),
        ("Trước ngày 29/02/2026", .impossibleDate, "impossible date '29/02/2026': February 2026 has 28 days", 11),
        ("ngày 0/5/2025", .impossibleDate, "impossible date '0/5/2025': there is no day 0; days start at 1", 5),
        ("tháng 13/2025", .impossibleDate, "impossible date 'tháng 13/2025': there is no month 13; months run from 1 to 12", 0),
        ("ngày 1/13/2025", .impossibleDate, "impossible date '1/13/2025': there is no month 13; months run from 1 to 12", 5),
        ("Quý 5/2025", .impossibleDate, "impossible date 'Quý 5/2025': there is no quarter 5; quarters run from I to IV", 0),
        ("31/02", .impossibleDate, "impossible date '31/02': February 2025 has 28 days", 0),
        ("Q5/2025", .impossibleDate, "impossible date 'Q5/2025': there is no quarter 5; quarters run from I to IV", 0),
        ("ngày 1/1/2300", .impossibleDate, "impossible date '1/1/2300': year 2300 is outside the supported years 1900 to 2200", 5),
        ("ngày 31 tháng 6 năm 2025", .impossibleDate, "impossible date '31 tháng 6 năm 2025': June 2025 has 30 days", 5),
        ("từ ngày 1/9/2025 đến ngày 31/9/2025", .impossibleDate, "impossible date '31/9/2025': September 2025 has 30 days", 26),
        ("Từ tháng 11/2025 đến tháng 9/2025", .rangeReversed, "range 'Từ tháng 11/2025 đến tháng 9/2025' ends before it starts: "
            + "30/09/2025 is before 01/11/2025; expected the later date last", 0),
        ("Dự kiến từ ngày 20/10/2025 đến ngày 15/10/2025", .rangeReversed, "range 'từ ngày 20/10/2025 đến ngày 15/10/2025' ends "
            + "before it starts: 15/10/2025 is before 20/10/2025; expected the later date last", 8),
        ("từ ngày 20 đến ngày 15/10/2025", .rangeReversed, "range 'từ ngày 20 đến ngày 15/10/2025' ends before it starts: "
            + "15/10/2025 is before 20/10/2025; expected the later date last", 0),
        ("từ tháng 11 đến tháng 2", .rangeReversed, "range 'từ tháng 11 đến tháng 2' ends before it starts: "
            + "28/02/2025 is before 01/11/2025; expected the later date last", 0),
        ("Tháng 8/2025 hoặc sớm hơn", .notUnderstood,
         "unexpected 'hoặc sớm hơn' in 'Tháng 8/2025 hoặc sớm hơn'; expected the text to end after 'Tháng 8/2025'", 13),
        ("Thường xuyên khi cần", .notUnderstood,
         "unexpected 'khi cần' in 'Thường xuyên khi cần'; expected the text to end after 'Thường xuyên'", 13),
        // A remark with a number may name another time: not set aside.
        ("Tháng 9/2025 (trước 15/9)", .notUnderstood, "unexpected '(trước 15/9)' in 'Tháng 9/2025 (trước 15/9)'; "
            + "expected the text to end after 'Tháng 9/2025', or did you mean 'Năm 2025'?", 13),
        ("Học kỳ I năm học 2025-2027", .impossibleDate, "school year 'năm học 2025-2027' does not exist: a school year spans "
            + "two years one after the other, such as 'Năm học 2025-2026'", 9),
        ("tháng 13/2025 hoặc sớm hơn", .notUnderstood,
         "unexpected 'hoặc sớm hơn' in 'tháng 13/2025 hoặc sớm hơn'; expected the text to end after 'tháng 13/2025'", 14),
        ("10/10/25", .notUnderstood, "unexpected '/25' in '10/10/25'; expected the text to end after '10/10', "
            + "or did you mean 'ngày 10/10/2025'?", 5),
        ("1/2/3/2025", .notUnderstood, "unexpected '/3/2025' in '1/2/3/2025'; expected the text to end after '1/2', "
            + "or did you mean 'ngày 1/2/2025' or 'Năm 2025'?", 3),
        ("tháng 8 hoặc 9/2025", .notUnderstood,
         "unexpected 'hoặc 9/2025' in 'tháng 8 hoặc 9/2025'; expected the text to end after 'tháng 8', "
            + "or did you mean 'tháng 8, 9/2025' or 'Năm 2025'?", 8),
        ("Quý III, V/2025", .impossibleDate, "impossible date 'V/2025': there is no quarter 5; quarters run from I to IV", 9),
        ("tháng 8, 13/2025", .impossibleDate, "impossible date '13/2025': there is no month 13; months run from 1 to 12", 9),
        ("2026 - 2025", .rangeReversed, "range '2026 - 2025' ends before it starts: 31/12/2025 is before 01/01/2026; "
            + "expected the later date last", 0),
        ("ngày 31/4 hằng năm", .impossibleDate, "impossible date '31/4': April has at most 30 days", 5),
        ("ngày 0/5 hàng năm", .impossibleDate, "impossible date '0/5': there is no day 0; days start at 1", 5),
        ("tháng 13 hằng năm", .impossibleDate, "impossible date 'tháng 13': there is no month 13; months run from 1 to 12", 0),
        ("Quý V/2025", .impossibleDate, "impossible date 'Quý V/2025': there is no quarter 5; quarters run from I to IV", 0),
        ("Hằng tuần, ngày 5", .notUnderstood, "unexpected ', ngày 5' in 'Hằng tuần, ngày 5'; expected the text to end after 'Hằng tuần'", 9),
    ] as [(String, TimelineProblem.Kind, String, Int)])
    func problemsWithPlace(phrase: String, kind: TimelineProblem.Kind, message: String, offset: Int) throws {
        guard case .failure(let problem) = parser.parse(phrase) else { Issue.record("'\(phrase)' was understood"); return }
        #expect(problem.kind == kind)
        #expect(problem.text(.en) == message)
        #expect(problem.offset == offset)
    }

    /// Phrases nothing in which is recognised: the forms that would be understood.
    @Test(arguments: [
        "sớm nhất có thể", "", "   ", "47,741", "47,741 km2", "47.741", "Tháng", "ngày 15", "khi có thể",
        "Sau khi có kinh phí", "45657.5", "45657", "1e308",
    ])
    func notUnderstoodAtAll(phrase: String) {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces)
        guard case .failure(let problem) = parser.parse(phrase) else { Issue.record("'\(phrase)' was understood"); return }
        #expect(problem.reason == .notUnderstood(phrase: trimmed, closest: []))
        #expect(problem.offset == nil)
        #expect(problem.id == "timeline.not-understood")
        #expect(problem.text(.en) == "timeline '\(trimmed)' not understood; expected a month ('Tháng 8/2025'), a quarter "
            + "('Quý III/2025'), a date ('ngày 10/10/2025'), 'Thường xuyên', 'Hằng tháng' or 'Theo kế hoạch của tỉnh'")
        #expect(problem.text(.vi) == "không hiểu thời gian thực hiện '\(trimmed)'; cần ghi tháng ('Tháng 8/2025'), quý "
            + "('Quý III/2025'), ngày ('ngày 10/10/2025'), 'Thường xuyên', 'Hằng tháng' hoặc 'Theo kế hoạch của tỉnh'")
    }

    /// Phrases not understood, with the closest phrases made from their own words and numbers.
    @Test(arguments: [
        ("khoảng tháng 10/2025", ["tháng 10/2025", "Năm 2025"]),
        ("khoảng quý 3 năm 2025", ["quý 3 năm 2025", "Năm 2025"]),
        ("sớm quý 3/2025", ["quý 3/2025", "3/2025", "Năm 2025"]),
        ("quys 3/2025", ["quý 3/2025", "3/2025", "Năm 2025"]),
        ("Hăngf tháng", ["hằng tháng"]),
        ("thuong xuyyen", ["thuong xuyên"]),
        ("thường", ["Thường xuyên"]),
        ("Hằng", ["Hằng tháng", "Hằng quý", "Hằng năm"]),
        ("định kỳ", ["Hằng tháng", "Hằng quý", "Hằng năm"]),
        ("Năm", ["Năm 2025"]),
        ("theo kế hoạch", ["Theo kế hoạch của tỉnh"]),
        ("theo kế hoạch số 125/KH-UBND của tỉnh", ["Theo kế hoạch của tỉnh"]),
        ("theo kế hoạch của tỉnh, dự kiến tháng chín", ["Theo kế hoạch của tỉnh"]),
        ("theo kế hoạch của Sở Tư pháp và thường xuyên hằng ngày", ["Thường xuyên", "Hằng ngày", "Theo kế hoạch của tỉnh"]),
        ("tháng mười 2025", ["2025"]),
        // A count that is no calendar period.
        ("2 tháng/lần", ["1 tháng/lần", "3 tháng/lần", "6 tháng/lần"]),
        ("5 lần/năm", ["3 tháng/lần", "1 tháng/lần", "6 tháng/lần"]),
        ("8 tháng một lần", ["6 tháng/lần", "1 năm/lần", "3 tháng/lần"]),
        // Counts are no part of a date, and "8-12/2025" names months: suggestions that keep
        // the meaning, or none (they offered 'ngày 2/8/2025', 'ngày 8/12/2025', 'Tháng 10/2025').
        ("2 đợt: tháng 8 và tháng 11/2025", ["tháng 8, 11/2025", "Năm 2025"]),
        ("Trong vòng 10 ngày làm việc", []),
    ])
    func notUnderstoodWithSuggestions(phrase: String, closest: [String]) {
        guard case .failure(let problem) = parser.parse(phrase) else { Issue.record("'\(phrase)' was understood"); return }
        #expect(problem.reason == .notUnderstood(phrase: phrase, closest: closest))
        for suggestion in closest { #expect(parser.parse(suggestion).isSuccess, "\(suggestion)") }
    }

    /// "8-12/2025" is read as far as 8 December; what it means, months 8 to 12, is offered.
    @Test func aRangeOfMonthsWithoutTheWordIsOffered() {
        guard case .failure(let problem) = parser.parse("8-12/2025") else { Issue.record("read"); return }
        #expect(problem.reason == .unexpectedTail(tail: "/2025", head: "8-12", phrase: "8-12/2025", closest: ["tháng 8-12/2025", "Năm 2025"]))
    }

    @Test func suggestionsInBothLanguages() {
        let problem = TimelineProblem(.notUnderstood(phrase: "khoảng tháng 10/2025", closest: ["tháng 10/2025", "Năm 2025"]), offset: nil)
        #expect(problem.text(.en) == "timeline 'khoảng tháng 10/2025' not understood; did you mean 'tháng 10/2025' or 'Năm 2025'?")
        #expect(problem.text(.vi) == "không hiểu thời gian thực hiện 'khoảng tháng 10/2025'; có phải là 'tháng 10/2025' hay 'Năm 2025'?")
        #expect(parser.parse("tháng 9 2025") == .failure(TimelineProblem(.unexpectedTail(
            tail: "2025", head: "tháng 9", phrase: "tháng 9 2025", closest: ["Tháng 9/2025", "Năm 2025"]), offset: 8)))
        #expect(parser.parse("2025 2026").failure?.text(.en)
            == "unexpected '2026' in '2025 2026'; expected the text to end after '2025', or did you mean '2025 - 2026'?")
        #expect(parser.parse("2025 2026").failure?.text(.vi) == "không hiểu phần '2026' trong '2025 2026'; thời gian đọc được "
            + "đến '2025' và cần kết thúc ở đó; có phải là '2025 - 2026'?")
        #expect(parser.parse("ngày 31/4 hằng năm").failure?.text(.vi) == "ngày không có thật '31/4': tháng 4 có nhiều nhất 30 ngày")
        #expect(parser.parse("Quý V/2025").failure?.text(.vi) == "ngày không có thật 'Quý V/2025': không có quý 5; quý từ I đến IV")
        #expect(parser.parseDate("31/02/2025").failure?.text(.vi) == "ngày không có thật '31/02/2025': tháng 2 năm 2025 có 28 ngày")
        #expect(parser.parse("Từ tháng 11/2025 đến tháng 9/2025").failure?.text(.vi) == "khoảng thời gian 'Từ tháng 11/2025 đến "
            + "tháng 9/2025' kết thúc trước khi bắt đầu: 30/09/2025 trước 01/11/2025; cần ghi mốc muộn hơn ở sau")
    }

    @Test(arguments: [
        ("47,741", TimelineProblem.Kind.notUnderstood, "date '47,741' not understood; expected a date such as '24/7/2025', "
            + "'20.7.2025', '2025-07-24' or 'ngày 29 tháng 4 năm 2025'", nil as Int?),
        ("Tháng 8/2025", .notUnderstood, "date 'Tháng 8/2025' not understood; expected a date such as '24/7/2025', "
            + "'20.7.2025', '2025-07-24' or 'ngày 29 tháng 4 năm 2025'", nil),
        ("24/7/2025 sáng", .notUnderstood, "unexpected 'sáng' in '24/7/2025 sáng'; expected the text to end after '24/7/2025'", 10),
        ("31/02/2025", .impossibleDate, "impossible date '31/02/2025': February 2025 has 28 days", 0),
        ("2025-02-29", .impossibleDate, "impossible date '2025-02-29': February 2025 has 28 days", 0),
    ])
    func dateProblems(text: String, kind: TimelineProblem.Kind, message: String, offset: Int?) {
        guard case .failure(let problem) = parser.parseDate(text) else { Issue.record("'\(text)' was understood"); return }
        #expect(problem.kind == kind)
        #expect(problem.text(.en) == message)
        #expect(problem.offset == offset)
    }
}

fileprivate extension Result {
    /// True when the result is a success.
    var isSuccess: Bool { if case .success = self { return true } else { return false } }
    /// The error of a failure, or nil.
    var failure: Failure? { if case .failure(let error) = self { return error } else { return nil } }
}
