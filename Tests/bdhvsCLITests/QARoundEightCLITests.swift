import Foundation
import Testing
@testable import bdhvs

/// Findings of the eighth QA round, run as an official runs them.
@Suite struct QARoundEightCLITests {
    /// A commune that has loaded next year's plan (Nghĩa Giang, 2025 and 2026) is one
    /// commune in the province's synthesis of 2025, with its plan of 2025: it was counted
    /// twice ("03 xã, phường", 21 tasks, a row "xã Nghĩa Giang" of 10 tasks of 2026).
    @Test func theProvinceSynthesisCountsACommuneOnceWithItsPlanOfTheYear() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2025.yaml", "Plans/nghia-giang-2026.yaml").exitCode == 0)
        let year = try cli.run("report", "--province", "quang ngai", "--as-of", "2025-12-31")
        #expect(year.exitCode == 0)
        let lines = year.stdoutLines
        #expect(lines.contains("Trên địa bàn tỉnh có 02 xã, phường đã ban hành kế hoạch thực hiện Phong trào và được theo dõi tiến độ, với tổng số 11 nhiệm vụ."))
        #expect(lines.filter { $0.hasPrefix("| xã ") } == ["| xã Đông Trà Bồng | 5 | 0 | 2 | 0/5 (0%) | — |", "| xã Nghĩa Giang | 6 | 0 | 4 | 0/6 (0%) | — |"])
        #expect(lines.contains("Chưa ghi nhận hoạt động nào tính đến 31/12/2025 (02 xã, phường): xã Đông Trà Bồng, xã Nghĩa Giang."))
        // In 2026 Nghĩa Giang counts with its plan of 2026, Đông Trà Bồng (no plan of 2026) with its plan of 2025.
        let next = try cli.run("report", "--province", "quang ngai", "--period", "2026-Q1")
        #expect(next.stdoutLines.filter { $0.hasPrefix("| xã ") } == ["| xã Đông Trà Bồng | 5 | 0 | 2 | 0/5 (0%) | — |",
                                                                       "| xã Nghĩa Giang | 10 | 0 | 0 | 0/10 (0%) | — |"])
    }

    /// A province or commune written as the dashboard's address and the plans' ids write it,
    /// dashes for spaces ('quang-ngai' from /tinh/quang-ngai, 'nghia-giang'), is the place:
    /// it was refused with "did you mean 'Quảng Ngãi'", and a key trusted so was a second
    /// commune that never sends.
    @Test func aPlaceWrittenWithDashesIsThePlace() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let province = try cli.run("plan", "status", "--province", "quang-ngai", "--as-of", "2025-12-31", "--format", "json")
        #expect(province.exitCode == 0)
        #expect(province.stdout.contains("\"total\" : 11"))
        let commune = try cli.run("task", "list", "--commune", "xa-dong-tra-bong", "--overdue", "--as-of", "2025-12-31")
        #expect(commune.stdoutLines.first == "Kế hoạch dong-tra-bong-2025:")
        #expect(commune.stdoutLines.last == "2 nhiệm vụ.")
        let results = try cli.run("results", "--commune", "nghia-giang", "--as-of", "2025-12-31")
        #expect(results.stdoutLines.first == "Kết quả theo nhóm đối tượng đến ngày 31/12/2025 (1 xã, phường)")
        let unknown = try cli.run("plan", "status", "--province", "ha-noi", "--as-of", "2025-12-31")
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr == "bdhvs: error: không có kế hoạch nào đã nạp thuộc 'ha-noi'\n")

        let key = try cli.run("package", "keygen", "--output", cli.path("ng.key"))
        #expect(key.exitCode == 0)
        let publicKey = try String(contentsOfFile: cli.path("ng.key.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let trust = try cli.run("package", "trust", publicKey, "--commune", "nghia-giang", "--province", "quang-ngai")
        #expect(trust.stdout == "Đã tin cậy khóa \(publicKey) cho xã Nghĩa Giang, Quảng Ngãi.\n")
        let freshness = try cli.run("plan", "status", "--province", "quang-ngai", "--since", "2025-12-01", "--as-of", "2025-12-31")
        #expect(freshness.stdoutLines == ["Dữ liệu các xã, phường (cần tính đến ngày 01/12/2025):", "  Cần liên hệ (2):",
                                          "    xã Đông Trà Bồng  chưa gửi gói dữ liệu", "    xã Nghĩa Giang    chưa gửi gói dữ liệu",
                                          "  Đã cập nhật (0):", "    không có"])
    }

    /// The communes to call of a province of which nothing is known were "none has sent a
    /// package or had a key trusted", with exit 0, in a database holding other provinces'
    /// communes: a province mistyped read as all well. It is an unknown place, as for the status.
    @Test func theCommunesToCallOfAnUnknownProvinceAreRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        for command in [["results"], ["plan", "status"]] {
            let result = try cli.run(command + ["--province", "Quang Nam", "--since", "2025-12-01", "--as-of", "2025-12-31"])
            #expect(result.exitCode == 1)
            #expect(result.stderr == "bdhvs: error: không có kế hoạch nào đã nạp thuộc 'Quang Nam'; có phải là 'Quảng Ngãi'?\n")
        }
        let empty = try CLI()
        #expect(try empty.run("package", "keygen", "--output", empty.path("k.key")).exitCode == 0)
        let publicKey = try String(contentsOfFile: empty.path("k.key.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try empty.run("package", "trust", publicKey, "--commune", "Nghĩa Giang", "--province", "Quảng Ngãi").exitCode == 0)
        let known = try empty.run("results", "--province", "quang ngai", "--since", "2025-12-01", "--as-of", "2025-12-31")
        #expect(known.exitCode == 0)
        #expect(known.stdoutLines.prefix(3) == ["Dữ liệu các xã, phường (cần tính đến ngày 01/12/2025):", "  Cần liên hệ (1):",
                                                "    Nghĩa Giang  chưa gửi gói dữ liệu"])
    }

    /// The roll-up names a kind of body across communes by the words its names begin with
    /// ("Công an": 4 tasks, 2 overdue, of "Công an xã" and "Công an phường"); asked for
    /// those tasks by that name, task list matched the one plan that had it as an alias and
    /// listed none of the two overdue. Such words now name every body whose name begins so.
    @Test func aKindOfBodyAsTheRollUpNamesItListsItsTasks() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2025.yaml", "Plans/viet-hung-2025.yaml").exitCode == 0)
        let status = try cli.run("plan", "status", "--as-of", "2025-12-31")
        #expect(status.stdoutLines.contains("  Công an                                            4           0        2"))
        #expect(try cli.run("task", "list", "--agency", "Công an", "--as-of", "2025-12-31").stdoutLines.last == "4 nhiệm vụ.")
        let overdue = try cli.run("task", "list", "--agency", "cong an", "--overdue", "--as-of", "2025-12-31")
        #expect(overdue.stdoutLines.filter { $0.hasPrefix("Kế hoạch ") || $0.hasPrefix("  nv") }.map { String($0.prefix(24)) }
            == ["Kế hoạch viet-hung-2025:", "  nv4  Tổ chức hội nghị ", "Kế hoạch nghia-giang-202", "  nv5  Hướng dẫn người d"])
        #expect(overdue.stdoutLines.last == "2 nhiệm vụ.")
        let committee = try cli.run("task", "list", "--agency", "Ủy ban nhân dân", "--overdue", "--as-of", "2025-12-31")
        #expect(committee.stdoutLines.last == "4 nhiệm vụ.")
        // Whole words only: "Công a" names no body; an id is matched as before.
        let part = try cli.run("task", "list", "--agency", "Công a", "--as-of", "2025-12-31")
        #expect(part.exitCode == 1)
        #expect(part.stderrLines.first?.hasPrefix("bdhvs: error: không có cơ quan 'Công a'") == true)
        #expect(try cli.run("task", "list", "--agency", "ca", "--overdue", "--as-of", "2025-12-31").stdoutLines.last == "2 nhiệm vụ.")
    }

    /// Vietnamese help, usage lines and usage errors named values in English: '<path>',
    /// '<date>', "thiếu tham số '<task>'", "giá trị '150' của 'percent'". Every value name
    /// of every command is now said in Vietnamese, and stays English with --lang en.
    @Test func vietnameseHelpNamesItsValuesInVietnamese() throws {
        let cli = try CLI()
        let commands = ["plan validate", "plan load", "plan list", "plan status", "plan schema", "plan import", "plan new", "task list",
                        "task start", "task done", "task pause", "task cancel", "task reopen", "task progress", "task note", "task deadline",
                        "task show", "agency overdue", "activity add", "activity list", "indicator record", "indicator list", "budget spend",
                        "budget show", "population set", "coverage record", "team add", "results", "import", "report", "export",
                        "package keygen", "package export", "package trust", "package import", "serve", "undo", "manual"]
        let vietnamese = Set(HelpLanguage.valueNames.values).union(["lệnh", "tùy chọn"])
        let pattern = try NSRegularExpression(pattern: "<([^<>]+)>")
        for command in commands {
            let help = try cli.run(command.split(separator: " ").map(String.init) + ["--help"]).stdout
            let names = pattern.matches(in: help, range: NSRange(help.startIndex..., in: help)).map { String(help[Range($0.range(at: 1), in: help)!]) }
            #expect(!names.isEmpty && Set(names).isSubset(of: vietnamese), "\(command): \(Set(names).subtracting(vietnamese).sorted())")
        }
        let percent = try cli.run("task", "progress", "nv1", "150")
        #expect(percent.stderrLines.first == "bdhvs: error: giá trị '150' của 'phần trăm' không hợp lệ; cần một số nguyên từ 0 đến 100")
        #expect(percent.stderrLines.dropFirst().first == "Cú pháp: bdhvs task progress [--db <tệp>] [--as-of <ngày>] [--lang <ngôn ngữ>] <nhiệm vụ> "
            + "[--plan <kế hoạch>] [--on <ngày>] [--note <nội dung>] [--by <tên>] <phần trăm>")
        let english = try cli.run("task", "progress", "nv1", "150", "--lang", "en")
        #expect(english.stderrLines.first == "bdhvs: error: the value '150' of 'percent' is not valid; expected a whole number from 0 to 100")
        let date = try cli.run("activity", "add", "nv1", "--date", "31/04/2025", "--participants", "3")
        #expect(date.stderrLines.first == "bdhvs: error: --date '31/04/2025' không phải là ngày: ngày không có thật '31/04/2025': tháng 4 năm 2025 có 30 ngày; "
            + "cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025")
        #expect(date.stderrLines.dropFirst().first == "Cú pháp: bdhvs activity add [<tùy chọn>] <nhiệm vụ> --date <ngày> --participants <số lượng>")
        #expect(try cli.run("activity", "add", "--help", "--lang", "en").stdout.contains("USAGE: bdhvs activity add [<options>] <task> --date <date> --participants <count>"))
    }

    /// The year-end report's table by lead body had a column "Chưa hoàn thành" that left out
    /// the overdue tasks, under a count whose "chưa hoàn thành" includes them: Phòng Văn hóa -
    /// Xã hội with two tasks not done, both overdue, read "Quá hạn 2, Chưa hoàn thành 0". The
    /// column, and the chart's legend, say "Chưa quá hạn".
    @Test func theLeadTableSaysItsThirdColumnIsNotOverdue() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let report = try cli.run("report", "nghia-giang-2025", "--as-of", "2025-12-31")
        #expect(report.stdoutLines.contains("Kế hoạch có 06 nhiệm vụ: đã hoàn thành 0 (đúng hạn 0, quá hạn 0); chưa hoàn thành 05 (trong hạn 1, quá hạn 4); "
            + "thực hiện thường xuyên 1; chưa xác định thời hạn 0. Tỷ lệ hoàn thành 0/6 nhiệm vụ (0%); trên số nhiệm vụ đã đến hạn 0/5 (0%)."))
        #expect(report.stdoutLines.contains("| Cơ quan chủ trì | Hoàn thành | Quá hạn | Chưa quá hạn |"))
        #expect(report.stdoutLines.contains("| Phòng Văn hóa - Xã hội | 0 | 2 | 1 |"))
        let english = try cli.run("report", "nghia-giang-2025", "--as-of", "2025-12-31", "--lang", "en", "--format", "html")
        #expect(english.stdout.contains(">Not overdue</text>"))
        #expect(!english.stdout.contains(">Open</text>"))
    }

    /// `report --period "Quý IV/2025"` was refused as not a period: a quarter, month, half
    /// year or year written as the documents (and the report itself) write it is read.
    @Test func aReportPeriodWrittenAsDocumentsWriteIt() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let coded = try cli.run("report", "nghia-giang-2025", "--period", "2025-Q4", "--as-of", "2026-01-05")
        for written in ["Quý IV/2025", "quy 4/2025", "Q4/2025"] {
            let report = try cli.run("report", "nghia-giang-2025", "--period", written, "--as-of", "2026-01-05")
            #expect(report.exitCode == 0)
            #expect(report.stdout == coded.stdout)
        }
        let month = try cli.run("report", "nghia-giang-2025", "--period", "Tháng 10/2025", "--as-of", "2026-01-05")
        #expect(month.stdoutLines.contains { $0.contains("tháng 10 năm 2025") })
        let wrong = try cli.run("report", "nghia-giang-2025", "--period", "Quý V/2025")
        #expect(wrong.exitCode == 1)
        #expect(wrong.stderr == "bdhvs: error: 'Quý V/2025' không phải là kỳ báo cáo; cần tháng (2025-10), quý (2025-Q4), 6 tháng (2025-H2) hoặc năm (2025)\n")
    }

    /// Hùng recorded a progress and, on a keyboard without Vietnamese, typed `undo --by Hung`:
    /// "'Hung' không còn thay đổi nào để hoàn tác", though he had one. A name typed without
    /// diacritics or in another case is the same person here too; the undo is recorded under
    /// the name the change was.
    @Test func undoByANameTypedWithoutDiacriticsIsTheSamePersons() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try cli.run("task", "progress", "nv2", "40", "--by", "Hùng", "--as-of", "2025-10-10").exitCode == 0)
        #expect(try cli.run("task", "done", "nv1", "--by", "Lan", "--as-of", "2025-10-11").exitCode == 0)
        let undo = try cli.run("undo", "--by", "hung", "--as-of", "2025-10-12")
        #expect(undo.stdout == "Đã ghi: nghia-giang-2025/nv2 — hoàn tác: trạng thái đang thực hiện → chưa thực hiện; tiến độ 40% → 0% (hoàn tác thay đổi #1)\n")
        let history = try cli.run("task", "show", "nv2", "--as-of", "2025-12-31")
        #expect(history.stdoutLines.contains { $0.hasPrefix("  #3  12/10/2025  Hùng  hoàn tác") })
        let none = try cli.run("undo", "--by", "HUNG", "--as-of", "2025-10-12")
        #expect(none.exitCode == 1)
        #expect(none.stderr == "bdhvs: error: 'HUNG' không còn thay đổi nào để hoàn tác\n")
        #expect(try cli.run("undo", "--by", "Lan", "--as-of", "2025-10-12").exitCode == 0)
    }

    /// English counted one period as "1 current periods not done" and "1 periods past".
    @Test func englishCountsOnePeriodInTheSingular() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let status = try cli.run("plan", "status", "nghia-giang-2025", "--as-of", "2025-11-15", "--lang", "en")
        #expect(status.stdoutLines.contains("Recurring duties: 1 period past, 0 done, 1 missed; 1 current period not done"))
        #expect(status.stdoutLines.contains { $0.hasPrefix("  nv4  0/1 period, 1 missed  ") })
        let task = try cli.run("task", "show", "nv4", "--as-of", "2025-11-15", "--lang", "en")
        #expect(task.stdoutLines.contains { $0.hasPrefix("  Recurring (monthly): 1 period past, 0 done, 1 missed;") })
        let later = try cli.run("plan", "status", "nghia-giang-2025", "--as-of", "2025-12-31", "--lang", "en")
        #expect(later.stdoutLines.contains("Recurring duties: 2 periods past, 0 done, 2 missed; 1 current period not done"))
    }

    /// The report told an activity counted in sessions or articles as if they took part:
    /// "Tin, bài … vào ngày 20/12/2025 có 12 tin/bài tham gia". People and enrolments take
    /// part; other units are what the activity held: "gồm 12 tin/bài".
    @Test func theReportSaysWhoTookPartAndWhatWasHeld() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        for arguments in [["nv5", "--participants", "12", "--unit", "tin, bài", "--title", "Tin, bài trên Trang thông tin điện tử xã"],
                          ["nv2", "--participants", "3", "--unit", "buoi", "--title", "Tập huấn cho Tổ công nghệ số"],
                          ["nv2", "--participants", "80", "--title", "Tập huấn kỹ năng số"]] {
            #expect(try cli.run(["activity", "add"] + arguments + ["--date", "2025-11-19", "--as-of", "2025-12-31"]).exitCode == 0)
        }
        let lines = try cli.run("report", "nghia-giang-2025", "--as-of", "2025-12-31").stdoutLines
        #expect(lines.contains("- Tin, bài trên Trang thông tin điện tử xã vào ngày 19/11/2025 gồm 12 tin/bài."))
        #expect(lines.contains("- Tập huấn cho Tổ công nghệ số vào ngày 19/11/2025 gồm 3 buổi."))
        #expect(lines.contains("- Tập huấn kỹ năng số vào ngày 19/11/2025 có 80 người tham gia."))
        let quarter = try cli.run("report", "nghia-giang-2025", "--period", "2025-Q4").stdoutLines
        #expect(quarter.contains { $0.hasPrefix("- Tin, bài trên Trang thông tin điện tử xã vào ngày 19/11/2025 gồm 12 tin/bài (nhiệm vụ 5") })
    }

    /// Disbursing past a source's estimate (64.500.000 of 55.000.000 đồng) was recorded
    /// without a word, and surfaced as "Còn lại -9.500.000 đồng" in the year-end report. It
    /// is recorded (the money was paid) with a warning naming the overrun.
    @Test func aDisbursementPastItsEstimateIsWarnedOf() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let within = try cli.run("budget", "spend", "nv1", "24.500.000", "--source", "nsnn", "--date", "2025-10-20", "--as-of", "2025-12-31")
        #expect(within.succeeded)
        let over = try cli.run("budget", "spend", "nv2", "40.000.000", "--source", "ngan sach nha nuoc theo phan cap", "--date", "2025-10-21",
                               "--as-of", "2025-12-31")
        #expect(over.exitCode == 0)
        #expect(over.stdout == "Đã ghi giải ngân 40.000.000 đồng (Ngân sách nhà nước theo phân cấp) cho nghia-giang-2025/nv2 ngày 21/10/2025 (#2)\n")
        #expect(over.stderr == "bdhvs: warning: đã giải ngân 64.500.000 đồng từ nguồn 'Ngân sách nhà nước theo phân cấp', "
            + "vượt dự toán 55.000.000 đồng là 9.500.000 đồng\n")
        let english = try cli.run("budget", "spend", "nv5", "6.000.000", "--source", "xhh", "--date", "2025-10-21", "--as-of", "2025-12-31", "--lang", "en")
        #expect(english.stderr == "bdhvs: warning: 6,000,000 VND disbursed from 'Xã hội hóa', 1,000,000 VND over its estimate of 5,000,000 VND\n")
        #expect(try cli.run("budget", "show", "--as-of", "2025-12-31").stdoutLines.last
            == "  Tổng cộng                         60.000.000 đồng  70.500.000 đồng         0 đồng  -10.500.000 đồng")
    }

    /// An empty .docx (a download that failed) was "not a ZIP archive", an empty .csv "no
    /// task table found": both are said to be empty.
    @Test func anEmptyFileToImportIsSaidToBeEmpty() throws {
        let cli = try CLI()
        for name in ["ke-hoach.docx", "ke-hoach.xlsx", "ke-hoach.csv"] {
            let file = try cli.write(name, "")
            let result = try cli.run("plan", "import", file)
            #expect(result.exitCode == 1)
            #expect(result.stderr == "<TMP>/\(name):1:1: error: tệp trống (0 byte); cần tài liệu Word (.docx), Excel (.xlsx) hoặc tệp CSV có bảng nhiệm vụ\n")
        }
        let english = try cli.run("plan", "import", try cli.write("e.docx", ""), "--lang", "en")
        #expect(english.stderr == "<TMP>/e.docx:1:1: error: the file is empty (0 bytes); expected a Word (.docx), Excel (.xlsx) or CSV file with the task table\n")
    }
}
