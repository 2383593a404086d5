import Testing
@testable import BDHVSCore

/// The periods of `bdhvs report --period`: what they cover, what follows, how they are named.
@Suite struct ReportPeriodTests {
    @Test(arguments: [
        ("2025-10", "2025-10-01", "2025-10-31", "tháng 10 năm 2025", "tháng 11 năm 2025"),
        ("2025-12", "2025-12-01", "2025-12-31", "tháng 12 năm 2025", "tháng 1 năm 2026"),
        ("2024-02", "2024-02-01", "2024-02-29", "tháng 2 năm 2024", "tháng 3 năm 2024"),
        ("2025-q4", "2025-10-01", "2025-12-31", "quý IV năm 2025", "quý I năm 2026"),
        ("2025-H1", "2025-01-01", "2025-06-30", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025"),
        ("2025-H2", "2025-07-01", "2025-12-31", "6 tháng cuối năm 2025", "6 tháng đầu năm 2026"),
        ("2025", "2025-01-01", "2025-12-31", "năm 2025", "năm 2026"),
    ])
    func aPeriodCoversItsDaysAndIsFollowedByTheNext(text: String, start: String, end: String, name: String, next: String) throws {
        let period = try ReportPeriod.parse(text)
        #expect(period.start == isoDate(start))
        #expect(period.end == isoDate(end))
        #expect(period.name(.vi) == name)
        #expect(period.next.name(.vi) == next)
        #expect(period.contains(isoDate(end)) && !period.contains(isoDate(end).adding(days: 1)))
    }

    @Test(arguments: ["2025-13", "2025-Q5", "2025-H3", "25-10", "2025-1", "2025-10-01", "", "quý 4", "1999", "2025-Q", "２０２５"])
    func whatIsNotAPeriodSaysWhatIsExpected(text: String) {
        #expect(throws: ReportPeriodError(written: text)) { try ReportPeriod.parse(text) }
        #expect(ReportPeriodError(written: text).text(.en)
            == "'\(text)' is not a report period; expected a month (2025-10), a quarter (2025-Q4), a half year (2025-H2) or a year (2025)")
    }
}
