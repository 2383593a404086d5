import Foundation
import Testing
@testable import BDHVSCore

/// A rate is never shown equal to a target it does not meet: 7.999/10.000 against 80% was
/// "80% … chưa đạt" in `results`, `indicator list` and the report. Where rounding to one
/// decimal would reach the target, the rate gets a second decimal, taken toward its own
/// side ("79,99%"); JSON keeps the exact numerator and denominator.
@Suite struct RateNearTargetTests {
    @Test(arguments: [
        // numerator, denominator, target (direction, tenths), shown
        (7999, 10_000, IndicatorTarget(lowTenths: 800), "79,99"),
        (7995, 10_000, IndicatorTarget(lowTenths: 800), "79,95"),
        (9996, 10_000, IndicatorTarget(lowTenths: 1000), "99,96"),
        (799, 1000, IndicatorTarget(lowTenths: 800), "79,9"),
        (8000, 10_000, IndicatorTarget(lowTenths: 800), "80"),
        (80_004, 100_000, IndicatorTarget(lowTenths: 800), "80"),
        (504, 10_000, IndicatorTarget(direction: .atMost, lowTenths: 50), "5,04"),
        (80_001, 100_000, IndicatorTarget(direction: .above, lowTenths: 800), "80,01"),
        (80_000, 100_000, IndicatorTarget(direction: .above, lowTenths: 800), "80"),
        (49_999, 1_000_000, IndicatorTarget(direction: .below, lowTenths: 50), "4,99"),
    ] as [(Int64, Int64, IndicatorTarget, String)])
    func oneMoreDecimalOnlyWhereRoundingReachesTheTarget(_ n: Int64, _ d: Int64, _ target: IndicatorTarget, _ shown: String) {
        #expect(RateText.percent(numerator: n, denominator: d, target: target) == shown)
    }

    @Test func withoutATargetOneDecimal() {
        #expect(RateText.percent(numerator: 7999, denominator: 10_000, target: nil) == "80")
        #expect(RateText.percent(numerator: 1, denominator: 0, target: nil) == nil)
    }

    /// The tester's figures: 7.999 of 10.000 adults (target 80%), 9.996 of 10.000 public
    /// servants (target 100%), and the adults' indicator measured as 7.999/10.000.
    private static let measurement = MeasurementInput(plan: nil, indicator: "nguoi-dan-ky-nang-so", measuredOn: isoDate("2025-12-02"),
                                                      value: .ratio(numerator: 7999, denominator: 10_000))

    private func store() throws -> (TaskStore, ChangeRecord) {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.figure(.population, "nguoi-dan", 10_000, on: "2025-10-01")
        try store.figure(.confirmed, "nguoi-dan", 7999, on: "2025-12-01")
        try store.figure(.population, "cbccvc", 10_000, on: "2025-10-01")
        try store.figure(.confirmed, "cbccvc", 9996, on: "2025-12-01")
        let change = try store.recordMeasurement(Self.measurement, by: "Lan", recordedOn: isoDate("2025-12-31"))
        return (store, change)
    }

    @Test func resultsAndIndicatorListSayNotMetWithoutShowingTheTarget() throws {
        let (store, change) = try store()
        let results = try store.results()
        #expect(results.group("nguoi-dan")?.met == false)
        let text = ResultsText(language: .vi).render(results)
        #expect(text.contains("  Người dân trong độ tuổi trưởng thành                         10.000   7.999  79,99%       80%  chưa đạt\n"))
        #expect(text.contains("  Cán bộ, công chức, viên chức và người lao động khu vực công  10.000   9.996  99,96%      100%  chưa đạt\n"))
        #expect(ResultsText(language: .en).render(results).contains("79.99%"))

        let rows = try store.indicators(.all, asOf: isoDate("2025-12-31"))
        let adults = try #require(rows.first { $0.id == "nguoi-dan-ky-nang-so" })
        #expect(adults.met == false)
        let listed = RecordText(language: .vi).indicators(rows, asOf: isoDate("2025-12-31"))
        #expect(listed.contains { $0.contains("chỉ tiêu 80%") && $0.contains("79,99% (7.999/10.000) ngày 02/12/2025  chưa đạt") })
        #expect(RecordText(language: .vi).confirmation(Self.measurement, change, indicator: adults)
                == "Đã ghi số liệu chỉ tiêu nghia-giang-2025/nguoi-dan-ky-nang-so ngày 02/12/2025: 79,99% (7.999/10.000) (#5)\n")

        // JSON keeps the exact figures: the ratio, its rounding in tenths, and the verdict.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try JSONOutput.render(rows).utf8)) as? [[String: Any]])
        let object = try #require(json.first { $0["id"] as? String == "nguoi-dan-ky-nang-so" })
        let latest = try #require(object["latest"] as? [String: Any])
        #expect(latest["numerator"] as? Int == 7999)
        #expect(latest["denominator"] as? Int == 10_000)
        #expect(latest["value_tenths"] as? Int == 800)
        #expect(object["met"] as? Bool == false)
    }

    @Test func theReportSaysTheSameInMarkdownAndDocx() throws {
        let report = ReportBuilder(data: try store().0.reportData(plan: "nghia-giang-2025", asOf: isoDate("2025-12-31"))).build()
        #expect(report.blocks.contains(.table(
            headers: ["Nhóm đối tượng", "Số dân", "Số người đạt", "Tỷ lệ", "Chỉ tiêu", "Đánh giá"],
            rows: [["Người dân trong độ tuổi trưởng thành", "10.000", "7.999", "79,99%", "80%", "Chưa đạt"],
                   ["Cán bộ, công chức, viên chức và người lao động khu vực công", "10.000", "9.996", "99,96%", "100%", "Chưa đạt"]],
            numeric: [1, 2, 3, 4])))
        let markdown = MarkdownRenderer().render(report)
        #expect(markdown.contains("| Người dân trong độ tuổi trưởng thành | 10.000 | 7.999 | 79,99% | 80% | Chưa đạt |"))
        #expect(markdown.contains("79,99% (7.999/10.000)"))
        #expect(!markdown.contains("| 80% (7.999/10.000)"))
        let runs = try XMLReadingRuns.of(try documentXML(report))
        #expect(runs.contains("79,99%"))
        #expect(runs.contains("79,99% (7.999/10.000)"))
        #expect(!runs.contains("80% (7.999/10.000)"))
    }
}

/// The text runs of a .docx body.
private enum XMLReadingRuns {
    static func of(_ data: Data) throws -> [String] {
        try parseXML(data).get().runs
    }
}
