import Foundation
import Testing
@testable import bdhvs

/// Findings of the tenth QA round, run as an official runs them.
@Suite struct QARoundTenCLITests {
    /// Đông Trà Bồng's plan without its task nv5 (the file's last task), written in the
    /// sandbox: loaded after the whole plan, it retires nv5.
    static func planWithoutNV5(_ cli: CLI) throws -> String {
        let text = try String(contentsOfFile: "Plans/dong-tra-bong-2025.yaml", encoding: .utf8)
        let start = try #require(text.range(of: "  - id: nv5\n"))
        let end = try #require(text.range(of: "\nbudget:", range: start.upperBound..<text.endIndex))
        let path = cli.directory.appendingPathComponent("dong-tra-bong-2025.yaml").path
        try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `undo` took back a change of a task a later `plan load` had retired: the retired task,
    /// which can no longer be updated, was changed by the undo. It is refused, in both
    /// languages, and nothing is written: the change is still there to undo once the task is
    /// back in the file.
    @Test func undoOfAChangeToARetiredTaskIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "--as-of", "2025-08-01").exitCode == 0)
        #expect(try cli.run("task", "start", "nv5", "--on", "2025-08-02", "--as-of", "2025-08-02", "--by", "Lan").exitCode == 0)
        let retired = try cli.run("plan", "load", try Self.planWithoutNV5(cli), "--as-of", "2025-08-05")
        #expect(retired.stdoutLines.contains("  thôi theo dõi 1 (không còn trong tệp, dữ liệu đã ghi được giữ lại): nv5"))

        let vi = try cli.run("undo", "--by", "Lan", "--as-of", "2025-08-06")
        #expect(vi.exitCode == 1)
        #expect(vi.stdout == "")
        #expect(vi.stderr == "bdhvs: error: không thể hoàn tác thay đổi #1: nhiệm vụ 'dong-tra-bong-2025/nv5' không còn trong tệp kế hoạch (đã thôi theo dõi), dữ liệu đã ghi của nhiệm vụ được giữ nguyên\n")
        let en = try cli.run("undo", "--by", "lan", "--as-of", "2025-08-06", "--lang", "en")
        #expect(en.exitCode == 1)
        #expect(en.stderr == "bdhvs: error: cannot undo change #1: task 'dong-tra-bong-2025/nv5' is no longer in its plan file (retired), and what was recorded for it stays as it is\n")

        // Nothing written: the task is still started, with its one change not undone.
        let shown = try cli.run("task", "show", "nv5", "--as-of", "2025-08-06", "--lang", "en")
        #expect(shown.stdoutLines.contains("  Status on 06/08/2025: In progress, within deadline"))
        #expect(shown.stdoutLines.filter { $0.hasPrefix("  #") } == ["  #1  02/08/2025  Lan  started: state not started → started"])
        // Back in the file, the change is undone as any other.
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "--as-of", "2025-08-07").exitCode == 0)
        let undo = try cli.run("undo", "--by", "Lan", "--as-of", "2025-08-07")
        #expect(undo.succeeded)
        #expect(undo.stdout == "Đã ghi: dong-tra-bong-2025/nv5 — hoàn tác: trạng thái đang thực hiện → chưa thực hiện (hoàn tác thay đổi #1)\n")
    }

    /// `undo` took back a measurement of an indicator a later `plan load` had retired, as it
    /// no longer takes back a change of a retired task: refused the same way, in both
    /// languages, with nothing written.
    @Test func undoOfAMeasurementOfARetiredIndicatorIsRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "--as-of", "2025-12-01").exitCode == 0)
        #expect(try cli.run("indicator", "record", "cbccvc-ky-nang-so", "--date", "2025-12-15", "--numerator", "631",
                            "--denominator", "640", "--as-of", "2025-12-31", "--by", "Lan").exitCode == 0)
        let text = try String(contentsOfFile: "Plans/nghia-giang-2025.yaml", encoding: .utf8)
        let start = try #require(text.range(of: "  - id: cbccvc-ky-nang-so\n"))
        let end = try #require(text.range(of: "  - id: nguoi-dan-ky-nang-so\n"))
        let path = cli.directory.appendingPathComponent("nghia-giang-2025.yaml").path
        try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try cli.run("plan", "load", path, "--as-of", "2025-12-31").exitCode == 0)

        let vi = try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31")
        #expect(vi.exitCode == 1)
        #expect(vi.stdout == "")
        #expect(vi.stderr == "bdhvs: error: không thể hoàn tác thay đổi #1: chỉ tiêu 'nghia-giang-2025/cbccvc-ky-nang-so' không còn trong tệp kế hoạch (đã thôi theo dõi), các số đo đã ghi của chỉ tiêu được giữ nguyên\n")
        let en = try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.exitCode == 1)
        #expect(en.stderr == "bdhvs: error: cannot undo change #1: indicator 'nghia-giang-2025/cbccvc-ky-nang-so' is no longer in its plan file (retired), and the measurements recorded for it stay as they are\n")
        // Back in the file, its measurement is still there to see and to undo.
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "--as-of", "2025-12-31").exitCode == 0)
        #expect(try cli.run("undo", "--by", "Lan", "--as-of", "2025-12-31").succeeded)
    }

    /// `task show` of a retired task said it was retired, not since when: it gives the as-of
    /// date of the load that retired it, in the text and in JSON.
    @Test func taskShowSaysSinceWhenATaskIsRetired() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "--as-of", "2025-08-01").exitCode == 0)
        #expect(try cli.run("plan", "load", try Self.planWithoutNV5(cli), "--as-of", "2025-09-15").exitCode == 0)
        let vi = try cli.run("task", "show", "nv5", "--as-of", "2025-10-01")
        #expect(vi.stdoutLines[1] == "  Đã thôi theo dõi: nhiệm vụ không còn trong tệp kế hoạch từ lần nạp lại kế hoạch ngày 15/09/2025; dữ liệu đã ghi được giữ lại, không cập nhật được nữa")
        let json = try cli.run("task", "show", "nv5", "--as-of", "2025-10-01", "--format", "json")
        #expect(json.stdoutLines.contains("  \"retired_on\" : \"2025-09-15\","))
        let live = try cli.run("task", "show", "nv1", "--as-of", "2025-10-01", "--format", "json")
        #expect(live.stdoutLines.contains("  \"retired_on\" : null,"))
    }

    /// Over several plans `budget show` sums each source across the communes, and warned only
    /// when the sum was overspent: Nghĩa Giang's overrun of its state budget was hidden by
    /// Việt Hưng's and Đông Trà Bồng's underspend. Each commune's overspent source is named,
    /// with its kind, even when the sum is within the sum of the estimates.
    @Test func budgetShowOverSeveralPlansNamesEachCommuneOverspent() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "Plans/viet-hung-2025.yaml", "Plans/dong-tra-bong-2025.yaml").exitCode == 0)
        #expect(try cli.run("budget", "spend", "nv1", "70.000.000", "--plan", "nghia-giang-2025", "--source", "nsnn",
                            "--date", "2025-10-20", "--as-of", "2025-12-31", "--by", "Lan").exitCode == 0)
        #expect(try cli.run("budget", "spend", "nv9", "25.000.000", "--plan", "viet-hung-2025", "--source", "xhh",
                            "--date", "2025-10-20", "--as-of", "2025-12-31", "--by", "Lan").exitCode == 0)
        let vi = try cli.run("budget", "show", "--as-of", "2025-12-31")
        #expect(vi.exitCode == 0)
        // Neither sum is overspent.
        #expect(vi.stdoutLines[1] == "  Ngân sách nhà nước theo phân cấp  182.000.000 đồng  70.000.000 đồng         0 đồng  112.000.000 đồng")
        #expect(vi.stdoutLines[2] == "  Xã hội hóa                         25.000.000 đồng  25.000.000 đồng         0 đồng            0 đồng")
        #expect(vi.stderrLines == [
            "bdhvs: warning: phường Việt Hưng (kế hoạch viet-hung-2025): đã giải ngân 25.000.000 đồng từ nguồn 'Xã hội hóa', vượt dự toán 20.000.000 đồng là 5.000.000 đồng",
            "bdhvs: warning: xã Nghĩa Giang (kế hoạch nghia-giang-2025): đã giải ngân 70.000.000 đồng từ nguồn 'Ngân sách nhà nước theo phân cấp', vượt dự toán 55.000.000 đồng là 15.000.000 đồng",
        ])
        let en = try cli.run("budget", "show", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.stderrLines.last == "bdhvs: warning: xã Nghĩa Giang (plan nghia-giang-2025): 70,000,000 VND disbursed from 'Ngân sách nhà nước theo phân cấp', 15,000,000 VND over its estimate of 55,000,000 VND")
        // A province's status says the same of its communes; one plan's budget, as before.
        let province = try cli.run("plan", "status", "--province", "quang ngai", "--as-of", "2025-12-31")
        #expect(province.stderrLines == [vi.stderrLines[1]])
        let plan = try cli.run("budget", "show", "--plan", "viet-hung-2025", "--as-of", "2025-12-31")
        #expect(plan.stderr == "bdhvs: warning: đã giải ngân 25.000.000 đồng từ nguồn 'Xã hội hóa', vượt dự toán 20.000.000 đồng là 5.000.000 đồng\n")
    }
}
