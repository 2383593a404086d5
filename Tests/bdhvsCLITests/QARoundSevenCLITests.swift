import Foundation
import Testing
@testable import bdhvs

/// Findings of the seventh QA round, run as an official runs them.
@Suite struct QARoundSevenCLITests {
    /// A name typed without diacritics or in another case is matched; the confirmation
    /// then says the name the plan writes, not the one typed, so the official sees which
    /// village, group or funding source the figure went to.
    @Test func confirmationsNameWhatIsStored() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let coverage = try cli.run("coverage", "record", "nguoi dan", "5", "--village", "thon 3", "--date", "2025-10-09", "--as-of", "2025-10-10")
        #expect(coverage.stdout == "Đã ghi số người đạt kỹ năng số cơ bản nhóm 'nguoi-dan' của nghia-giang-2025 tại 'Thôn 3' tính đến ngày 09/10/2025: 5 người (#1)\n")
        let population = try cli.run("population", "set", "CBCCVC", "640", "--village", "THON-3", "--date", "2025-10-09",
                                     "--as-of", "2025-10-10", "--lang", "en")
        #expect(population.stdout == "Recorded population of group 'cbccvc' of nghia-giang-2025 in 'Thôn 3' as of 09/10/2025: 640 persons (#2)\n")
        let team = try cli.run("team", "add", "thon 3", "--members", "5", "--date", "2025-10-09", "--as-of", "2025-10-10")
        #expect(team.stdout == "Đã ghi Tổ công nghệ số cộng đồng tại 'Thôn 3' của nghia-giang-2025 ngày 09/10/2025: 5 thành viên (#3)\n")
        let byName = try cli.run("budget", "spend", "nv1", "1000", "--source", "ngan sach nha nuoc theo phan cap", "--date", "2025-10-09",
                                 "--as-of", "2025-10-10")
        #expect(byName.stdout == "Đã ghi giải ngân 1.000 đồng (Ngân sách nhà nước theo phân cấp) cho nghia-giang-2025/nv1 ngày 09/10/2025 (#4)\n")
        let byID = try cli.run("budget", "spend", "nv1", "1000", "--source", "NSNN", "--date", "2025-10-09", "--as-of", "2025-10-10")
        #expect(byID.stdout == "Đã ghi giải ngân 1.000 đồng (nsnn) cho nghia-giang-2025/nv1 ngày 09/10/2025 (#5)\n")
    }

    /// An activity nobody came to was not held: 0 participants is refused with the range, on
    /// the command line and at its cell in a CSV file, and nothing is recorded. A target
    /// group may still count 0 of them.
    @Test func anActivityWithNoParticipantIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let zero = try cli.run("activity", "add", "nv1", "--date", "2025-10-09", "--participants", "0", "--as-of", "2025-10-10")
        #expect(zero.exitCode == 1)
        #expect(zero.stderr == "bdhvs: error: số người tham gia phải từ 1 đến 100.000.000, nhận được 0\n")
        let english = try cli.run("activity", "add", "nv1", "--date", "2025-10-09", "--participants", "0", "--running-total",
                                  "--as-of", "2025-10-10", "--lang", "en")
        #expect(english.stderr == "bdhvs: error: the participants must be from 1 to 100.000.000, found 0\n")
        let csv = try cli.write("hoat-dong.csv", "Nhiệm vụ;Ngày;Số người;CBCCVC\nnv1;09/10/2025;0;0\nnv2;10/10/2025;5;5\n")
        let imported = try cli.run("import", csv)
        #expect(imported.exitCode == 1)
        #expect(imported.stderrLines == ["<TMP>/hoat-dong.csv:2:16: error: số người tham gia phải từ 1 đến 100.000.000, nhận được 0"])
        #expect(try cli.run("activity", "list", "--as-of", "2025-12-31").stdout == "Chưa có hoạt động nào phù hợp.\n")
        let none = try cli.run("activity", "add", "nv1", "--date", "2025-10-09", "--participants", "3", "--group", "cbccvc=3",
                               "--group", "nguoi-dan=0", "--as-of", "2025-10-10")
        #expect(none.exitCode == 0)
    }

    /// A text that begins with a dash is joined only to an option that takes a value: after
    /// a flag (`--done`, `--help`) it is an argument of its own. The options that take one
    /// are read from the command's definition, so a new option needs no list kept by hand.
    @Test func aDashTextAfterAFlagIsNotJoinedToIt() throws {
        #expect(DashText.valuedOptions(of: ActivityAdd.self).isSuperset(of: ["--title", "--note", "--date", "--participants", "--db", "--as-of"]))
        #expect(DashText.valuedOptions(of: ActivityAdd.self).isDisjoint(with: ["--done", "--running-total", "--help", "-h"]))
        #expect(DashText.protect(["--done", "- Họp", "--title", "- Lễ"], of: ActivityAdd.self) == ["--done", "--title=- Lễ", "--", "- Họp"])
        #expect(DashText.protect(["--overdue", "-Đã", "--agency", "-Xã"], of: TaskList.self) == ["--overdue", "--agency=-Xã", "--", "-Đã"])
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        // The task's place holds the text: it is read as the task, not as a value of '--done'.
        let flag = try cli.run("activity", "add", "--done", "- nv1", "--date", "2025-10-09", "--participants", "5", "--as-of", "2025-10-10")
        #expect(flag.exitCode == 1)
        #expect(flag.stderrLines.first == "bdhvs: error: không có nhiệm vụ '- nv1' trong các kế hoạch đã nạp")
        let title = try cli.run("activity", "add", "nv1", "--running-total", "--title", "- Cổng học tập", "--date", "2025-10-09",
                                "--participants", "5", "--as-of", "2025-10-10")
        #expect(title.stdout == "Đã ghi hoạt động nghia-giang-2025/nv1 ngày 09/10/2025: 5 người — “- Cổng học tập” (#1)\n")
    }

    /// An as-of date before the plan's first year (2024 typed for 2025) is answered, as every
    /// reading command answers any day, with a warning on standard error naming the plan's
    /// years; recording on such a day is refused, and so is a report period before the plan.
    @Test func anAsOfDateBeforeThePlanIsWarnedOf() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let warning = "bdhvs: warning: ngày tính 01/06/2024 trước thời gian của kế hoạch 'nghia-giang-2025' (năm 2025); "
            + "số liệu dưới đây là tình hình trước khi kế hoạch bắt đầu, hãy kiểm tra lại năm"
        let commands: [[String]] = [["plan", "status", "nghia-giang-2025"], ["plan", "status", "--by", "group"], ["task", "list"],
                                    ["task", "show", "nv1"], ["agency", "overdue"], ["results"], ["indicator", "list"], ["budget", "show"],
                                    ["report", "nghia-giang-2025"], ["export", "nghia-giang-2025", "--format", "json"]]
        for command in commands {
            let result = try cli.run(command + ["--as-of", "2024-06-01"])
            #expect(result.exitCode == 0, "\(command)")
            #expect(result.stderrLines == [warning], "\(command)")
            #expect(!result.stdout.isEmpty, "\(command)")
        }
        let status = try cli.run("plan", "status", "--as-of", "31/12/2024", "--format", "json", "--lang", "en")
        #expect(status.stderrLines == ["bdhvs: warning: the as-of date 31/12/2024 is before the time of plan 'nghia-giang-2025' (2025); "
            + "what follows is from before the plan began: check the year"])
        #expect(status.stdout.contains("\"as_of\" : \"2024-12-31\""))
        // The plan's first day, and any day of a plan of several years side by side with one not begun, say nothing.
        #expect(try cli.run("plan", "status", "--as-of", "2025-01-01").stderr == "")
        #expect(try cli.run("plan", "load", "Tests/RealPlans/nq03-cp-2025.yaml").exitCode == 0)
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2026.yaml").exitCode == 0)
        #expect(try cli.run("plan", "status", "--as-of", "2025-06-01").stderr == "")
        #expect(try cli.run("plan", "status", "--as-of", "2024-06-01", "--lang", "en").stderrLines == [
            "bdhvs: warning: the as-of date 01/06/2024 is before the time of the 3 plans (the earliest begins in 2025); what follows is from before the plans began: check the year",
        ])
        #expect(try cli.run("plan", "status", "nghia-giang-2026", "--as-of", "2025-06-01").stderrLines == [
            "bdhvs: warning: ngày tính 01/06/2025 trước thời gian của kế hoạch 'nghia-giang-2026' (năm 2026); số liệu dưới đây là tình hình trước khi kế hoạch bắt đầu, hãy kiểm tra lại năm",
        ])
    }

    /// Two choices read "a hoặc b", not "a, hoặc b" (a list cut short), in both languages.
    @Test func twoChoicesAreJoinedWithoutAComma() throws {
        let cli = try CLI()
        let plan = try CLI.packageFile("Plans/nghia-giang-2025.yaml").replacingOccurrences(of: "    lead: ttcudvc\n", with: "")
        let file = try cli.write("khong-chu-tri.yaml", plan)
        let vi = try cli.run("plan", "validate", file)
        #expect(vi.exitCode == 1)
        #expect(vi.stderrLines.map { $0.replacingOccurrences(of: #"\d+:\d+"#, with: "L:C", options: .regularExpression) }
                == ["<TMP>/khong-chu-tri.yaml:L:C: error: nhiệm vụ 'nv4' cần có 'subtasks' hoặc 'lead'"])
        let en = try cli.run("plan", "validate", file, "--lang", "en")
        #expect(en.stderrLines.first?.hasSuffix("error: task 'nv4' needs 'subtasks' or 'lead'") == true)
    }

    /// A package imported into a database not made yet is refused (no key is trusted there)
    /// and, as for a plan load refused, no database file is left behind.
    @Test func aRefusedPackageImportMakesNoDatabase() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try cli.run("package", "keygen", "--output", cli.path("ng.key")).exitCode == 0)
        #expect(try cli.run("package", "export", "--key", cli.path("ng.key"), "--output", cli.path("ng.bdhvs"), "--as-of", "2025-12-31").exitCode == 0)
        let province = cli.path("tinh.sqlite")
        let refused = try cli.run("--db", province, "package", "import", cli.path("ng.bdhvs"))
        #expect(refused.exitCode == 1)
        #expect(refused.stdoutLines == [
            "<TMP>/ng.bdhvs: từ chối: chưa có khóa công khai nào được tin cậy cho 'xã Nghĩa Giang', 'Quảng Ngãi'; hãy dùng 'bdhvs package trust'",
            "Tổng: nhận 0, không đổi 0, từ chối 1 gói.",
        ])
        #expect(!FileManager.default.fileExists(atPath: province))
        #expect(try cli.run("--db", province, "package", "trust", cli.path("ng.key.pub"), "--commune", "Nghĩa Giang", "--province", "Quảng Ngãi").exitCode == 0)
        #expect(try cli.run("--db", province, "package", "import", cli.path("ng.bdhvs")).exitCode == 0)
    }

    /// `serve --help` showed its port's default as "Port(value: 8080)", and each default twice.
    @Test func serveHelpShowsItsDefaultsOnce() throws {
        let help = try CLI().run("serve", "--help").stdout
        #expect(help.contains("  --port <cổng>           Cổng (0: một cổng trống). (mặc định: 8080)\n"))
        #expect(!help.contains("Port(") && !help.contains("mặc định 8080") && !help.contains("mặc định 127.0.0.1"))
    }

    /// A key trusted for a commune typed without diacritics is confirmed, and kept, with the
    /// names of the commune's plan already in the province's database.
    @Test func aTrustedKeyNamesTheCommuneAsItsPlanDoes() throws {
        let cli = try CLI()
        let province = cli.path("tinh.sqlite")
        #expect(try cli.run("--db", province, "plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try cli.run("package", "keygen", "--output", cli.path("ng.key")).exitCode == 0)
        let key = try String(contentsOfFile: cli.path("ng.key.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let trust = try cli.run("--db", province, "package", "trust", key, "--commune", "xa nghia giang", "--province", "QUANG NGAI")
        #expect(trust.stdout == "Đã tin cậy khóa \(key) cho xã Nghĩa Giang, Quảng Ngãi.\n")
        let unknown = try cli.run("--db", province, "package", "trust", key, "--commune", "Nghia Hanh", "--province", "Quang Ngai", "--lang", "en")
        #expect(unknown.stdout == "Trusted key \(key) for Nghia Hanh, Quang Ngai.\n")
    }

    /// "Name the plan" did not say how: the command line adds the option the library cannot name.
    @Test func aPlanToNameSaysWithWhichOption() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "Plans/dong-tra-bong-2025.yaml").exitCode == 0)
        let task = try cli.run("task", "show", "nv1", "--as-of", "2025-12-31", "--lang", "en")
        #expect(task.exitCode == 1)
        #expect(task.stderr == "bdhvs: error: task 'nv1' is in several plans ('dong-tra-bong-2025', 'nghia-giang-2025'); name the plan with the option --plan\n")
        let figure = try cli.run("population", "set", "cbccvc", "640", "--date", "2025-10-01", "--as-of", "2025-12-31")
        #expect(figure.stderr == "bdhvs: error: có nhiều kế hoạch trong cơ sở dữ liệu; hãy chọn một: 'dong-tra-bong-2025', 'nghia-giang-2025' (tùy chọn --plan)\n")
        #expect(try cli.run("task", "show", "nv1", "--plan", "nghia-giang-2025", "--as-of", "2025-12-31").exitCode == 0)
    }

    /// `results --by commune` named a commune "Nghĩa Giang" where `plan list`, `plan status`
    /// and the province's report say "xã Nghĩa Giang"; its villages were "of Nghĩa Giang".
    @Test func resultsNameACommuneAsTheListingsDo() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "Plans/dong-tra-bong-2025.yaml").exitCode == 0)
        let communes = try cli.run("results", "--by", "commune", "--as-of", "2025-12-31")
        #expect(communes.stdoutLines.suffix(2).map { $0.hasPrefix("  xã Đông Trà Bồng  Quảng Ngãi") || $0.hasPrefix("  xã Nghĩa Giang    Quảng Ngãi") } == [true, true])
        let villages = try cli.run("results", "--plan", "nghia-giang-2025", "--by", "village", "--as-of", "2025-12-31", "--format", "json")
        #expect(villages.stdout.contains("\"name\" : \"Thôn 1\""))
        #expect(villages.stdout.contains("\"within\" : \"xã Nghĩa Giang\""))
        #expect(!villages.stdout.contains("\"within\" : \"Nghĩa Giang\""))
    }
}
