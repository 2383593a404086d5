import Foundation
import Testing

/// What bdhvs prints to a terminal never carries a control the terminal would obey (issue
/// 10): an error quotes what it was given, shown with visible control pictures.
@Suite struct TerminalSafetyTests {
    @Test func anErrorQuotingAnEscapeSequenceShowsItInsteadOfSendingIt() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        let result = try cli.run("task", "show", "nv1\u{1B}[2J\u{7}", "--as-of", "2025-09-05")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "bdhvs: error: không có nhiệm vụ 'nv1␛[2J␇' trong các kế hoạch đã nạp\n")
    }
}
