import Foundation
import Testing
@testable import bdhvs

/// The command line as people expect it: global options before or after the subcommand,
/// "did you mean" for a mistyped command, help and usage errors in the user's language,
/// reading commands that create nothing, and the exit codes of the real executable.
@Suite struct CommandLineTests {
    @Test(arguments: [
        (["--db", "x.sqlite", "plan", "list"], ["plan", "list", "--db", "x.sqlite"]),
        (["plan", "list", "--db", "x.sqlite"], ["plan", "list", "--db", "x.sqlite"]),
        (["--db=x.sqlite", "--lang", "en", "plan", "status", "p", "--format", "json"],
         ["plan", "status", "--db=x.sqlite", "--lang", "en", "p", "--format", "json"]),
        (["plan", "--as-of", "2025-12-31", "status"], ["plan", "status", "--as-of", "2025-12-31"]),
        (["--lang", "en", "--help"], ["--help"]),
        (["--lang", "en", "plan"], ["plan"]),
        (["task", "note", "nv2", "--", "--db"], ["task", "note", "nv2", "--", "--db"]),
        (["--db"], []),
    ])
    func globalOptionsMoveAfterTheSubcommand(arguments: [String], expected: [String]) {
        #expect(GlobalArguments.normalize(arguments, root: BDHVSCommand.self) == expected)
    }

    @Test func languageIsDecidedOnceFromArgumentsThenEnvironment() {
        #expect(StartUp.language(arguments: [], environment: [:]) == .vi)
        #expect(StartUp.language(arguments: [], environment: ["BDHVS_LANG": "en"]) == .en)
        // As people set such variables: in capitals, or in the form of LANG.
        for value in ["EN", "En", "en_US.UTF-8", "en-GB"] {
            #expect(StartUp.language(arguments: [], environment: ["BDHVS_LANG": value]) == .en, "\(value)")
        }
        #expect(StartUp.language(arguments: [], environment: ["BDHVS_LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(StartUp.language(arguments: [], environment: ["BDHVS_LANG": "english"]) == .vi)
        #expect(StartUp.language(arguments: ["--lang", "vi"], environment: ["BDHVS_LANG": "en"]) == .vi)
        #expect(StartUp.language(arguments: ["plan", "list", "--lang=en"], environment: [:]) == .en)
        #expect(StartUp.language(arguments: ["--lang", "xx"], environment: ["BDHVS_LANG": "en"]) == .en)
        #expect(StartUp.language(arguments: ["task", "note", "nv1", "--", "--lang", "en"], environment: [:]) == .vi)
    }

