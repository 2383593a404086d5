import Foundation
import Testing
import BDHVSTestSupport

/// `activity add … --done` (issue 15): the activity that completes its task marks it done on
/// the activity's day in the SAME change, so one `undo` takes both back; a task already done
/// or cancelled refuses it and nothing is recorded.
@Suite struct ActivityDoneCLITests {
    /// The number of activities recorded for `task`.
    func activities(_ cli: CLI, task: String) throws -> Int {
        let result = try cli.ok("activity", "list", "--task", task, "--format", "json", "--as-of", "2025-12-31")
        return try array(object(parseJSON(result))["activities"]).count
    }

    /// The task's state and completion day, as `task show --format json` gives them.
    func state(_ cli: CLI, _ task: String) throws -> (state: String?, completedOn: String?) {
        let detail = try object(parseJSON(try cli.ok("task", "show", task, "--format", "json", "--as-of", "2025-12-31")))
        return (detail["state"] as? String, try object(detail["task"])["completed_on"] as? String)
    }

    /// A sandbox with the Đông Trà Bồng plan loaded.
    func sandbox() throws -> CLI {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        return cli
    }

    /// The kinds of the task's changes, oldest first.
    func changeKinds(_ cli: CLI, _ task: String) throws -> [String?] {
        let detail = try object(parseJSON(try cli.ok("task", "show", task, "--format", "json", "--as-of", "2025-12-31")))
        return try array(detail["history"]).map { try object($0)["kind"] as? String }
    }

    /// The plan's tasks done as of 31/12/2025.
    func done(_ cli: CLI) throws -> Int? {
        let report = try object(parseJSON(try cli.ok("plan", "status", "--as-of", "2025-12-31", "--format", "json")))
        return try object(report["completion"])["done"] as? Int
    }

    @Test func theLaunchMarksItsTaskDoneInOneChangeThatOneUndoTakesBack() throws {
        let cli = try sandbox()
        let added = try cli.ok("activity", "add", "nv1", "--date", "2025-09-03", "--participants", "250", "--title", "Lễ phát động",
                               "--place", "Hội trường xã", "--done", "--as-of", "2025-09-05", "--by", "Lan")
        #expect(added.stdoutLines == ["Đã ghi hoạt động dong-tra-bong-2025/nv1 ngày 03/09/2025: 250 người — “Lễ phát động” (#1)",
                                      "Nhiệm vụ nv1 được đánh dấu hoàn thành ngày 03/09/2025, cùng thay đổi này."])
        #expect(try state(cli, "nv1") == ("done", "2025-09-03"))
        #expect(try activities(cli, task: "nv1") == 1)
        #expect(try changeKinds(cli, "nv1") == ["activity"], "one change, not two")
        #expect(try done(cli) == 1, "done for the status too")

        let undo = try cli.ok("undo", "--by", "Lan", "--as-of", "2025-12-31")
        #expect(undo.stdout.contains("hoàn tác"))
        #expect(try state(cli, "nv1") == ("open", nil))
        #expect(try activities(cli, task: "nv1") == 0, "the activity goes with the completion")
        #expect(try done(cli) == 0)
        #expect(try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31").exitCode == 1, "nothing else to undo")
    }

    @Test func aTaskAlreadyDoneOrCancelledRefusesItAndNothingIsRecorded() throws {
        let cli = try sandbox()
        try cli.ok("task", "done", "nv1", "--on", "2025-09-03", "--as-of", "2025-09-05", "--by", "Lan")
        let again = try cli.run("activity", "add", "nv1", "--date", "2025-09-10", "--participants", "40", "--done", "--as-of", "2025-09-10")
        #expect(again.exitCode == 1)
        #expect(again.stdout == "")
        #expect(again.stderr == "bdhvs: error: không ghi hoạt động: nhiệm vụ 'nv1' đã hoàn thành ngày 03/09/2025, không đánh dấu hoàn thành "
            + "lần nữa; bỏ '--done' để chỉ ghi hoạt động\n")
        #expect(try activities(cli, task: "nv1") == 0)
        #expect(try state(cli, "nv1") == ("done", "2025-09-03"))

        try cli.ok("task", "cancel", "nv5", "--as-of", "2025-10-01", "--by", "Lan")
        let cancelled = try cli.run("activity", "add", "nv5", "--date", "2025-10-02", "--participants", "12", "--done", "--as-of", "2025-10-02",
                                    "--lang", "en")
        #expect(cancelled.exitCode == 1)
        #expect(cancelled.stderr == "bdhvs: error: activity not recorded: task 'nv5' is cancelled and cannot be marked done; "
            + "leave out '--done' to record the activity alone\n")
        #expect(try activities(cli, task: "nv5") == 0)
        // Without --done the activity of a done task is recorded as before.
        try cli.ok("activity", "add", "nv1", "--date", "2025-09-10", "--participants", "40", "--as-of", "2025-09-10")
        #expect(try activities(cli, task: "nv1") == 1)
    }
}
