import Foundation
import Testing

/// `bdhvs task list` and its filters.
@Suite struct TaskListTests {
    private func loadedCLI() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong, ExamplePlan.nghiaGiang)
        return cli
    }

    /// Officials type the body's name with or without diacritics, "hóa" or "hoá", any
    /// dash, or its id: all name the same body.
    @Test func agencyAnswersToEverySpelling() throws {
        let cli = try loadedCLI()
        func run(_ agency: String) throws -> CLI.Result {
            try cli.run("task", "list", "--agency", agency, "--overdue", "--as-of", "2025-12-31")
        }
        let ascii = try run("Phong Van hoa - Xa hoi")
        #expect(ascii.exitCode == 0)
        #expect(ascii.stderr == "")
        #expect(ascii.stdout == """
            Kế hoạch dong-tra-bong-2025:
              nv5  Tổ chức tuyên truyền “Ngày hội toàn dân học tập số” vào Ngày Chuyển đổi số quốc gia (10/10) tại địa phương
                  Đang thực hiện quá hạn (82 ngày) · hạn 10/10/2025 (dự kiến) · “Dự kiến ngày 10/10/2025”
                  Chủ trì: Phòng Văn hóa - Xã hội

            1 nhiệm vụ.

            """)
        for spelling in ["vhxh", "phòng văn hoá – xã hội", "Phòng VH-XH", "PHONG VAN HOA XA HOI"] {
            let other = try run(spelling)
            #expect(other.exitCode == 0, "\(spelling)")
            #expect(other.stdout == ascii.stdout, "\(spelling)")
        }
    }

    @Test func dueWithinThirtyDaysJSON() throws {
        let cli = try loadedCLI()
        let result = try cli.run("task", "list", "--due-within", "30", "--as-of", "2026-06-01", "--plan", "nghia-giang-2026", "--format", "json")
        #expect(result.exitCode == 0)
        Golden.expect(result, matches: "task-list-due-within-30-nghia-giang-2026-06-01-json")
        // 01/06/2026 + 30 days = 01/07/2026: nv2 ("6 tháng đầu năm"), nv5a ("Chậm nhất ngày
        // 30/6/2026"), nv5d ("Quý II/2026"); nv5b (31/05/2026) is already overdue.
        let tasks = try array(parseJSON(result)).map { try object($0) }
        #expect(tasks.map { $0["id"] as? String } == ["nv2", "nv5a", "nv5d"])
    }

    @Test func taskObjectsHaveEveryKey() throws {
        let cli = try loadedCLI()
        let result = try cli.run("task", "list", "--as-of", "2026-06-30", "--format", "json")
        #expect(result.exitCode == 0)
        let tasks = try array(parseJSON(result)).map { try object($0) }
        #expect(tasks.count == 7 + 17)
        let required = ["plan", "id", "title", "lead", "deadline", "status", "days_overdue"]
        let statuses: Set<String> = ["done_on_time", "done_late", "in_progress", "overdue", "ongoing", "deadline_unknown"]
        for task in tasks {
            let id = task["id"] as? String ?? "?"
            for key in required { #expect(task.keys.contains(key), "\(id) has no '\(key)'") }
            #expect(task["plan"] is String && task["id"] is String && task["title"] is String, "\(id)")
            #expect((task["lead"] as? [Any])?.allSatisfy { $0 is String } == true, "\(id)")
            #expect(statuses.contains(task["status"] as? String ?? ""), "\(id)")
            #expect(task["days_overdue"] is Int, "\(id)")
            if let deadline = task["deadline"] as? String {
                #expect(deadline.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(id): \(deadline)")
            } else {
                #expect(task["deadline"] is NSNull, "\(id): deadline is neither an ISO date nor null")
            }
        }
        // "Thường xuyên" has no deadline; "Tháng 8/2025" is the last day of August.
        let dtb = tasks.filter { $0["plan"] as? String == "dong-tra-bong-2025" }
        #expect(dtb.first { $0["id"] as? String == "nv2" }?["deadline"] is NSNull)
        #expect(dtb.first { $0["id"] as? String == "nv1" }?["deadline"] as? String == "2025-08-31")
    }

    @Test func filtersCombine() throws {
        let cli = try loadedCLI()
        let result = try cli.run("task", "list", "--plan", "nghia-giang-2026", "--agency", "vhxh", "--overdue", "--as-of", "2026-06-30", "--format", "json")
        #expect(result.exitCode == 0)
        let tasks = try array(parseJSON(result)).map { try object($0) }
        #expect(tasks.map { $0["id"] as? String } == ["nv5b"])
    }

    @Test func noMatch() throws {
        let cli = try loadedCLI()
        let text = try cli.run("task", "list", "--agency", "ca", "--overdue", "--as-of", "2025-12-31")
        #expect(text.exitCode == 0)
        #expect(text.stdout == "Không có nhiệm vụ nào phù hợp.\n")
        let english = try cli.run("task", "list", "--agency", "ca", "--overdue", "--as-of", "2025-12-31", "--lang", "en")
        #expect(english.stdout == "No matching tasks.\n")
        let json = try cli.run("task", "list", "--agency", "ca", "--overdue", "--as-of", "2025-12-31", "--format", "json")
        #expect(try array(parseJSON(json)).isEmpty)
    }
}
