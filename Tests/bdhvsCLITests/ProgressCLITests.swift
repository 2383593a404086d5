import Foundation
import Testing

/// Recording progress with the built `bdhvs`: updates, `task show`, status as of dates
/// before and after them, `undo`, and the exit codes of refused updates.
///
/// By hand, for the Đông Trà Bồng 2025 plan after the day below: nv1 "Tháng 8/2025" is
/// due 31/08 and done on 03/09, so done late from 03/09 on (overdue 2 days on 02/09);
/// nv3b "Theo kế hoạch mở lớp của tỉnh" gets 30/11/2025 on 01/10, so its parent nv3 is
/// deadline unknown on 30/09, and overdue (nv3b 31 days) on 31/12; nv5 is due 10/10
/// (tentative), in progress on 30/09 and 82 days overdue on 31/12; nv2 and nv4 are ongoing.
@Suite struct ProgressCLITests {}

private let planKey = "dong-tra-bong-2025"

private extension CLI {
    /// A sandbox with the Đông Trà Bồng plan loaded.
    static func withDongTraBong() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        return cli
    }

    /// The history of `task` as `task show --format json` gives it.
    func history(_ task: String, asOf: String = "2025-12-31") throws -> [[String: Any]] {
        let result = try run("task", "show", task, "--format", "json", "--as-of", asOf)
        #expect(result.succeeded, "\(result)")
        return try array(object(parseJSON(result))["history"]).map { try object($0) }
    }

    /// The status counts as of `asOf`, in the order of the categories, and the completion numbers.
    func statusNumbers(asOf: String) throws -> (counts: [Int], completion: [Int]) {
        let result = try run("plan", "status", "--as-of", asOf, "--format", "json")
        #expect(result.succeeded, "\(result)")
        let report = try object(parseJSON(result))
        let counts = try object(report["counts"])
        let completion = try object(report["completion"])
        return (["done_on_time", "done_late", "in_progress", "overdue", "ongoing", "deadline_unknown"].map { counts[$0] as? Int ?? -1 },
                ["done", "total", "due_done", "due", "done_after_extension"].map { completion[$0] as? Int ?? -1 })
    }
}

extension ProgressCLITests {
    @Suite struct DayInTheLife {
        @Test func startDoneDeadlineShowStatusUndo() throws {
            let cli = try CLI.withDongTraBong()

            let start = try cli.run("task", "start", "nv1", "--on", "2025-08-01", "--as-of", "2025-08-02", "--by", "Lan")
            #expect(start.succeeded, "\(start)")
            #expect(start.stdout == "Đã ghi: dong-tra-bong-2025/nv1 — bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện\n")

            let done = try cli.run("task", "done", "nv1", "--on", "2025-09-03", "--as-of", "2025-09-05", "--by", "Lan")
            #expect(done.succeeded, "\(done)")
            #expect(done.stdout == "Đã ghi: dong-tra-bong-2025/nv1 — hoàn thành: trạng thái đang thực hiện → hoàn thành; "
                + "ngày hoàn thành 03/09/2025; tiến độ 0% → 100%\n")

            let deadline = try cli.run("task", "deadline", "nv3b", "2025-11-30", "--reason", "Sở KH&CN mở lớp tháng 11",
                                       "--as-of", "2025-10-01", "--by", "Hùng")
            #expect(deadline.succeeded, "\(deadline)")
            #expect(deadline.stdout == "Đã ghi: dong-tra-bong-2025/nv3b — cập nhật thời hạn: thời hạn 30/11/2025 — “Sở KH&CN mở lớp tháng 11”\n")

