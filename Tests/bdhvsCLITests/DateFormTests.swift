import Foundation
import Testing

/// Dates as officials write them: every date option's help and every refusal of a date say
/// dd/mm/yyyy first (YYYY-MM-DD is accepted too), and a year out of range says the range.
@Suite struct DateFormTests {
    @Test(arguments: [
        (["budget", "spend", "--help"], "  --date <ngày>           Ngày chi, dd/mm/yyyy."),
        (["activity", "list", "--help"], "  --from <ngày>           Từ ngày này, dd/mm/yyyy."),
        (["task", "done", "--help"], "  --on <ngày>             Ngày việc diễn ra, dd/mm/yyyy (mặc định: ngày tính)."),
        (["task", "done", "--help", "--lang", "en"], "  --on <date>             The day it happened, dd/mm/yyyy (default: the as-of"),
        (["indicator", "record", "--help", "--lang", "en"], "  --date <date>           The day it was measured, dd/mm/yyyy."),
    ])
    func dateOptionHelpSaysDayMonthYear(arguments: [String], line: String) throws {
        let result = try CLI().run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stdout.components(separatedBy: "\n").contains(line), "\(result.stdout)")
        #expect(!result.stdout.contains("YYYY-MM-DD."))
    }

    /// A text not read as a date is answered with the forms once, not twice.
    @Test func unreadableDateSaysTheFormsOnce() throws {
        let cli = try CLI()
        let result = try cli.run("task", "list", "--as-of", "cuối năm")
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
        #expect(result.stderrLines.first == "bdhvs: error: --as-of 'cuối năm' không phải là ngày: không đọc được ngày 'cuối năm'; "
            + "cần ghi ngày như '24/7/2025', '20.7.2025', '2025-07-24' hoặc 'ngày 29 tháng 4 năm 2025'")
        let english = try cli.run("task", "list", "--as-of", "cuối năm", "--lang", "en")
        #expect(english.stderrLines.first == "bdhvs: error: --as-of 'cuối năm' is not a date: date 'cuối năm' not understood; "
            + "expected a date such as '24/7/2025', '20.7.2025', '2025-07-24' or 'ngày 29 tháng 4 năm 2025'")
    }

    @Test func yearOutOfRangeSaysTheRange() throws {
        let cli = try CLI()
        let result = try cli.run("budget", "spend", "nv1", "100", "--source", "ngân sách xã", "--date", "1/1/0001")
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
        #expect(result.stderrLines.first == "bdhvs: error: --date '1/1/0001' không phải là ngày: ngày không có thật '1/1/0001': "
            + "năm 1 nằm ngoài khoảng hỗ trợ từ 1900 đến 2200; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025")
        let english = try cli.run("budget", "spend", "nv1", "100", "--source", "x", "--date", "31/12/1899", "--lang", "en")
        #expect(english.exitCode == 64)
        #expect(english.stderrLines.first == "bdhvs: error: --date '31/12/1899' is not a date: impossible date '31/12/1899': "
            + "year 1899 is outside the supported years 1900 to 2200; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025")
    }
}
