import Foundation
import Testing
@testable import bdhvs

/// Findings of the sixth QA round, run as an official runs them: amounts written as
/// documents write đồng, dates typed a year early, input files the library reads.
@Suite struct QARoundSixCLITests {
    @Test func amountsAreReadTheSameInAPlanAndOnTheCommandLine() throws {
        let cli = try CLI()
        let plan = try CLI.packageFile("Plans/nghia-giang-2025.yaml")
            .replacingOccurrences(of: "  total: 60000000", with: "  total: 60.000.000 đồng")
        let file = try cli.write("nghia-giang.yaml", plan)
        #expect(try cli.run("plan", "load", file).exitCode == 0)
        let spend = try cli.run("budget", "spend", "nv1", "24.500.000 đồng", "--source", "nsnn", "--date", "2025-10-20", "--as-of", "2025-12-31")
        #expect(spend.stdout == "Đã ghi giải ngân 24.500.000 đồng (nsnn) cho nghia-giang-2025/nv1 ngày 20/10/2025 (#1)\n")
        let show = try cli.run("budget", "show", "--as-of", "2025-12-31")
        #expect(show.stdoutLines.last == "  Tổng cộng                         60.000.000 đồng  24.500.000 đồng         0 đồng  35.500.000 đồng")
    }

    @Test func aMalformedAmountInAPlanIsLocatedAndNothingIsWritten() throws {
        let cli = try CLI()
        let plan = try CLI.packageFile("Plans/nghia-giang-2025.yaml")
            .replacingOccurrences(of: "  total: 60000000", with: "  total: 60.00.000")
        let result = try cli.run("plan", "load", try cli.write("nghia-giang.yaml", plan), "--lang", "en")
        #expect(result.exitCode == 1)
        #expect(result.stderrLines == [
            "<TMP>/nghia-giang.yaml:304:10: error: 'total' '60.00.000' is not valid; expected a whole number of đồng, e.g. 12500000, 12.500.000 or '12.500.000 đồng' (groups of three digits joined by '.' or a space; no decimals, no words such as 'triệu')",
        ])
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    /// A date a year early (2024 for a 2025 plan) is refused with the plan's years, for a
    /// task's change, its deadline, an activity, a spending and a CSV row; nothing is written.
    @Test func aDateBeforeThePlansFirstYearIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let done = try cli.run("task", "done", "nv1", "--on", "2024-10-09", "--as-of", "2025-10-10", "--by", "Lan")
        #expect(done.exitCode == 1)
        #expect(done.stderr == "bdhvs: error: ngày 09/10/2024 trước thời gian của kế hoạch 'nghia-giang-2025' (năm 2025); chỉ ghi những việc thực hiện từ ngày 01/01/2025 trở đi\n")
        let english = try cli.run("task", "start", "nv1", "--on", "31/12/2024", "--as-of", "2025-10-10", "--lang", "en")
        #expect(english.stderr == "bdhvs: error: the date 31/12/2024 is before the time of plan 'nghia-giang-2025' (2025); record what was done from 01/01/2025 on\n")
        let deadline = try cli.run("task", "deadline", "nv1", "2024-12-31", "--as-of", "2025-10-10")
        #expect(deadline.exitCode == 1)
        #expect(deadline.stderr.hasPrefix("bdhvs: error: ngày 31/12/2024 trước thời gian của kế hoạch 'nghia-giang-2025'"))
        let activity = try cli.run("activity", "add", "nv1", "--date", "2024-10-09", "--participants", "145", "--as-of", "2025-10-10")
        #expect(activity.exitCode == 1)
        let spend = try cli.run("budget", "spend", "nv1", "1.000.000", "--source", "nsnn", "--date", "2024-10-20", "--as-of", "2025-12-31")
        #expect(spend.exitCode == 1)
        let csv = try cli.write("hoat-dong.csv", "Nhiệm vụ;Ngày;Số người\nnv1;09/10/2024;145\n")
        let imported = try cli.run("import", csv)
        #expect(imported.exitCode == 1)
        #expect(imported.stderrLines == [
            "<TMP>/hoat-dong.csv:2:5: error: ngày 09/10/2024 trước thời gian của kế hoạch 'nghia-giang-2025' (năm 2025); chỉ ghi những việc thực hiện từ ngày 01/01/2025 trở đi",
        ])
        #expect(try cli.run("activity", "list", "--as-of", "2025-12-31").stdout == "Chưa có hoạt động nào phù hợp.\n")
        // The first day of the plan's year is in it; a task of 2025 may be done late, in 2026.
        #expect(try cli.run("task", "start", "nv1", "--on", "2025-01-01", "--as-of", "2025-01-01").exitCode == 0)
        #expect(try cli.run("task", "done", "nv1", "--on", "2026-02-01", "--as-of", "2026-02-01").exitCode == 0)
    }

    /// The library reads the file a command imports: a folder or a missing file is named at
    /// its line 1, column 1, exit 1, and no database is made.
    @Test func importedFilesThatCannotBeReadAreNamed() throws {
        let cli = try CLI()
        let folder = cli.path("bang")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let table = try cli.run("plan", "import", folder)
        #expect(table.exitCode == 1)
        #expect(table.stderrLines == ["<TMP>/bang:1:1: error: đây là một thư mục; cần một tệp"])
        let records = try cli.run("import", folder, "--lang", "en")
        #expect(records.exitCode == 1)
        #expect(records.stderrLines == ["<TMP>/bang:1:1: error: this is a folder; expected a file"])
        let missing = try cli.run("plan", "import", cli.path("khong-co.docx"))
        #expect(missing.stderrLines == ["<TMP>/khong-co.docx:1:1: error: không có tệp này"])
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    /// "30/9" typed without its year was read as 30/09/2000 and recorded so; it is a usage
    /// error on the command line and a located error in a CSV file, saying the year is missing.
    @Test func aDateTypedWithoutItsYearIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml").exitCode == 0)
        let start = try cli.run("task", "start", "nv1", "--on", "30/9", "--as-of", "2025-10-01")
        #expect(start.exitCode == 64)
        #expect(start.stderrLines.first == "bdhvs: error: --on '30/9' không phải là ngày: ngày '30/9' không ghi năm; cần ghi đủ ngày, tháng và năm, ví dụ '30/9/2025'")
        let english = try cli.run("task", "start", "nv1", "--on", "ngày 30/9", "--as-of", "2025-10-01", "--lang", "en")
        #expect(english.stderrLines.first == "bdhvs: error: --on 'ngày 30/9' is not a date: the date 'ngày 30/9' has no year; write the day, month and year, e.g. '30/9/2025'")
        let csv = try cli.run("import", try cli.write("hoat-dong.csv", "Nhiệm vụ;Ngày;Số người\nnv1;30/9;145\n"))
        #expect(csv.exitCode == 1)
        #expect(csv.stderrLines == ["<TMP>/hoat-dong.csv:2:5: error: ngày '30/9' không ghi năm; cần ghi đủ ngày, tháng và năm, ví dụ '30/9/2025'"])
        // Every written form with its year still reads.
        for typed in ["30/9/2025", "30-09-2025", "2025-9-30", "30.9.2025", "ngày 30 tháng 9 năm 2025"] {
            let result = try cli.run("task", "note", "nv1", "ghi chú", "--on", typed, "--as-of", "2025-10-01")
            #expect(result.exitCode == 0, "\(typed): \(result)")
        }
    }

    /// A note written as a list item ("- Đã họp") was read as short flags holding 'h': the
    /// help was printed, nothing recorded, exit 0; after '--note' it was "missing". Texts that
    /// begin with a dash are values; a negative number is still refused as one.
    @Test func aTextBeginningWithADashIsAValue() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let note = try cli.run("task", "note", "nv2", "- Đã họp triển khai", "--as-of", "2025-12-31", "--by", "Lan")
        #expect(note.exitCode == 0)
        #expect(note.stdout == "Đã ghi: nghia-giang-2025/nv2 — ghi chú — “- Đã họp triển khai”\n")
        let pause = try cli.run("task", "start", "nv2", "--note", "- Bắt đầu sau họp", "--on", "2025-12-30", "--as-of", "2025-12-31", "--by", "Lan")
        #expect(pause.stdout == "Đã ghi: nghia-giang-2025/nv2 — bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện — “- Bắt đầu sau họp”\n")
        let activity = try cli.run("activity", "add", "nv2", "--date", "2025-10-11", "--participants", "10", "--title", "-Hội nghị", "--place", "-2+3",
                                   "--as-of", "2025-12-31")
        #expect(activity.exitCode == 0, "\(activity)")
        let csv = try cli.run("export", "nghia-giang-2025", "--format", "csv", "--activities", "--as-of", "2025-12-31")
        #expect(csv.stdout.contains("\r\nnghia-giang-2025,nv2,2025-10-11,'-Hội nghị,'-2+3,10,người,,0\r\n"))
        let negative = try cli.run("task", "progress", "nv4", "-5", "--as-of", "2025-12-31")
        #expect(negative.exitCode == 64)
        #expect(negative.stderrLines.first == "bdhvs: error: '-5' là số âm; mọi số của bdhvs (số người, số tiền, số ngày, phần trăm) đều từ 0 trở lên")
        #expect(DashText.protect(["nv2", "- a", "--by", "Lan", "b"], of: TaskNote.self) == ["nv2", "--by", "Lan", "--", "- a", "b"])
        #expect(DashText.protect(["--note", "- a", "nv1", "--", "-x"], of: TaskStart.self) == ["--note=- a", "nv1", "--", "-x"])
        #expect(DashText.protect(["-h", "-5", "nv1"], of: TaskProgress.self) == ["-h", "-5", "nv1"])
        let help = try cli.run("task", "note", "-h")
        #expect(help.exitCode == 0 && help.stdout.hasPrefix("TỔNG QUAN"))
    }

    /// `plan import --year 99999` wrote a plan that could never load, with exit 0.
    @Test func aPlanYearOutsideThePlansYearsIsAUsageError() throws {
        let cli = try CLI()
        let table = try cli.write("bang.csv", "TT;Nội dung;Cơ quan chủ trì;Thời gian\n1;Tập huấn;Phòng VH-XH;Tháng 8/2025\n")
        let result = try cli.run("plan", "import", table, "--year", "99999", "--output", cli.path("ke-hoach.yaml"))
        #expect(result.exitCode == 64)
        #expect(result.stderrLines.first == "bdhvs: error: giá trị '99999' của '--year' không hợp lệ; cần một năm từ 2000 đến 2100, ví dụ 2025")
        #expect(!FileManager.default.fileExists(atPath: cli.path("ke-hoach.yaml")))
    }

    /// `report --period 2024-Q4` of a 2025 plan drafted a report of a quarter the plan never
    /// ran in; it is refused like any date before the plan.
    @Test func aReportPeriodBeforeThePlanIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let quarter = try cli.run("report", "nghia-giang-2025", "--period", "2024-Q4", "--as-of", "2025-12-31")
        #expect(quarter.exitCode == 1)
        #expect(quarter.stdout == "")
        #expect(quarter.stderr == "bdhvs: error: kỳ báo cáo quý IV năm 2024 trước năm 2025 là năm bắt đầu của kế hoạch 'nghia-giang-2025'; hãy kiểm tra lại năm\n")
        let english = try cli.run("report", "nghia-giang-2025", "--period", "2024-12", "--as-of", "2025-12-31", "--lang", "en")
        #expect(english.stderr == "bdhvs: error: the report period December 2024 is before 2025, the first year of plan 'nghia-giang-2025'; check the year\n")
        #expect(try cli.run("report", "nghia-giang-2025", "--period", "2025-01", "--as-of", "2025-12-31").exitCode == 0)
    }

    /// Excel's "Unicode Text" (.txt) is UTF-16 with a byte order mark, tab-separated: it was
    /// refused as not UTF-8; it imports. Other bytes that are not UTF-8 are still refused.
    @Test func excelUnicodeTextImports() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let text = "Nhiệm vụ\tNgày\tSố người\r\nnv2\t09/10/2025\t14\r\n"
        var bytes = Data([0xFF, 0xFE])
        bytes.append(text.data(using: .utf16LittleEndian)!)
        let result = try cli.run("import", try cli.write("thon-3.txt", bytes), "--as-of", "2025-12-31", "--by", "Lan")
        #expect(result.stdout == "Đã nhập 1 dòng (hoạt động) từ <TMP>/thon-3.txt, thay đổi #1.\n")
        let odd = try cli.run("import", try cli.write("le.csv", Data([0xFF, 0xFE, 0x41])), "--as-of", "2025-12-31")
        #expect(odd.stderrLines == ["<TMP>/le.csv:1:1: error: tệp không phải văn bản UTF-8; hãy lưu dưới dạng CSV UTF-8"])
    }
}
