import Foundation
import Testing

/// `report --period 2026-Q1 --as-of 2025-12-31` drafted a report of a quarter that had not
/// begun (its tasks "not done", its figures empty) with exit 0; it is refused, for a
/// commune's report as for the province's synthesis, and nothing is written.
@Suite struct ReportPeriodNotBegunTests {
    @Test func aPeriodNotBegunIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let quarter = try cli.run("report", "nghia-giang-2025", "--period", "2026-Q1", "--as-of", "2025-12-31")
        #expect(quarter.exitCode == 1)
        #expect(quarter.stdout == "")
        #expect(quarter.stderr == "bdhvs: error: kỳ báo cáo quý I năm 2026 bắt đầu từ ngày 01/01/2026, chưa bắt đầu tính đến ngày 31/12/2025; "
                + "hãy kiểm tra lại kỳ báo cáo hoặc --as-of\n")
        let english = try cli.run("report", "nghia-giang-2025", "--period", "2026-01", "--as-of", "2025-12-31", "--lang", "en")
        #expect(english.exitCode == 1)
        #expect(english.stderr == "bdhvs: error: the report period January 2026 begins on 01/01/2026, after 31/12/2025, the day the report "
                + "is drafted as of; check the period or --as-of\n")
        let file = cli.path("tong-hop.md")
        let province = try cli.run("report", "--province", "Quảng Ngãi", "--period", "2026-Q1", "--as-of", "2025-12-31", "--output", file)
        #expect(province.exitCode == 1)
        #expect(province.stderrLines.first?.hasPrefix("bdhvs: error: kỳ báo cáo quý I năm 2026 bắt đầu từ ngày 01/01/2026") == true)
        #expect(!FileManager.default.fileExists(atPath: file))
        // A period under way is reported as of the as-of date; one that has begun on it too.
        #expect(try cli.run("report", "nghia-giang-2025", "--period", "2025-Q4", "--as-of", "2025-11-15").exitCode == 0)
        #expect(try cli.run("report", "nghia-giang-2025", "--period", "2025-12", "--as-of", "2025-12-01").exitCode == 0)
    }
}
