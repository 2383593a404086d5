import Foundation
import Testing
@testable import BDHVSCore

/// Duties due on a day of each month, quarter or half year ("Ngày 25 hằng tháng", "ngày 15
/// hằng quý", "Trước ngày 15/6 và 15/12 hằng năm"): their stored names, periods and tallies.
@Suite struct DayOfPeriodTests {
    private static let parser = TimelineParser(planYear: 2026)

    private func view(_ occurrence: Occurrence) -> String { "\(occurrence.key) \(occurrence.start.iso)…\(occurrence.end.iso)" }

    @Test(arguments: [
        ("yearly:13-25", RecurrencePeriod.dayOfPeriod(months: 1, day: 25)), ("yearly:13-05", .dayOfPeriod(months: 1, day: 5)),
        ("yearly:14-15", .dayOfPeriod(months: 3, day: 15)), ("yearly:15-14", .dayOfPeriod(months: 6, day: 14)),
        ("yearly:13-31", .dayOfPeriod(months: 1, day: 31)),
    ])
    func storedNamesRoundTrip(name: String, period: RecurrencePeriod) throws {
        #expect(period.rawValue == name)
        #expect(RecurrencePeriod(rawValue: name) == period)
        let json = try JSONEncoder().encode([period])
        #expect(try JSONDecoder().decode([RecurrencePeriod].self, from: json) == [period])
    }

    @Test(arguments: [
        ("Ngày 25 hằng tháng", RecurrencePeriod.dayOfPeriod(months: 1, day: 25)),
        ("trước ngày 25 hằng tháng", .dayOfPeriod(months: 1, day: 24)), ("Hằng tháng, ngày 5", .dayOfPeriod(months: 1, day: 5)),
        ("Hằng tháng (trước ngày 25)", .dayOfPeriod(months: 1, day: 24)), ("vào ngày 10 mỗi tháng", .dayOfPeriod(months: 1, day: 10)),
        ("ngày 15 hằng quý", .dayOfPeriod(months: 3, day: 15)), ("Báo cáo trước ngày 20 hàng quý", .dayOfPeriod(months: 3, day: 19)),
        ("Trước ngày 15/6 và 15/12 hằng năm", .dayOfPeriod(months: 6, day: 14)),
        ("Ngày 15/6 và 15/12 hằng năm", .dayOfPeriod(months: 6, day: 15)),
        ("Hằng năm, vào ngày 20/6 và ngày 20/12", .dayOfPeriod(months: 6, day: 20)),
        ("ngày 30/6 và 31/12 hằng năm", .dayOfPeriod(months: 6, day: 31)),
    ])
    func phrases(phrase: String, period: RecurrencePeriod) {
        for text in [phrase, Folding.key(phrase), phrase.uppercased()] {
            #expect(Self.parser.parse(text) == .success(.recurring(period)), "\(text)")
        }
    }

    /// "Trước ngày" on the lenient setting is the day itself.
    @Test func beforeFollowsStrictBefore() {
        let lenient = TimelineParser(planYear: 2026, strictBefore: false)
        #expect(lenient.parse("trước ngày 25 hằng tháng") == .success(.recurring(.dayOfPeriod(months: 1, day: 25))))
        #expect(lenient.parse("Trước ngày 15/6 và 15/12 hằng năm") == .success(.recurring(.dayOfPeriod(months: 6, day: 15))))
    }

    @Test func monthlyOnADayIsDueThatDayOrTheMonthsLast() {
        let the25th = RecurrencePeriod.dayOfPeriod(months: 1, day: 25).occurrences(inYear: 2026)
        #expect(the25th.count == 12)
        #expect(the25th.prefix(2).map(view) == ["2026-01 2026-01-01…2026-01-25", "2026-02 2026-02-01…2026-02-25"])
        #expect(RecurrencePeriod.dayOfPeriod(months: 1, day: 31).occurrences(inYear: 2028).prefix(4).map(\.end.iso)
            == ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"])
        // Done after its day, it is still that month's duty, done late.
        #expect(view(RecurrencePeriod.dayOfPeriod(months: 1, day: 25).occurrence(containing: isoDate("2026-03-28")))
            == "2026-03 2026-03-01…2026-03-25")
    }

    @Test func aQuartersDayFallsInItsLastMonth() {
        #expect(RecurrencePeriod.dayOfPeriod(months: 3, day: 15).occurrences(inYear: 2026).map(view) == [
            "2026-Q1 2026-01-01…2026-03-15", "2026-Q2 2026-04-01…2026-06-15",
            "2026-Q3 2026-07-01…2026-09-15", "2026-Q4 2026-10-01…2026-12-15",
        ])
        #expect(RecurrencePeriod.dayOfPeriod(months: 6, day: 14).occurrences(inYear: 2026).map(view)
            == ["2026-H1 2026-01-01…2026-06-14", "2026-H2 2026-07-01…2026-12-14"])
    }

    @Test(arguments: [
        ("2026-03-25", 2, 0, "2026-03"), ("2026-03-26", 3, 1, nil), ("2026-04-01", 3, 1, "2026-04"),
    ] as [(String, Int, Int, String?)])
    func monthsAreCountedOnTheirDay(asOf: String, past: Int, missed: Int, current: String?) {
        let tally = OccurrenceTally.count(.dayOfPeriod(months: 1, day: 25), year: 2026, asOf: isoDate(asOf),
                                          doneKeys: ["2026-01", "2026-02"])
        #expect(tally.past == past)
        #expect(tally.missed == missed)
        #expect(tally.current?.key == current)
    }

    /// The calendar file lists the days, which a monthly rule would skip in short months.
    @Test func theCalendarFileListsTheDays() {
        let event = ICalendarWriter.Event(uid: "kh-nv3@bdhvs", summary: "[nv3] Báo cáo", description: "", date: isoDate("2026-10-31"),
                                          recurrence: .dayOfPeriod(months: 1, day: 31), until: isoDate("2026-12-31"))
        let text = ICalendarWriter(name: "kh", asOf: isoDate("2026-10-01")).render([event])
        #expect(text.contains("\r\nRDATE;VALUE=DATE:20261130,20261231\r\n"))
        #expect(!text.contains("RRULE"))
    }

    /// Two days a year that are not one day of June and December, and a day before the 1st,
    /// are not read.
    @Test(arguments: ["Ngày 15/6 và 20/12 hằng năm", "ngày 15/1 và 15/7 hằng năm", "trước ngày 1 hằng tháng", "ngày 32 hằng tháng",
                      "ngày 25 hằng tuần"])
    func otherDaysAreRefused(phrase: String) {
        guard case .failure(let problem) = Self.parser.parse(phrase) else { Issue.record("'\(phrase)' was understood"); return }
        #expect(problem.kind == .notUnderstood)
    }
}
