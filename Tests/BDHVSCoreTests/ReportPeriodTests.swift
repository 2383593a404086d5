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

    /// A period as documents write it was refused ("'Quý IV/2025' không phải là kỳ báo
    /// cáo"), though the report names its periods so and the plans' timelines are read so.
    @Test(arguments: [
        ("Quý IV/2025", "2025-Q4"), ("quy 4/2025", "2025-Q4"), ("Quí IV-2025", "2025-Q4"), ("quý IV năm 2025", "2025-Q4"),
        ("Q3/2025", "2025-Q3"), ("Q1 2026", "2026-Q1"), ("Tháng 10/2025", "2025-10"), ("thang 2 nam 2026", "2026-02"),
        ("10/2025", "2025-10"), ("tháng 12 năm 2025", "2025-12"), ("6 tháng đầu năm 2025", "2025-H1"),
        ("6 THÁNG CUỐI NĂM 2025", "2025-H2"), ("Năm 2025", "2025"), (" nam 2026 ", "2026"),
    ])
    func aPeriodAsDocumentsWriteIt(text: String, coded: String) throws {
        #expect(try ReportPeriod.parse(text) == ReportPeriod.parse(coded))
    }

    /// Every period's name reads back as that period.
    @Test func theNameOfEveryPeriodReadsBack() throws {
        let kinds: [ReportPeriod.Kind] = (1...12).map { .month($0) } + (1...4).map { .quarter($0) } + [.half(1), .half(2), .year]
        for kind in kinds {
            let period = ReportPeriod(year: 2026, kind: kind)
            #expect(try ReportPeriod.parse(period.name(.vi)) == period, "\(period.name(.vi))")
        }
    }

    @Test(arguments: ["2025-13", "2025-Q5", "2025-H3", "25-10", "2025-1", "2025-10-01", "", "quý 4", "1999", "2025-Q", "２０２５",
                      "Quý V/2025", "tháng 13/2025", "13/2025", "Quý IV/1999", "6 tháng giữa năm 2025", "năm 25", "quý IV/2025/2026"])
    func whatIsNotAPeriodSaysWhatIsExpected(text: String) {
        #expect(throws: ReportPeriodError(written: text)) { try ReportPeriod.parse(text) }
        #expect(ReportPeriodError(written: text).text(.en)
            == "'\(text)' is not a report period; expected a month (2025-10), a quarter (2025-Q4), a half year (2025-H2) or a year (2025)")
    }
}
