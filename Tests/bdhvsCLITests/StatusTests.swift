import Foundation
import Testing

/// `bdhvs plan status` of the Đông Trà Bồng 2025 plan at the end of 2025.
///
/// By hand, as of 31/12/2025: nv1 "Tháng 8/2025" is due 31/08/2025 and 122 days overdue
/// (30 + 31 + 30 + 31); nv5 "Dự kiến ngày 10/10/2025" is due 10/10/2025 (tentative) and
/// 82 days overdue (21 + 30 + 31); nv2 and nv4 are ongoing ("Thường xuyên…"); nv3 rolls
/// up from nv3a (ongoing) and nv3b ("theo kế hoạch mở lớp của tỉnh", deadline unknown) to
/// deadline unknown. Five tasks: 2 overdue, 2 ongoing, 1 unknown; 2 have come due.
@Suite struct StatusTests {
    static let arguments = ["plan", "status", "dong-tra-bong-2025", "--as-of", "2025-12-31"]

    private func loadedCLI() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        return cli
    }

    @Test func vietnamese() throws {
        let cli = try loadedCLI()
        let result = try cli.run(Self.arguments)
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "status-dong-tra-bong-2025-12-31")
        #expect(result.stdoutLines.contains("  Đang thực hiện quá hạn    2"))
        #expect(result.stdout.contains("nv1  quá hạn 122 ngày  hạn 31/08/2025"))
        #expect(result.stdout.contains("nv5  quá hạn 82 ngày  hạn 10/10/2025 (dự kiến)"))
    }

    @Test func english() throws {
        let cli = try loadedCLI()
        let result = try cli.run(Self.arguments + ["--lang", "en"])
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "status-dong-tra-bong-2025-12-31-en")
        #expect(result.stdout.contains("nv1  overdue 122 days  due 31/08/2025"))
        #expect(result.stdout.contains("nv5  overdue 82 days  due 10/10/2025 (tentative)"))
    }

    @Test func json() throws {
        let cli = try loadedCLI()
        let result = try cli.run(Self.arguments + ["--format", "json"])
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "status-dong-tra-bong-2025-12-31-json")

        let report = try object(parseJSON(result))
        #expect(report["plan"] as? String == "dong-tra-bong-2025")
        #expect(report["as_of"] as? String == "2025-12-31")
        let counts = try object(report["counts"])
        #expect(counts["overdue"] as? Int == 2)
        #expect(counts["ongoing"] as? Int == 2)
        #expect(counts["deadline_unknown"] as? Int == 1)
        #expect(counts["in_progress"] as? Int == 0)
        #expect(counts["done_on_time"] as? Int == 0)
        #expect(counts["done_late"] as? Int == 0)
        let completion = try object(report["completion"])
        #expect(completion["total"] as? Int == 5)
        #expect(completion["due"] as? Int == 2)
        #expect(completion["done"] as? Int == 0)

        var overdue: [String: (deadline: String?, days: Int?)] = [:]
        for group in try array(report["overdue"]) {
            for task in try array(try object(group)["tasks"]) {
                let task = try object(task)
                overdue[task["id"] as? String ?? "?"] = (task["deadline"] as? String, task["days_overdue"] as? Int)
            }
        }
        #expect(overdue.keys.sorted() == ["nv1", "nv5"])
        #expect(overdue["nv1"]?.deadline == "2025-08-31")
        #expect(overdue["nv1"]?.days == 122)
        #expect(overdue["nv5"]?.deadline == "2025-10-10")
        #expect(overdue["nv5"]?.days == 82)
    }

    /// The sub-tasks and their parent, as `task list` shows them.
    @Test func rollUpOfTaskThree() throws {
        let cli = try loadedCLI()
        let result = try cli.run("task", "list", "--plan", "dong-tra-bong-2025", "--as-of", "2025-12-31", "--format", "json")
        #expect(result.exitCode == 0)
        var status: [String: String] = [:]
        for task in try array(parseJSON(result)) {
            let task = try object(task)
            status[task["id"] as? String ?? "?"] = task["status"] as? String
        }
        #expect(status == [
            "nv1": "overdue", "nv2": "ongoing", "nv3": "deadline_unknown", "nv3a": "ongoing",
            "nv3b": "deadline_unknown", "nv4": "ongoing", "nv5": "overdue",
        ])
    }

    @Test(arguments: [[String](), ["--lang", "en"], ["--format", "json"]])
    func environmentDateGivesTheSameOutput(extra: [String]) throws {
        let cli = try loadedCLI()
        let flag = try cli.run(Self.arguments + extra)
        let environment = try cli.run(["plan", "status", "dong-tra-bong-2025"] + extra, environment: ["BDHVS_TODAY": "2025-12-31"])
        #expect(flag.exitCode == 0)
        #expect(environment.exitCode == 0)
        #expect(environment.stdout == flag.stdout)
        #expect(environment.stderr == flag.stderr)
    }

    /// `--as-of` wins over `BDHVS_TODAY`.
    @Test func flagWinsOverEnvironment() throws {
        let cli = try loadedCLI()
        let flag = try cli.run(Self.arguments)
        let both = try cli.run(Self.arguments, environment: ["BDHVS_TODAY": "2026-06-30"])
        #expect(both.stdout == flag.stdout)
    }

    /// Deadlines are inclusive: on the deadline day a task is still within its deadline.
    @Test func deadlineDayIsNotOverdue() throws {
        let cli = try loadedCLI()
        let onTheDay = try cli.run("task", "list", "--plan", "dong-tra-bong-2025", "--as-of", "2025-08-31", "--overdue")
        #expect(onTheDay.exitCode == 0)
        #expect(onTheDay.stdout == "Không có nhiệm vụ nào phù hợp.\n")
        let dayAfter = try cli.run("task", "list", "--plan", "dong-tra-bong-2025", "--as-of", "2025-09-01", "--overdue", "--format", "json")
        let tasks = try array(parseJSON(dayAfter))
        #expect(tasks.count == 1)
        let task = try object(tasks.first)
        #expect(task["id"] as? String == "nv1")
        #expect(task["days_overdue"] as? Int == 1)
    }
}
