import Foundation
import Testing
@testable import bdhvs

/// Findings of the ninth QA round, run as an official runs them.
@Suite struct QARoundNineCLITests {
    /// A village mistyped was answered with the id of the closest one ("có phải là
    /// 'thon-3'?") where the official had typed a name: the suggestion is the village as it is
    /// typed ("Thôn 3"), with its id beside it.
    @Test func aVillageIsSuggestedByTheNameTypedWithItsId() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let vi = try cli.run("coverage", "record", "nguoi-dan", "10", "--village", "Thôn 33", "--date", "2025-12-15", "--as-of", "2025-12-31")
        #expect(vi.exitCode == 1)
        #expect(vi.stderr == "bdhvs: error: kế hoạch 'nghia-giang-2025' không có thôn, tổ dân phố 'Thôn 33'; có phải là 'Thôn 3' (mã 'thon-3')?\n")
        let en = try cli.run("team", "add", "Thon 3a", "--members", "5", "--date", "2025-08-05", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.exitCode == 1)
        #expect(en.stderr == "bdhvs: error: plan 'nghia-giang-2025' has no village 'Thon 3a'; did you mean 'Thôn 3' (id 'thon-3')?\n")
        // The suggestion is what may be typed: it is taken.
        #expect(try cli.run("coverage", "record", "nguoi-dan", "10", "--village", "Thôn 3", "--date", "2025-12-15", "--as-of", "2025-12-31").exitCode == 0)
    }

    /// `budget show` printed a negative remainder (more disbursed than the estimate) and said
    /// nothing of it: each source spent past its estimate is now a warning on standard error,
    /// as `budget spend` gives when it happens.
    @Test func budgetShowWarnsOfASourceSpentPastItsEstimate() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try cli.run("budget", "spend", "nv1", "70.000.000", "--source", "nsnn", "--date", "2025-10-20", "--as-of", "2025-12-31", "--by", "Lan").exitCode == 0)
        let vi = try cli.run("budget", "show", "--as-of", "2025-12-31")
        #expect(vi.exitCode == 0)
        #expect(vi.stdoutLines[1] == "  Ngân sách nhà nước theo phân cấp  55.000.000 đồng  70.000.000 đồng         0 đồng  -15.000.000 đồng")
        #expect(vi.stderr == "bdhvs: warning: đã giải ngân 70.000.000 đồng từ nguồn 'Ngân sách nhà nước theo phân cấp', vượt dự toán 55.000.000 đồng là 15.000.000 đồng\n")
        let en = try cli.run("budget", "show", "--as-of", "2025-12-31", "--lang", "en")
        #expect(en.stderr == "bdhvs: warning: 70,000,000 VND disbursed from 'Ngân sách nhà nước theo phân cấp', 15,000,000 VND over its estimate of 55,000,000 VND\n")
        // The plan's status shows the same table, and says the same.
        let status = try cli.run("plan", "status", "nghia-giang-2025", "--as-of", "2025-12-31")
        #expect(status.stderr == vi.stderr)
        // Within the estimate: nothing to say.
        let within = try CLI()
        #expect(try within.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        #expect(try within.run("budget", "spend", "nv1", "24.500.000", "--source", "nsnn", "--date", "2025-10-20", "--as-of", "2025-12-31").exitCode == 0)
        #expect(try within.run("budget", "show", "--as-of", "2025-12-31").succeeded)
    }
}
