import Foundation
import Testing
@testable import bdhvs

/// Findings of the ninth QA round, run as an official runs them.
@Suite struct QARoundNineCLITests {
    /// A village mistyped was answered with the id of the closest one ("có phải là
    /// 'thon-3'?") where the official had typed a name: the suggestion is the village as it is
    /// typed ("Thôn 3"), with its id beside it.
    @Test func aVillageIsSuggestedByTheNameTypedWithItsId() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let vi = try cli.run("coverage", "record", "nguoi-dan", "10", "--village", "Thôn 33", "--date", "2025-12-15", "--as-of", "2025-12-31")
        #expect(vi.exitCode == 1)
        #expect(vi.stderr == "bdhvs: error: kế hoạch 'nghia-giang-2025' không có thôn, tổ dân phố 'Thôn 33'; có phải là 'Thôn 3' (mã 'thon-3')?\n")
        let en = try cli.run("team", "add", "Thon 3a", "--members", "5", "--date", "2025-08-05", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.exitCode == 1)
        #expect(en.stderr == "bdhvs: error: plan 'nghia-giang-2025' has no village 'Thon 3a'; did you mean 'Thôn 3' (id 'thon-3')?\n")
        // The suggestion is what may be typed: it is taken.
        #expect(try cli.run("coverage", "record", "nguoi-dan", "10", "--village", "Thôn 3", "--date", "2025-12-15", "--as-of", "2025-12-31").exitCode == 0)
    }

    /// `budget show` printed a negative remainder (more disbursed than the estimate) and said
    /// nothing of it: each source spent past its estimate is now a warning on standard error,
    /// as `budget spend` gives when it happens.
    @Test func budgetShowWarnsOfASourceSpentPastItsEstimate() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try cli.run("budget", "spend", "nv1", "70.000.000", "--source", "nsnn", "--date", "2025-10-20", "--as-of", "2025-12-31", "--by", "Lan").exitCode == 0)
        let vi = try cli.run("budget", "show", "--as-of", "2025-12-31")
        #expect(vi.exitCode == 0)
        #expect(vi.stdoutLines[1] == "  Ngân sách nhà nước theo phân cấp  55.000.000 đồng  70.000.000 đồng         0 đồng  -15.000.000 đồng")
        #expect(vi.stderr == "bdhvs: warning: đã giải ngân 70.000.000 đồng từ nguồn 'Ngân sách nhà nước theo phân cấp', vượt dự toán 55.000.000 đồng là 15.000.000 đồng\n")
        let en = try cli.run("budget", "show", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.stderr == "bdhvs: warning: 70,000,000 VND disbursed from 'Ngân sách nhà nước theo phân cấp', 15,000,000 VND over its estimate of 55,000,000 VND\n")
        // The plan's status shows the same table, and says the same.
        let status = try cli.run("plan", "status", "nghia-giang-2025", "--as-of", "2025-12-31")
        #expect(status.stderr == vi.stderr)
        // Within the estimate: nothing to say.
        let within = try CLI()
        #expect(try within.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try within.run("budget", "spend", "nv1", "24.500.000", "--source", "nsnn", "--date", "2025-10-20", "--as-of", "2025-12-31").exitCode == 0)
        #expect(try within.run("budget", "show", "--as-of", "2025-12-31").succeeded)
    }

    /// A date typed with a year of fewer than four digits ("0/0/0", "1/1/25") was "unexpected
    /// '/0' in '0/0/0'; expected the text to end after '0/0'": it names the value and says the
    /// year is written with four digits, as dd/mm/yyyy. The other impossible dates already
    /// said what is wrong and what is expected; they are kept as they are.
    @Test(arguments: [
        ("0/0/0", "--as-of '0/0/0' không phải là ngày: năm '0' phải viết đủ 4 chữ số; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
         "--as-of '0/0/0' is not a date: the year '0' must be written with 4 digits; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
        ("1/1/25", "--as-of '1/1/25' không phải là ngày: năm '25' phải viết đủ 4 chữ số; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
         "--as-of '1/1/25' is not a date: the year '25' must be written with 4 digits; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
        ("32/01/2025", "--as-of '32/01/2025' không phải là ngày: ngày không có thật '32/01/2025': tháng 1 năm 2025 có 31 ngày; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
         "--as-of '32/01/2025' is not a date: impossible date '32/01/2025': January 2025 has 31 days; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
        ("29/02/2025", "--as-of '29/02/2025' không phải là ngày: ngày không có thật '29/02/2025': tháng 2 năm 2025 có 28 ngày; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
         "--as-of '29/02/2025' is not a date: impossible date '29/02/2025': February 2025 has 28 days; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
        ("00/00/0000", "--as-of '00/00/0000' không phải là ngày: ngày không có thật '00/00/0000': năm 0 nằm ngoài khoảng hỗ trợ từ 1900 đến 2200; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
         "--as-of '00/00/0000' is not a date: impossible date '00/00/0000': year 0 is outside the supported years 1900 to 2200; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
        ("1/13/2025", "--as-of '1/13/2025' không phải là ngày: ngày không có thật '1/13/2025': không có tháng 13; tháng từ 1 đến 12; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
         "--as-of '1/13/2025' is not a date: impossible date '1/13/2025': there is no month 13; months run from 1 to 12; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
    ])
    func anImpossibleDateIsNamedWithWhatIsExpected(date: String, vietnamese: String, english: String) throws {
        let cli = try CLI()
        let vi = try cli.run("plan", "list", "--as-of", date)
        #expect(vi.exitCode == 64)
        #expect(vi.stderrLines.first == "bdhvs: error: " + vietnamese)
        let en = try cli.run("plan", "list", "--as-of", date, "--lang", "en")
        #expect(en.stderrLines.first == "bdhvs: error: " + english)
    }

    /// `task show` of a task a later load retired (no longer in the plan file) was refused
    /// with the wording meant for an update ("it cannot be updated"): it shows the task with
    /// what was recorded, and says it was retired.
    @Test func aRetiredTaskIsShownAndSaidToBeRetired() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try cli.run("task", "start", "nv6", "--on", "2025-11-01", "--as-of", "2025-11-01", "--by", "Lan").exitCode == 0)
        let text = try String(contentsOfFile: "Plans/nghia-giang-2025.yaml", encoding: .utf8)
        let start = try #require(text.range(of: "  - id: nv6\n")), end = try #require(text.range(of: "\nbudget:\n"))
        try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(toFile: cli.path("nghia-giang-2025.yaml"), atomically: true, encoding: .utf8)
        let reload = try cli.run("plan", "load", cli.path("nghia-giang-2025.yaml"), "--as-of", "2025-11-20")
        #expect(reload.stdoutLines.contains("  thôi theo dõi 1 (không còn trong tệp, dữ liệu đã ghi được giữ lại): nv6"))
        let vi = try cli.run("task", "show", "nv6", "--as-of", "2025-12-31")
        #expect(vi.succeeded, "\(vi)")
        #expect(Array(vi.stdoutLines.prefix(3).dropFirst()) == [
            "  Đã thôi theo dõi: nhiệm vụ không còn trong tệp kế hoạch từ lần nạp lại kế hoạch ngày 20/11/2025; dữ liệu đã ghi được giữ lại, không cập nhật được nữa",
            "  Tình trạng ngày 31/12/2025: Đang thực hiện quá hạn (17 ngày)",
        ])
        #expect(vi.stdoutLines.last == "  #1  01/11/2025  Lan  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện")
        let en = try cli.run("task", "show", "nv6", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.stdoutLines[1] == "  Retired: the task is no longer in the plan file since the plan was loaded again on 20/11/2025; what was recorded is kept, and it can no longer be updated")
        let json = try cli.run("task", "show", "nv6", "--as-of", "2025-12-31", "--format", "json")
        #expect(json.stdout.contains("\"retired\" : true"))
        // Still out of the plan's status and refused to an update.
        #expect(try cli.run("plan", "status", "nghia-giang-2025", "--as-of", "2025-12-31").stdout.contains("(5 nhiệm vụ)"))
        let update = try cli.run("task", "done", "nv6", "--as-of", "2025-12-31")
        #expect(update.exitCode == 1)
        #expect(update.stderr == "bdhvs: error: nhiệm vụ 'nv6' không còn trong tệp kế hoạch (đã thôi theo dõi); không thể cập nhật\n")
    }

    /// A change recorded with no name known (no --by, BDHVS_USER or login name) showed
    /// "không rõ" in English as well: the history says "không rõ" or "unknown" by language.
    @Test func aChangeOfNobodyKnownIsShownInTheReadersLanguage() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let nobody: [String: String?] = ["USER": nil, "LOGNAME": nil, "BDHVS_USER": nil]
        #expect(try cli.run("task", "start", "nv2", "--as-of", "2025-12-31", environment: nobody).exitCode == 0)
        let vi = try cli.run("task", "show", "nv2", "--as-of", "2025-12-31")
        #expect(vi.stdoutLines.last == "  #1  31/12/2025  không rõ  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện")
        let en = try cli.run("task", "show", "nv2", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.stdoutLines.last == "  #1  31/12/2025  unknown  started: state not started → started")
        let json = try cli.run("task", "show", "nv2", "--as-of", "2025-12-31", "--format", "json")
        #expect(json.stdout.contains("\"by\" : null"))
        // Taken back by nobody known, as it was recorded.
        let undo = try cli.run("undo", "--as-of", "2025-12-31", environment: nobody)
        #expect(undo.stdout == "Đã ghi: nghia-giang-2025/nv2 — hoàn tác: trạng thái đang thực hiện → chưa thực hiện (hoàn tác thay đổi #1)\n")
    }

    /// "Trước Tết hằng năm" was an error in a plan: it is a recurring duty, the year's due the
    /// day before the Tết that ends it (Bính Ngọ, 17/02/2026, for 2025), marked done as the
    /// other recurring duties are.
    @Test func aDutyBeforeTetEveryYearIsLoadedAndTracked() throws {
        let cli = try CLI()
        let text = try String(contentsOfFile: "Plans/nghia-giang-2025.yaml", encoding: .utf8)
        try text.replacingOccurrences(of: "    timeline: Trước ngày 15/12/2025\n", with: "    timeline: Trước Tết hằng năm\n")
            .write(toFile: cli.path("nghia-giang-2025.yaml"), atomically: true, encoding: .utf8)
        #expect(try cli.run("plan", "validate", cli.path("nghia-giang-2025.yaml")).exitCode == 0)
        #expect(try cli.run("plan", "load", cli.path("nghia-giang-2025.yaml")).exitCode == 0)
        let december = try cli.run("task", "show", "nv6", "--as-of", "2025-12-31")
        #expect(december.stdoutLines.contains(
            "  Định kỳ (trước Tết Nguyên đán hằng năm): 0 kỳ đã đến hạn, 0 hoàn thành, 0 không hoàn thành; kỳ hiện tại năm 2025 (hạn 16/02/2026): chưa hoàn thành"),
            "\(december)")
        let english = try cli.run("task", "show", "nv6", "--as-of", "2025-12-31", "--lang", "en")
        #expect(english.stdoutLines.contains(
            "  Recurring (yearly, before Tết): 0 periods past, 0 done, 0 missed; current 2025 (due 16/02/2026): not done"), "\(english)")
        // Done on 10/02/2026, before Tết: the duty of 2025, on time.
        #expect(try cli.run("task", "done", "nv6", "--on", "2026-02-10", "--as-of", "2026-02-10").exitCode == 0)
        let march = try cli.run("task", "show", "nv6", "--as-of", "2026-03-01")
        #expect(march.stdoutLines.contains("  Định kỳ (trước Tết Nguyên đán hằng năm): 1 kỳ đã đến hạn, 1 hoàn thành, 0 không hoàn thành"), "\(march)")
    }

    /// A commune that has loaded its plan of 2026 beside that of 2025: the national status
    /// counts every plan loaded (its tasks of 2026 as in progress), and the province's status
    /// counts the same plans as the national row of its province. What was wrong is that the
    /// national row counted the plans as communes: Quảng Ngãi had "Xã/phường 3" for two
    /// communes. A commune counts once, among the communes and those with overdue tasks.
    @Test func aCommuneWithThePlansOfTwoYearsCountsOnceAndTheProvinceAgreesWithTheNation() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2025.yaml", "Plans/nghia-giang-2026.yaml",
                            "Plans/viet-hung-2025.yaml").exitCode == 0)
        let national = try cli.run("plan", "status", "--as-of", "2025-12-31")
        #expect(national.stdoutLines.first == "Tổng hợp 4 kế hoạch · Tính đến ngày 31/12/2025")
        let rows = national.stdoutLines.drop { $0 != "Theo tỉnh, thành phố:" }.dropFirst().prefix(3)
        #expect(Array(rows) == [
            "  Tỉnh, thành phố  Xã/phường  Nhiệm vụ  Hoàn thành  Quá hạn  Xã có quá hạn  Quá hạn lâu nhất",
            "  Quảng Ngãi               2        21   0/21 (0%)        6              2          122 ngày",
            "  Hà Nội                   1        12   0/12 (0%)        3              1          122 ngày",
        ])
        let json = try cli.run("plan", "status", "--as-of", "2025-12-31", "--format", "json")
        #expect(json.stdout.contains("\"communes\" : 2"))
        let province = try cli.run("plan", "status", "--province", "Quảng Ngãi", "--as-of", "2025-12-31")
        #expect(province.stdoutLines.prefix(3) == ["Tổng hợp 3 kế hoạch · Tính đến ngày 31/12/2025", "", "Tình hình thực hiện (21 nhiệm vụ):"])
    }
}
