import Foundation
import Testing
@testable import BDHVSCore

/// The periods added for plans as officials write them: every half year ("báo cáo định kỳ 6
/// tháng") and on a given day each year ("ngày 10/10 hằng năm").
@Suite struct RecurrencePeriodTests {
    private static let october10 = RecurrencePeriod.yearlyOn(DayOfYear(month: 10, day: 10)!)
    private static let february29 = RecurrencePeriod.yearlyOn(DayOfYear(month: 2, day: 29)!)

    private func view(_ occurrence: Occurrence) -> String { "\(occurrence.key) \(occurrence.start.iso)…\(occurrence.end.iso)" }

    @Test(arguments: [
        ("half_yearly", RecurrencePeriod.halfYearly), ("yearly", .yearly), ("yearly:10-10", october10),
        ("yearly:02-29", february29), ("yearly:12-31", .yearlyOn(DayOfYear(month: 12, day: 31)!)),
    ])
    func storedNamesRoundTrip(name: String, period: RecurrencePeriod) throws {
        #expect(period.rawValue == name)
        #expect(RecurrencePeriod(rawValue: name) == period)
        let json = try JSONEncoder().encode([period])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(name)\"]")
        #expect(try JSONDecoder().decode([RecurrencePeriod].self, from: json) == [period])
    }

    @Test(arguments: ["yearly:02-30", "yearly:16-01", "yearly:13-32", "yearly:13-00", "yearly:04-31", "yearly:1-1", "yearly:00-10", "yearly", "half-yearly", "yearly:10-10:x"])
    func impossibleNamesAreRefused(name: String) {
        #expect(name == "yearly" ? RecurrencePeriod(rawValue: name) == .yearly : RecurrencePeriod(rawValue: name) == nil)
    }

    @Test func halfYearsEndOn30JuneAnd31December() {
        #expect(RecurrencePeriod.halfYearly.occurrences(inYear: 2026).map(view)
            == ["2026-H1 2026-01-01…2026-06-30", "2026-H2 2026-07-01…2026-12-31"])
        #expect(RecurrencePeriod.halfYearly.occurrence(containing: isoDate("2028-06-30")).key == "2028-H1")
        #expect(RecurrencePeriod.halfYearly.occurrence(containing: isoDate("2028-07-01")).key == "2028-H2")
        #expect(Occurrence(key: "2026-H2").map(view) == "2026-H2 2026-07-01…2026-12-31")
        #expect(Occurrence(key: "2026-H3") == nil)
        #expect(Occurrence(key: "2026-H2")?.label(.vi) == "6 tháng cuối năm 2026")
        #expect(Occurrence(key: "2026-H1")?.label(.en) == "H1/2026")
    }

    @Test func aYearlyDayIsDueThatDayWhateverTheYear() {
        #expect(Self.october10.occurrences(inYear: 2026).map(view) == ["2026 2026-01-01…2026-10-10"])
        #expect(Self.february29.occurrences(inYear: 2028).map(view) == ["2028 2028-01-01…2028-02-29"])
        #expect(Self.february29.occurrences(inYear: 2026).map(view) == ["2026 2026-01-01…2026-02-28"])
        #expect(Self.february29.occurrences(inYear: 2100).map(view) == ["2100 2100-01-01…2100-02-28"])
        // Done late, after the day, it is still that year's duty.
        #expect(view(Self.october10.occurrence(containing: isoDate("2026-11-15"))) == "2026 2026-01-01…2026-10-10")
        #expect(Self.october10.occurrence(key: "2026", inYear: 2026).map(view) == "2026 2026-01-01…2026-10-10")
    }

    @Test(arguments: [
        ("2026-10-09", 0, 0, "2026"), ("2026-10-10", 0, 0, "2026"), ("2026-10-11", 1, 1, nil), ("2026-12-31", 1, 1, nil),
    ] as [(String, Int, Int, String?)])
    func aYearlyDayIsMissedTheDayAfter(asOf: String, past: Int, missed: Int, current: String?) {
        let tally = OccurrenceTally.count(Self.october10, year: 2026, asOf: isoDate(asOf), doneKeys: [])
        #expect(tally.past == past)
        #expect(tally.missed == missed)
        #expect(tally.current?.key == current)
    }

    @Test func theStoreCountsTheNewPeriods() throws {
        let text = PlanFixture.variant([
            ("timeline: Tháng 8/2025", "timeline: ngày 10/10 hằng năm"), ("timeline: Thường xuyên", "timeline: Báo cáo định kỳ 6 tháng, hằng năm"),
        ])
        let store = try StoreFixture.store(loading: text)
        let report = try store.status(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate("2025-12-31"))
        #expect(report.recurring.map(\.id) == ["nv1", "nv2a"])
        #expect(report.recurring.map(\.period) == [Self.october10, .halfYearly])
        #expect(report.recurring.map { [$0.occurrences.past, $0.occurrences.done, $0.occurrences.missed] } == [[1, 0, 1], [1, 0, 1]])
        #expect(report.recurring.map { $0.occurrences.current?.key } == [nil, "2025-H2"])
    }
}