            // task show, Vietnamese.
            let show = try cli.run("task", "show", "nv1", "--as-of", "2025-12-31")
            #expect(show.succeeded, "\(show)")
            Golden.expect(show, matches: "progress-task-show-nv1-2025-12-31")
            #expect(show.stdoutLines.contains("  Tình trạng ngày 31/12/2025: Hoàn thành quá hạn · tiến độ 100%"))
            #expect(show.stdoutLines.contains("  Thời hạn: 31/08/2025"))
            #expect(show.stdoutLines.suffix(3) == [
                "Lịch sử:",
                "  #1  01/08/2025  Lan  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện · ghi ngày 02/08/2025",
                "  #2  03/09/2025  Lan  hoàn thành: trạng thái đang thực hiện → hoàn thành; ngày hoàn thành 03/09/2025; "
                    + "tiến độ 0% → 100% · ghi ngày 05/09/2025",
            ])

            // task show, JSON: every key, and the history with its fields.
            let json = try cli.run("task", "show", "nv3b", "--format", "json", "--as-of", "2025-12-31")
            #expect(json.succeeded, "\(json)")
            let detail = try object(parseJSON(json))
            #expect(Set(detail.keys) == ["task", "as_of", "state", "description", "note", "advisory", "coordinating", "target_groups",
                                         "plan_deadline", "recorded_deadline", "recurrence", "occurrences", "history", "retired", "retired_on"])
            #expect(detail["as_of"] as? String == "2025-12-31")
            #expect(detail["plan_deadline"] is NSNull)
            #expect(detail["recorded_deadline"] as? String == "2025-11-30")
            #expect(detail["recurrence"] is NSNull)
            #expect(detail["coordinating"] as? [String] == ["Trường Tiểu học", "Trường Trung học cơ sở"])
            let task = try object(detail["task"])
            #expect(task["id"] as? String == "nv3b")
            #expect(task["parent"] as? String == "nv3")
            #expect(task["status"] as? String == "overdue")
            #expect(task["days_overdue"] as? Int == 31)
            #expect(task["deadline"] as? String == "2025-11-30")
            #expect(task["extended_from"] is NSNull)
            let history = try array(detail["history"]).map { try object($0) }
            #expect(history.count == 1)
            let change = try #require(history.first)
            #expect(Set(change.keys) == ["id", "plan", "task", "kind", "by", "on", "recorded_on", "note", "fields", "undoes", "undone_by"])
            #expect(change["id"] as? Int == 3)
            #expect(change["plan"] as? String == planKey)
            #expect(change["task"] as? String == "nv3b")
            #expect(change["kind"] as? String == "deadline")
            #expect(change["by"] as? String == "Hùng")
            #expect(change["on"] as? String == "2025-10-01")
            #expect(change["recorded_on"] as? String == "2025-10-01")
            #expect(change["note"] as? String == "Sở KH&CN mở lớp tháng 11")
            #expect(change["undoes"] is NSNull)
            #expect(change["undone_by"] is NSNull)
            let fields = try array(change["fields"]).map { try object($0) }
            #expect(fields.map { Set($0.keys) } == Array(repeating: ["field", "old", "new"], count: 3))
            #expect(fields.map { $0["field"] as? String } == ["deadline", "recorded_deadline", "deadline_since"])
            #expect(fields.map { $0["old"] is NSNull } == [true, true, true])
            #expect(fields.map { $0["new"] as? String } == ["2025-11-30", "2025-11-30", "2025-10-01"])

            // Status at the end of the year.
            let status = try cli.run("plan", "status", "--as-of", "2025-12-31")
            #expect(status.succeeded, "\(status)")
            Golden.expect(status, matches: "progress-status-2025-12-31")
            #expect(status.stdoutLines.contains("  Hoàn thành quá hạn        1"))
            #expect(status.stdoutLines.contains("  Đang thực hiện quá hạn    2"))
            #expect(status.stdoutLines.contains("Tỷ lệ hoàn thành: 1/5 nhiệm vụ (20%); trên số nhiệm vụ đã đến hạn: 1/3 (33,3%)"))
            #expect(status.stdout.contains("    nv3b  quá hạn 31 ngày  hạn 30/11/2025  "))
            #expect(try cli.statusNumbers(asOf: "2025-12-31") == ([0, 1, 0, 2, 2, 0], [1, 5, 1, 3, 0]))

            // On 30/09 nv1 was already done (late, on 03/09), nv3b's deadline was not known yet
            // (it was set on 01/10), and nv5 was in progress and due within 30 days.
            let september = try cli.run("plan", "status", "--as-of", "2025-09-30")
            #expect(september.succeeded, "\(september)")
            #expect(september.stdoutLines.contains("  Hoàn thành quá hạn        1"))
            #expect(september.stdoutLines.contains("  Đang thực hiện trong hạn  1"))
            #expect(september.stdoutLines.contains("  Chưa xác định thời hạn    1"))
            #expect(september.stdoutLines.contains("Nhiệm vụ quá hạn theo cơ quan chủ trì (0):"))
            #expect(september.stdoutLines.contains("Tỷ lệ hoàn thành: 1/5 nhiệm vụ (20%); trên số nhiệm vụ đã đến hạn: 1/1 (100%)"))
            #expect(try cli.statusNumbers(asOf: "2025-09-30") == ([0, 1, 1, 0, 2, 1], [1, 5, 1, 1, 0]))
            // On 02/09 nv1 was not done yet: overdue by 2 days, under its lead.
            #expect(try cli.statusNumbers(asOf: "2025-09-02") == ([0, 0, 1, 1, 2, 1], [0, 5, 0, 1, 0]))
            let overdue = try cli.run("agency", "overdue", "--as-of", "2025-09-02", "--format", "json")
            #expect(overdue.succeeded, "\(overdue)")
            let groups = try array(parseJSON(overdue)).map { try object($0) }
            #expect(groups.map { $0["agency_id"] as? String } == ["ubnd"])
            let overdueTasks = try array(groups.first?["tasks"]).map { try object($0) }
            #expect(overdueTasks.map { $0["id"] as? String } == ["nv1"])
            #expect(overdueTasks.map { $0["days_overdue"] as? Int } == [2])

            // Done twice is refused, and leaves nothing.
            let twice = try cli.run("task", "done", "nv1", "--as-of", "2025-12-31", "--by", "Lan")
            #expect(twice.exitCode == 1)
            #expect(twice.stdout == "")
            #expect(twice.stderr == "bdhvs: error: không thể đánh dấu hoàn thành nhiệm vụ 'nv1': nhiệm vụ đã hoàn thành (ngày 03/09/2025); hãy mở lại trước\n")

            // Lan takes back her last change: the completion, not Hùng's deadline.
            let undo = try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31")
            #expect(undo.succeeded, "\(undo)")
            Golden.expect(undo, matches: "progress-undo-lan")
            #expect(undo.stdout == "Đã ghi: dong-tra-bong-2025/nv1 — hoàn tác: trạng thái hoàn thành → đang thực hiện; "
                + "bỏ ngày hoàn thành 03/09/2025; tiến độ 100% → 0% (hoàn tác thay đổi #2)\n")

            let after = try cli.run("task", "show", "nv1", "--as-of", "2025-12-31")
            #expect(after.succeeded, "\(after)")
            #expect(after.stdoutLines.contains("  Tình trạng ngày 31/12/2025: Đang thực hiện quá hạn (122 ngày)"))
            #expect(after.stdoutLines.suffix(3) == [
                "  #1  01/08/2025  Lan  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện · ghi ngày 02/08/2025",
                "  #2  03/09/2025  Lan  hoàn thành: trạng thái đang thực hiện → hoàn thành; ngày hoàn thành 03/09/2025; "
                    + "tiến độ 0% → 100% · ghi ngày 05/09/2025 · đã hoàn tác (#4)",
                "  #4  31/12/2025  Lan  hoàn tác: trạng thái hoàn thành → đang thực hiện; bỏ ngày hoàn thành 03/09/2025; tiến độ 100% → 0% · hoàn tác #2",
            ])
            let nv1History = try cli.history("nv1")
            #expect(nv1History.map { $0["kind"] as? String } == ["start", "done", "undo"])
            #expect(nv1History.map { $0["undone_by"] as? Int } == [nil, 4, nil])
            #expect(nv1History.map { $0["undoes"] as? Int } == [nil, nil, 2])
            // Status as of any date no longer sees the completion; nv3b keeps its deadline.
            #expect(try cli.statusNumbers(asOf: "2025-12-31") == ([0, 0, 0, 3, 2, 0], [0, 5, 0, 3, 0]))
            #expect(try cli.statusNumbers(asOf: "2025-09-30") == ([0, 0, 1, 1, 2, 1], [0, 5, 0, 1, 0]))
            #expect(try cli.history("nv3b").count == 1)

            // Again: the start; then nothing is left.
            let second = try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31")
            #expect(second.stdout == "Đã ghi: dong-tra-bong-2025/nv1 — hoàn tác: trạng thái đang thực hiện → chưa thực hiện (hoàn tác thay đổi #1)\n")
            let none = try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31")
            #expect(none.exitCode == 1)
            #expect(none.stdout == "")
            #expect(none.stderr == "bdhvs: error: 'Lan' không còn thay đổi nào để hoàn tác\n")
        }

        @Test func englishConfirmationAndHistory() throws {
            let cli = try CLI.withDongTraBong()
            let start = try cli.run("task", "progress", "nv5", "50", "--as-of", "2025-10-05", "--by", "Hùng", "--note", "Đã chuẩn bị gian hàng",
                                    "--lang", "en")
            #expect(start.succeeded, "\(start)")
            #expect(start.stdout == "Recorded: dong-tra-bong-2025/nv5 — progress: state not started → started; percent 0% → 50% — “Đã chuẩn bị gian hàng”\n")
            let show = try cli.run("task", "show", "nv5", "--as-of", "2025-10-05", "--lang", "en")
            #expect(show.stdoutLines.contains("  Status on 05/10/2025: In progress, within deadline · 50% done"), "\(show)")
            #expect(show.stdoutLines.last == "  #1  05/10/2025  Hùng  progress: state not started → started; percent 0% → 50% — “Đã chuẩn bị gian hàng”")
        }

        @Test func whoRecordsComesFromBDHVSUserWithoutBy() throws {
            let cli = try CLI.withDongTraBong()
            let note = try cli.run(["task", "note", "nv2", "Đã đăng 12 tin bài", "--as-of", "2025-10-01"], environment: ["BDHVS_USER": "Mai (TT CƯDVC)"])
            #expect(note.succeeded, "\(note)")
            #expect(note.stdout == "Đã ghi: dong-tra-bong-2025/nv2 — ghi chú — “Đã đăng 12 tin bài”\n")
            let history = try cli.history("nv2")
            #expect(history.map { $0["by"] as? String } == ["Mai (TT CƯDVC)"])
            #expect(history.map { $0["note"] as? String } == ["Đã đăng 12 tin bài"])
            #expect(history.map { $0["on"] as? String } == ["2025-10-01"])
        }
    }
}

