import Foundation
import Testing

/// `bdhvs plan status` with no plan: a roll-up of both example plans as of 30/06/2026.
///
/// By hand: Đông Trà Bồng keeps nv1 (303 days: 31/08/2025 → 30/06/2026) and nv5 (263 days)
/// overdue, nv2 and nv4 ongoing, nv3 deadline unknown. Nghĩa Giang: nv1 "Hằng tháng", nv8
/// "Hằng tuần", nv9 "Hằng quý" ongoing; nv4 "Quý I/2026" overdue 91 days; nv5 overdue
/// through nv5b ("Từ tháng 3 đến tháng 5/2026", 30 days); nv2 (30/06/2026, today), nv3
/// (nv3b, nv3c on 10/10/2026), nv6 (31/12/2026), nv7 (31/12/2026), nv10 ("Trước ngày
/// 15/12/2026" → 14/12/2026) in progress. Fifteen tasks: 5 in progress, 4 overdue,
/// 5 ongoing, 1 unknown. Come due: the four overdue tasks and nv2 (due today) = 5.
@Suite struct RollUpTests {
    static let arguments = ["plan", "status", "--as-of", "2026-06-30"]

    private func loadedCLI() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong, ExamplePlan.nghiaGiang)
        return cli
    }

    /// The golden file holds the correct output, written by hand from the current one:
    /// only the number of tasks that have come due differs (5, not 4).
    @Test
    func rollUp() throws {
        let cli = try loadedCLI()
        let result = try cli.run(Self.arguments)
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "rollup-2026-06-30")
    }

    /// Everything in the roll-up that is right today, read from its JSON.
    @Test func rollUpNumbers() throws {
        let cli = try loadedCLI()
        let result = try cli.run(Self.arguments + ["--format", "json"])
        #expect(result.exitCode == 0)
        let report = try object(parseJSON(result))
        #expect(report["plan"] is NSNull)
        #expect(report["title"] is NSNull)
        let counts = try object(report["counts"])
        #expect(counts["in_progress"] as? Int == 5)
        #expect(counts["overdue"] as? Int == 4)
        #expect(counts["ongoing"] as? Int == 5)
        #expect(counts["deadline_unknown"] as? Int == 1)
        #expect(counts["done_on_time"] as? Int == 0)
        #expect(counts["done_late"] as? Int == 0)
        let completion = try object(report["completion"])
        #expect(completion["total"] as? Int == 15)
        #expect(completion["done"] as? Int == 0)

        let plans = try array(report["plans"]).map { try object($0) }
        #expect(plans.map { $0["plan"] as? String } == ["dong-tra-bong-2025", "nghia-giang-2026"])
        #expect(plans.map { $0["total"] as? Int } == [5, 10])
        #expect(plans.map { $0["worst_days_overdue"] as? Int } == [303, 91])

        var overdue: [String: Int] = [:]
        for group in try array(report["overdue"]) {
            let group = try object(group)
            for task in try array(group["tasks"]) {
                let task = try object(task)
                overdue["\(group["plan"] as? String ?? "?")/\(task["id"] as? String ?? "?")"] = task["days_overdue"] as? Int
            }
        }
        #expect(overdue == [
            "dong-tra-bong-2025/nv1": 303, "dong-tra-bong-2025/nv5": 263,
            "nghia-giang-2026/nv4": 91, "nghia-giang-2026/nv5b": 30,
        ])
        let dueSoon = try array(report["due_soon"]).map { try object($0) }
        #expect(dueSoon.map { $0["id"] as? String } == ["nv2", "nv5a", "nv5d"])
        #expect(dueSoon.allSatisfy { $0["deadline"] as? String == "2026-06-30" })

        // Recurring duties of Nghĩa Giang, none recorded done: nv1 "Hằng tháng" January to
        // May (June is current), nv9 "Hằng quý" Q1 (Q2 is current), nv8 "Hằng tuần" ISO weeks
        // 3 to 26 (week 27, 29/06–05/07, is current; weeks 1 and 2 ended before the plan was
        // issued on 15/01/2026 and do not count): 5 + 1 + 24 = 30 past, 3 current.
        let occurrences = try object(report["occurrences"])
        #expect(occurrences["past"] as? Int == 30)
        #expect(occurrences["done"] as? Int == 0)
        #expect(occurrences["missed"] as? Int == 30)
        #expect(occurrences["current_open"] as? Int == 3)
    }

    /// A task that is overdue has come due: the "come due" denominator counts at least
    /// every overdue and every done task.
    @Test
    func overdueTasksHaveComeDue() throws {
        let cli = try loadedCLI()
        let report = try object(parseJSON(try cli.run(Self.arguments + ["--format", "json"])))
        let counts = try object(report["counts"])
        let completion = try object(report["completion"])
        let overdue = try #require(counts["overdue"] as? Int)
        let due = try #require(completion["due"] as? Int)
        #expect(due >= overdue)
        #expect(due == 5)
    }

    /// An overdue task shows a deadline that has passed, and its days overdue count from it.
    @Test
    func overdueTaskShowsThePassedDeadline() throws {
        let cli = try loadedCLI()
        let result = try cli.run("task", "list", "--as-of", "2026-06-30", "--overdue", "--format", "json")
        #expect(result.exitCode == 0)
        let tasks = try array(parseJSON(result)).map { try object($0) }
        #expect(!tasks.isEmpty)
        for task in tasks {
            let id = "\(task["plan"] as? String ?? "?")/\(task["id"] as? String ?? "?")"
            let deadline = try #require(task["deadline"] as? String, "\(id) has no deadline")
            #expect(deadline < "2026-06-30", "\(id) is overdue with deadline \(deadline)")
            #expect(daysBetween(deadline, "2026-06-30") == task["days_overdue"] as? Int, "\(id)")
        }
    }
}