    @Test func globalOptionsBeforeTheSubcommandGiveTheSameOutput() throws {
        let cli = try CLI()
        let other = cli.path("khac.sqlite")
        #expect(try cli.run("--db", other, "plan", "load", ExamplePlan.dongTraBong).exitCode == 0)
        let before = try cli.run("--db", other, "--as-of", "2025-12-31", "--lang", "en", "agency", "overdue")
        let after = try cli.run("agency", "overdue", "--db", other, "--as-of", "2025-12-31", "--lang", "en")
        #expect(before.succeeded, "\(before)")
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.hasPrefix("As of 31/12/2025\n"))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath), "--db before the subcommand was used")
    }

    @Test func mistypedCommandGetsDidYouMean() throws {
        let cli = try CLI()
        let plan = try cli.run("plna", "list")
        #expect(plan.exitCode == 64)
        #expect(plan.stdout == "")
        #expect(plan.stderrLines == [
            "bdhvs: error: 'bdhvs' không có lệnh 'plna'; có phải là 'plan'?",
            "Cú pháp: bdhvs <lệnh>",
            "  Xem 'bdhvs --help' để biết thêm.",
        ])
        let start = try cli.run("--lang", "en", "task", "strat", "nv1")
        #expect(start.exitCode == 64)
        #expect(start.stderrLines.first == "bdhvs: error: 'bdhvs task' has no command 'strat'; did you mean 'start'?")
        let nothingClose = try cli.run("frobnicate")
        #expect(nothingClose.stderrLines.first == "bdhvs: error: 'bdhvs' không có lệnh 'frobnicate'; các lệnh: "
            + "plan, task, agency, activity, indicator, budget, population, coverage, team, results, import, report, export, package, serve, undo")
    }

    @Test func parserMessagesAreReadBackIntoTypedMessages() {
        #expect(UsageMessage(parserMessage: "The value '2025-13-01' is invalid for '--on <date>'").text(.en)
            == "--on '2025-13-01' is not a date: impossible date '2025-13-01': there is no month 13; months run from 1 to 12; "
            + "expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025")
        #expect(UsageMessage(parserMessage: "The value 'x' is invalid for '<amount>'") == .invalidValue("x", option: "amount", expected: .kind(.amount)))
        #expect(UsageMessage(parserMessage: "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' or 'json'.")
            == .invalidValue("xml", option: "--format", expected: .oneOf(["text", "json"])))
        #expect(UsageMessage(parserMessage: "Unknown option '--fromat'. Did you mean '--format'?")
            == .unknownOption("--fromat", suggestion: "--format"))
        #expect(UsageMessage(parserMessage: "Unknown option '--x'") == .unknownOption("--x", suggestion: nil))
        #expect(UsageMessage(parserMessage: "Missing expected argument '<task>'") == .missingArgument("<task>"))
        #expect(UsageMessage(parserMessage: "Missing value for '--db <path>'") == .missingValue("--db"))
        #expect(UsageMessage(parserMessage: "2 unexpected arguments: 'a', 'b'") == .unexpectedArguments(["a", "b"]))
        #expect(UsageMessage(parserMessage: "hãy ghi '--value'") == .parser("hãy ghi '--value'"))
    }

    @Test func usageErrorsSpeakTheUsersLanguage() throws {
        let cli = try CLI()
        let vietnamese = try cli.run("task", "list", "--fromat", "json")
        #expect(vietnamese.exitCode == 64)
        #expect(vietnamese.stderrLines.first == "bdhvs: error: không có tùy chọn '--fromat'; có phải là '--format'?")
        let english = try cli.run("task", "list", "--due-within=-3", environment: ["BDHVS_LANG": "en"])
        #expect(english.exitCode == 64)
        #expect(english.stderrLines.first == "bdhvs: error: the value '-3' of '--due-within' is not valid; expected a number of days, 0 or more, e.g. 30")
        let missing = try cli.run("task", "done")
        #expect(missing.stderrLines.first == "bdhvs: error: thiếu tham số '<nhiệm vụ>'")
    }

    /// ArgumentParser takes `-5` for a flag and would report a missing '<count>'.
    @Test func aNegativeNumberIsNamedAsSuch() throws {
        let cli = try CLI()
        let count = try cli.run("coverage", "record", "nguoi-dan", "-5", "--date", "2025-10-01")
        #expect(count.exitCode == 64)
        #expect(count.stderrLines.first == "bdhvs: error: '-5' là số âm; mọi số của bdhvs (số người, số tiền, số ngày, phần trăm) đều từ 0 trở lên")
        let days = try cli.run("task", "list", "--due-within", "-3", environment: ["BDHVS_LANG": "en"])
        #expect(days.exitCode == 64)
        #expect(days.stderrLines.first == "bdhvs: error: '-3' is a negative number; every number bdhvs takes (persons, đồng, days, percent) is 0 or more")
        let money = try cli.run("budget", "spend", "nv1", "-1.500.000", "--date", "2025-10-01")
        #expect(money.stderrLines.first == "bdhvs: error: '-1.500.000' là số âm; mọi số của bdhvs (số người, số tiền, số ngày, phần trăm) đều từ 0 trở lên")
    }

    @Test func helpSpeaksTheUsersLanguage() throws {
        let cli = try CLI()
        let vietnamese = try cli.run("plan", "list", "--help")
        #expect(vietnamese.exitCode == 0)
        #expect(vietnamese.stdout.hasPrefix("TỔNG QUAN: Liệt kê các kế hoạch đã nạp.\n\nCÚ PHÁP: bdhvs plan list"))
        #expect(vietnamese.stdout.contains("TÙY CHỌN:\n"))
        #expect(vietnamese.stdout.contains("Định dạng kết quả."))
        for english in [try cli.run("plan", "list", "--help", "--lang", "en"), try cli.run("--lang", "en", "help", "plan", "list"),
                        try cli.run("plan", "list", "--help", environment: ["BDHVS_LANG": "en"])] {
            #expect(english.exitCode == 0)
            #expect(english.stdout.hasPrefix("OVERVIEW: List the loaded plans.\n\nUSAGE: bdhvs plan list"), "\(english)")
            #expect(english.stdout.contains("Output format."))
            #expect(!english.stdout.contains("Định dạng"))
        }
    }

    /// Help lists every exit code with what it means, as the executable uses them.
    @Test func helpListsEveryExitCode() throws {
        let cli = try CLI()
        let english = try cli.run("--help", "--lang", "en").stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(english.contains("Exit codes: 0 success; 1 the input is invalid or refused (a plan or CSV file has errors, an"
            + " update does not apply, an unknown plan, task or agency named); 2 the command could not run (the database; a file"
            + " that cannot be written); 64 wrong usage."), "\(english)")
        let vietnamese = try cli.run("--help").stdout.replacingOccurrences(of: "\n", with: " ")
        for part in ["Mã thoát: 0 thành công;", "1 dữ liệu vào không hợp lệ hoặc bị từ chối", "cập nhật không áp dụng được",
                     "2 lệnh không chạy được", "64 dùng lệnh sai cú pháp"] {
            #expect(vietnamese.contains(part), "\(part)")
        }
    }

    /// A reading command on a database that does not exist says so, and creates nothing.
    @Test(arguments: [
        ["plan", "list"], ["plan", "status"], ["task", "list"], ["task", "show", "nv1"], ["agency", "overdue"],
        ["activity", "list"], ["indicator", "list"], ["budget", "show"], ["report", "dong-tra-bong-2025"],
        ["export", "dong-tra-bong-2025", "--format", "json"],
    ])
    func readingCommandsCreateNoDatabase(arguments: [String]) throws {
        let cli = try CLI()
        let result = try cli.run(arguments + ["--as-of", "2025-12-31"])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "bdhvs: error: chưa có cơ sở dữ liệu '<DB>'; hãy nạp kế hoạch trước ('bdhvs plan load TỆP')\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path)
        #expect(left.filter { $0.hasPrefix("bdhvs.sqlite") }.isEmpty, "\(left)")
    }

    /// The real program's exit status for each kind of outcome (the in-process runs above
    /// cover the rest).
    @Test func theExecutableExitsWithTheMappedCodes() throws {
        let cli = try CLI()
        let version = try cli.runBinary(["--version"])
        #expect(version.exitCode == 0)
        let bad = try cli.write("hong.yaml", "plan: {}\n")
        #expect(try cli.runBinary(["plan", "validate", bad]).exitCode == 1)
        #expect(try cli.runBinary(["plan", "list"]).exitCode == 2)
        let usage = try cli.runBinary(["--db", cli.databasePath, "plna", "list"])
        #expect(usage.exitCode == 64)
        #expect(usage.stderrLines.first == "bdhvs: error: 'bdhvs' không có lệnh 'plna'; có phải là 'plan'?")
    }
}
