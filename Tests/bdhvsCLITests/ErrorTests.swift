import Foundation
import Testing

/// What a user sees when a command cannot run: exit code 2 and one line
/// `bdhvs: error: …` for operational failures, 64 for wrong usage.
@Suite struct ErrorTests {
    private func loadedCLI() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        return cli
    }

    /// One line on standard error, nothing on standard output, exit code 2.
    private func expectOperationalFailure(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exitCode == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout == "", "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("bdhvs: error: "), "\(result)", sourceLocation: sourceLocation)
    }

    /// A name the person typed that no loaded plan has: bad input, exit code 1, one line.
    private func expectUnknownName(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exitCode == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout == "", "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "\(result)", sourceLocation: sourceLocation)
    }

    @Test func unknownPlan() throws {
        let cli = try loadedCLI()
        let result = try cli.run("plan", "status", "nowhere-2025", "--as-of", "2025-12-31")
        expectUnknownName(result)
        #expect(result.stderr == "bdhvs: error: chưa nạp kế hoạch 'nowhere-2025'; xem các kế hoạch đã nạp bằng 'bdhvs plan list'\n")
    }

    /// Errors speak English on request, like the rest of the output.
    @Test func unknownPlanInEnglish() throws {
        let cli = try loadedCLI()
        let result = try cli.run("plan", "status", "nowhere-2025", "--as-of", "2025-12-31", "--lang", "en")
        expectUnknownName(result)
        #expect(result.stderr == "bdhvs: error: no plan 'nowhere-2025' is loaded; 'bdhvs plan list' shows the loaded plans\n")
    }

    @Test func unknownPlanWithSuggestion() throws {
        let cli = try loadedCLI()
        for arguments in [
            ["plan", "status", "dong-tra-bong-2026", "--as-of", "2025-12-31"],
            ["task", "list", "--plan", "dong-tra-bong-2026", "--as-of", "2025-12-31"],
            ["agency", "overdue", "--plan", "dong-tra-bong-2026", "--as-of", "2025-12-31"],
        ] {
            let result = try cli.run(arguments)
            expectUnknownName(result)
            #expect(result.stderr == "bdhvs: error: chưa nạp kế hoạch 'dong-tra-bong-2026'; có phải là 'dong-tra-bong-2025'?\n",
                    "\(arguments)")
        }
        Golden.expect(try cli.run("plan", "status", "dong-tra-bong-2026", "--as-of", "2025-12-31"), matches: "error-unknown-plan")
    }

    @Test func unknownAgencyWithSuggestion() throws {
        let cli = try loadedCLI()
        let typo = try cli.run("task", "list", "--agency", "Phong Van hoa - Xa hoii", "--as-of", "2025-12-31")
        expectUnknownName(typo)
        #expect(typo.stderr == "bdhvs: error: không có cơ quan 'Phong Van hoa - Xa hoii' trong các kế hoạch đã nạp; có phải là 'Phòng Văn hóa - Xã hội'?\n")

        let id = try cli.run("task", "list", "--agency", "vhhx", "--as-of", "2025-12-31")
        expectUnknownName(id)
        #expect(id.stderr == "bdhvs: error: không có cơ quan 'vhhx' trong các kế hoạch đã nạp; có phải là 'vhxh'?\n")
    }

    @Test func unknownAgencyWithoutSuggestion() throws {
        let cli = try loadedCLI()
        let result = try cli.run("task", "list", "--agency", "Hội Nông dân", "--as-of", "2025-12-31")
        expectUnknownName(result)
        #expect(result.stderr == "bdhvs: error: không có cơ quan 'Hội Nông dân' trong các kế hoạch đã nạp\n")
    }

    @Test func impossibleDate() throws {
        let cli = try loadedCLI()
        let result = try cli.run("plan", "status", "--as-of", "2025-02-31")
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
        let first = try #require(result.stderrLines.first)
        #expect(first == "bdhvs: error: --as-of '2025-02-31' không phải là ngày: ngày không có thật '2025-02-31': tháng 2 năm 2025 có 28 ngày; "
            + "cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025")
        let english = try cli.run("plan", "status", "--as-of", "2025-02-31", "--lang", "en")
        #expect(english.stderrLines.first == "bdhvs: error: --as-of '2025-02-31' is not a date: impossible date '2025-02-31': "
            + "February 2025 has 28 days; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025")
    }

    @Test func impossibleEnvironmentDate() throws {
        let cli = try loadedCLI()
        let result = try cli.run("plan", "status", environment: ["BDHVS_TODAY": "2025-13-01"])
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
        #expect(result.stderrLines.first == "bdhvs: error: BDHVS_TODAY '2025-13-01' không phải là ngày: ngày không có thật '2025-13-01': "
            + "không có tháng 13; tháng từ 1 đến 12; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025")
    }

    /// Commands that need no date should not fail on a bad `BDHVS_TODAY`.
    @Test
    func environmentDateIsOnlyCheckedWhenUsed() throws {
        let cli = try loadedCLI()
        let validate = try cli.run("plan", "validate", ExamplePlan.dongTraBong, environment: ["BDHVS_TODAY": "tomorrow"])
        #expect(validate.exitCode == 0)
        let list = try cli.run("plan", "list", environment: ["BDHVS_TODAY": "tomorrow"])
        #expect(list.exitCode == 0)
    }

    @Test func unknownLanguage() throws {
        let cli = try loadedCLI()
        let result = try cli.run("plan", "status", "--as-of", "2025-12-31", "--lang", "xx")
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("'xx'"))
        #expect(result.stderr.contains("--lang"))
    }

    @Test func unknownFormat() throws {
        let cli = try loadedCLI()
        let result = try cli.run("plan", "list", "--format", "csv")
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
    }

    @Test func databaseThatIsNotSQLite() throws {
        let cli = try CLI()
        var garbage = Data("Đây không phải cơ sở dữ liệu.\n".utf8)
        garbage.append(contentsOf: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        try garbage.write(to: URL(fileURLWithPath: cli.databasePath))

        for arguments in [["plan", "list"], ["plan", "load", ExamplePlan.dongTraBong], ["plan", "status", "--as-of", "2025-12-31"]] {
            let result = try cli.run(arguments)
            expectOperationalFailure(result)
            #expect(result.stderr == "bdhvs: error: '<DB>' không phải cơ sở dữ liệu của bdhvs\n", "\(arguments)")
        }
        // The user's file is left alone.
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)) == garbage)
    }

    @Test func databaseInADirectoryThatCannotBeCreated() throws {
        let cli = try CLI()
        try cli.write("not-a-directory", "a file, so nothing can be created under it\n")
        let path = cli.path("not-a-directory/bdhvs/bdhvs.sqlite")
        let load = try cli.run("plan", "load", ExamplePlan.dongTraBong, "--db", path)
        expectOperationalFailure(load)
        #expect(load.stderr.hasPrefix("bdhvs: error: không mở được cơ sở dữ liệu '<TMP>/not-a-directory/bdhvs/bdhvs.sqlite"))
        // A reading command finds no database there, and says so.
        for list in [try cli.run("plan", "list", "--db", path), try cli.run("plan", "list", environment: ["BDHVS_DB": path])] {
            expectOperationalFailure(list)
            #expect(list.stderr == "bdhvs: error: chưa có cơ sở dữ liệu '<TMP>/not-a-directory/bdhvs/bdhvs.sqlite'; hãy nạp kế hoạch trước ('bdhvs plan load TỆP')\n")
        }
    }

    /// The message names the database the user gave, not a file of bdhvs's own.
    @Test
    func databaseInADirectoryThatCannotBeCreatedNamesTheDatabase() throws {
        let cli = try CLI()
        try cli.write("not-a-directory", "a file\n")
        let result = try cli.run("plan", "load", ExamplePlan.dongTraBong, "--db", cli.path("not-a-directory/bdhvs/bdhvs.sqlite"))
        expectOperationalFailure(result)
        #expect(result.stderr.hasPrefix("bdhvs: error: không mở được cơ sở dữ liệu '<TMP>/not-a-directory/bdhvs/bdhvs.sqlite': "))
        #expect(!result.stderr.contains(".lock"))
    }

    /// No Swift runtime trace, no raw SQLite or decoding message in any of the above.
    @Test func noStackTraces() throws {
        let cli = try CLI()
        try Data(repeating: 0xFF, count: 8192).write(to: URL(fileURLWithPath: cli.databasePath))
        let result = try cli.run("plan", "status", "--as-of", "2025-12-31")
        expectOperationalFailure(result)
        for marker in ["Fatal error", "Stack dump", "SQLite error", "DatabaseError", "0x", "#0 "] {
            #expect(!result.stderr.contains(marker), "\(marker)")
        }
    }
}
