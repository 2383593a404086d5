import Foundation
import Testing
import BDHVSCore

/// `bdhvs plan load` and `bdhvs plan list`.
@Suite struct LoadTests {
    @Test func loadThenReloadThenList() throws {
        let cli = try CLI()
        let first = try cli.run("plan", "load", ExamplePlan.dongTraBong)
        #expect(first.exitCode == 0)
        Golden.expect(first, matches: "load-dong-tra-bong")

        let again = try cli.run("plan", "load", ExamplePlan.dongTraBong)
        #expect(again.exitCode == 0)
        #expect(again.stdoutLines == ["Kế hoạch dong-tra-bong-2025 trong Plans/dong-tra-bong-2025.yaml không thay đổi (7 nhiệm vụ và nhiệm vụ con)."])
        #expect(!again.stdout.contains("thêm"))
        Golden.expect(again, matches: "load-dong-tra-bong-again")

        let list = try cli.run("plan", "list")
        #expect(list.exitCode == 0)
        Golden.expect(list, matches: "plan-list")

        let json = try cli.run("plan", "list", "--format", "json")
        #expect(json.exitCode == 0)
        Golden.expect(json, matches: "plan-list-json")
        let plans = try array(parseJSON(json))
        #expect(plans.count == 1)
        let plan = try object(plans.first)
        #expect(plan["plan"] as? String == "dong-tra-bong-2025")
        #expect(plan["tasks"] as? Int == 5)
        #expect(plan["year"] as? Int == 2025)
    }

    @Test func loadingTwoPlansListsBoth() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "load", ExamplePlan.dongTraBong, ExamplePlan.nghiaGiang)
        #expect(result.exitCode == 0)
        // Several files: one line each, then the totals.
        #expect(result.stdoutLines == [
            "Plans/dong-tra-bong-2025.yaml: dong-tra-bong-2025 — thêm 7",
            "Plans/nghia-giang-2026.yaml: nghia-giang-2026 — thêm 17",
            "Đã nạp 2 kế hoạch; 0 tệp có lỗi không được nạp.",
        ])
        let list = try array(parseJSON(try cli.run("plan", "list", "--format", "json")))
        #expect(list.compactMap { ($0 as? [String: Any])?["plan"] as? String } == ["dong-tra-bong-2025", "nghia-giang-2026"])
        #expect(list.compactMap { ($0 as? [String: Any])?["tasks"] as? Int } == [5, 10])
    }

    @Test func emptyDatabaseListsNothing() throws {
        let cli = try CLI()
        _ = try TaskStore.open(path: cli.databasePath, access: .write)
        let text = try cli.run("plan", "list")
        #expect(text.exitCode == 0)
        #expect(text.stdout == "Chưa có kế hoạch nào. Nạp một kế hoạch: bdhvs plan load TỆP.yaml\n")
        let json = try cli.run("plan", "list", "--format", "json")
        #expect(json.exitCode == 0)
        #expect(try array(parseJSON(json)).isEmpty)
    }

    /// A file with an error changes nothing, even for a plan already loaded under its id.
    @Test func invalidFileLeavesTheDatabaseAsItWas() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        let before = try snapshot(cli)

        // The same plan id, an edited title and a task whose lead is unknown.
        var text = try CLI.packageFile(ExamplePlan.dongTraBong)
        text = text.replacingOccurrences(of: "title: Tổ chức Lễ phát động", with: "title: Lễ phát động (sửa)")
        text = text.replacingOccurrences(of: "    lead: ubnd\n", with: "    lead: Phòng Kinh tế\n")
        let broken = try cli.write("dong-tra-bong-2025-broken.yaml", text)

        let result = try cli.run("plan", "load", broken)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("<TMP>/dong-tra-bong-2025-broken.yaml:"))
        #expect(result.stderr.contains("error: không có cơ quan 'Phòng Kinh tế'"))

        let after = try snapshot(cli)
        #expect(after.list == before.list)
        #expect(after.status == before.status)
        #expect(after.tasks == before.tasks)
    }

    /// A load whose every file is refused writes nothing: not even an empty database.
    @Test func refusedLoadMakesNoDatabase() throws {
        let cli = try CLI()
        let bad = try cli.write("bad.yaml", "format: 1\nplan:\n  title: [\n")
        let result = try cli.run("plan", "load", bad)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "<TMP>/bad.yaml:3:11: error: YAML không hợp lệ: không thấy giá trị như mong đợi\n")
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    /// Recording for a plan when there is no database yet says so and makes none.
    @Test func recordingWithoutADatabaseMakesNone() throws {
        let cli = try CLI()
        let result = try cli.run("task", "done", "nv1", "--plan", "dong-tra-bong-2025", "--on", "2025-10-01")
        #expect(result.exitCode == 2)
        #expect(result.stderr == "bdhvs: error: chưa có cơ sở dữ liệu '<DB>'; hãy nạp kế hoạch trước ('bdhvs plan load TỆP')\n")
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    /// A bad file next to a good one: the good one loads, the exit code is still 1.
    @Test func goodFileLoadsNextToABadOne() throws {
        let cli = try CLI()
        let bad = try cli.write("bad.yaml", ValidateTests.badPlan)
        let result = try cli.run("plan", "load", bad, ExamplePlan.dongTraBong)
        #expect(result.exitCode == 1)
        #expect(result.stderrLines.count == 3)
        #expect(result.stdout == "Plans/dong-tra-bong-2025.yaml: dong-tra-bong-2025 — thêm 7\nĐã nạp 1 kế hoạch; 1 tệp có lỗi không được nạp.\n")
        let list = try array(parseJSON(try cli.run("plan", "list", "--format", "json")))
        #expect(list.count == 1)
    }

    private func snapshot(_ cli: CLI) throws -> (list: String, status: String, tasks: String) {
        let list = try cli.run("plan", "list", "--format", "json")
        let status = try cli.run("plan", "status", "dong-tra-bong-2025", "--as-of", "2025-12-31", "--format", "json")
        let tasks = try cli.run("task", "list", "--as-of", "2025-12-31", "--format", "json")
        #expect(list.succeeded && status.succeeded && tasks.succeeded)
        return (list.stdout, status.stdout, tasks.stdout)
    }
}
