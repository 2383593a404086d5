import Foundation
import Testing

/// `bdhvs agency overdue`: overdue tasks grouped by lead body.
@Suite struct AgencyOverdueTests {
    private func loadedCLI() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        return cli
    }

    @Test func text() throws {
        let cli = try loadedCLI()
        let result = try cli.run("agency", "overdue", "--as-of", "2025-12-31")
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "agency-overdue-2025-12-31")
    }

    @Test func json() throws {
        let cli = try loadedCLI()
        let result = try cli.run("agency", "overdue", "--as-of", "2025-12-31", "--format", "json")
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "agency-overdue-2025-12-31-json")

        var found: [String: [String]] = [:]
        for group in try array(parseJSON(result)) {
            let group = try object(group)
            #expect(group["plan"] as? String == "dong-tra-bong-2025")
            let tasks = try array(group["tasks"]).compactMap { ($0 as? [String: Any])?["id"] as? String }
            found[group["agency_id"] as? String ?? "?", default: []] += tasks
        }
        #expect(found == ["ubnd": ["nv1"], "vhxh": ["nv5"]])
    }

    @Test func environmentDateGivesTheSameOutput() throws {
        let cli = try loadedCLI()
        let flag = try cli.run("agency", "overdue", "--as-of", "2025-12-31")
        let environment = try cli.run("agency", "overdue", environment: ["BDHVS_TODAY": "2025-12-31"])
        #expect(environment.exitCode == 0)
        #expect(environment.stdout == flag.stdout)
    }

    @Test func onePlanOnly() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong, ExamplePlan.nghiaGiang)
        let result = try cli.run("agency", "overdue", "--plan", "nghia-giang-2026", "--as-of", "2026-06-30", "--format", "json")
        #expect(result.exitCode == 0)
        var found: [String: [String: Int]] = [:]
        for group in try array(parseJSON(result)) {
            let group = try object(group)
            #expect(group["plan"] as? String == "nghia-giang-2026")
            for task in try array(group["tasks"]) {
                let task = try object(task)
                found[group["agency_id"] as? String ?? "?", default: [:]][task["id"] as? String ?? "?"] = task["days_overdue"] as? Int
            }
        }
        // nv4 "Quý I/2026" → 31/03/2026, 91 days; nv5b "Từ tháng 3 đến tháng 5/2026" → 31/05/2026, 30 days.
        #expect(found == ["vp-hdnd-ubnd": ["nv4": 91], "vhxh": ["nv5b": 30]])
    }

    @Test func nothingOverdue() throws {
        let cli = try loadedCLI()
        let result = try cli.run("agency", "overdue", "--as-of", "2025-08-31")
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            Tính đến ngày 31/08/2025

            Nhiệm vụ quá hạn theo cơ quan chủ trì (0):
              Không có nhiệm vụ quá hạn.

            """)
    }
}