extension ProgressCLITests {
    @Suite struct ExitCodes {
        /// (arguments, exit code, standard error) of updates refused with the plan loaded
        /// and nothing recorded yet. None writes anything.
        static let refused: [([String], Int32, String)] = [
            (["task", "start", "nv3", "--as-of", "2025-09-01"], 1,
             "bdhvs: error: nhiệm vụ 'nv3' được tổng hợp từ các nhiệm vụ con (nv3a, nv3b); hãy cập nhật các nhiệm vụ con\n"),
            (["task", "done", "nv1", "--on", "2025-09-06", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: ngày 06/09/2025 sau ngày hôm nay (05/09/2025); chỉ ghi những việc đã xảy ra\n"),
            (["task", "reopen", "nv1", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: không thể mở lại nhiệm vụ 'nv1': nhiệm vụ chưa bắt đầu\n"),
            (["task", "done", "nv1", "--period", "2025-08", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: nhiệm vụ 'nv1' không phải nhiệm vụ định kỳ; chỉ nhiệm vụ định kỳ mới hoàn thành theo kỳ\n"),
            (["task", "deadline", "nv1", "2025-08-31", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: nhiệm vụ 'nv1' đã có thời hạn 31/08/2025\n"),
            (["undo", "--by", "Lan", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: 'Lan' không còn thay đổi nào để hoàn tác\n"),
            (["task", "start", "nv11", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: không có nhiệm vụ 'nv11' trong các kế hoạch đã nạp; có phải là 'nv1'?\n"),
            (["task", "show", "nv11", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: không có nhiệm vụ 'nv11' trong các kế hoạch đã nạp; có phải là 'nv1'?\n"),
            (["task", "start", "nv1", "--plan", "dong-tra-bong-2026", "--as-of", "2025-09-05"], 1,
             "bdhvs: error: chưa nạp kế hoạch 'dong-tra-bong-2026'; có phải là 'dong-tra-bong-2025'?\n"),
        ]

        @Test func refusedUpdatesAndUnknownTasksExitWithOne() throws {
            let cli = try CLI.withDongTraBong()
            for (arguments, code, message) in Self.refused {
                let result = try cli.run(arguments)
                #expect(result.exitCode == code, "\(result)")
                #expect(result.stdout == "", "\(result)")
                #expect(result.stderr == message, "\(result)")
            }
            for task in ["nv1", "nv3", "nv3b"] {
                #expect(try cli.history(task).isEmpty, "\(task)")
            }
            #expect(try cli.statusNumbers(asOf: "2025-12-31") == ([0, 0, 0, 2, 2, 1], [0, 5, 0, 2, 0]))
        }

        @Test func aTaskIdInTwoPlansNeedsThePlan() throws {
            let cli = try CLI.withDongTraBong()
            try cli.load(ExamplePlan.nghiaGiang)
            let ambiguous = try cli.run("task", "start", "nv1", "--as-of", "2026-02-01")
            #expect(ambiguous.exitCode == 1)
            #expect(ambiguous.stderr == "bdhvs: error: nhiệm vụ 'nv1' có trong nhiều kế hoạch ('dong-tra-bong-2025', 'nghia-giang-2026'); hãy chỉ rõ kế hoạch bằng tùy chọn --plan\n")
            let named = try cli.run("task", "start", "nv1", "--plan", "nghia-giang-2026", "--as-of", "2026-02-01", "--by", "Lan")
            #expect(named.succeeded, "\(named)")
            #expect(named.stdout.hasPrefix("Đã ghi: nghia-giang-2026/nv1 — bắt đầu thực hiện"))
            let show = try cli.run("task", "show", "nv1", "--plan", "dong-tra-bong-2025", "--format", "json", "--as-of", "2026-02-01")
            #expect(try array(object(parseJSON(show))["history"]).isEmpty)
        }

        @Test func wrongUsageExitsWith64() throws {
            let cli = try CLI.withDongTraBong()
            for arguments in [
                ["task", "progress", "nv1", "nửa", "--as-of", "2025-09-05"],
                ["task", "progress", "nv1", "101", "--as-of", "2025-09-05"],
                ["task", "done", "nv1", "--on", "2025-13-01", "--as-of", "2025-09-05"],
                ["task", "deadline", "nv3b", "30/02/2025", "--as-of", "2025-09-05"],
                ["task", "done", "--as-of", "2025-09-05"],
            ] {
                let result = try cli.run(arguments)
                #expect(result.exitCode == 64, "\(result)")
                #expect(result.stdout == "", "\(result)")
            }
            let percent = try cli.run("task", "progress", "nv1", "101", "--as-of", "2025-09-05")
            #expect(percent.stderrLines.first == "bdhvs: error: giá trị '101' của 'phần trăm' không hợp lệ; cần một số nguyên từ 0 đến 100")
            #expect(try cli.history("nv1").isEmpty)
        }
    }
}
