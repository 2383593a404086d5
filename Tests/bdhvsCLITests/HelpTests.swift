import Foundation
import Testing

/// `--help`, `--version` and `bdhvs plan schema`.
@Suite struct HelpTests {
    @Test func rootHelp() throws {
        let cli = try CLI()
        let result = try cli.run("--help")
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        for word in ["plan", "task", "agency", "BDHVS_DB", "BDHVS_TODAY", "BDHVS_LANG", "Mã thoát"] {
            #expect(result.stdout.contains(word), "\(word)")
        }
    }

    @Test
    func rootHelpMentionsAsOf() throws {
        let cli = try CLI()
        let result = try cli.run("--help")
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("--as-of"))
    }

    @Test func planStatusHelp() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "status", "--help")
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("--as-of"))
        #expect(result.stdout.contains("bdhvs plan status dong-tra-bong-2025 --as-of 2025-12-31"))
    }

    @Test(arguments: [
        ["plan", "--help"], ["plan", "validate", "--help"], ["plan", "load", "--help"], ["plan", "list", "--help"],
        ["plan", "schema", "--help"], ["task", "list", "--help"], ["agency", "overdue", "--help"], ["help", "task", "list"],
    ])
    func everyCommandHasHelp(arguments: [String]) throws {
        let cli = try CLI()
        let result = try cli.run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("CÚ PHÁP: bdhvs"))
    }

    @Test func version() throws {
        let cli = try CLI()
        let result = try cli.run("--version")
        #expect(result.exitCode == 0)
        #expect(result.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(result.stdout)")
    }

    @Test func noSubcommandIsUsage() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "frobnicate")
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
    }

    @Test func schemaIsTheShippedFile() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "schema")
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let shipped = try CLI.packageFile("Schemas/plan.schema.json")
        #expect(result.stdout == shipped)
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }
}
