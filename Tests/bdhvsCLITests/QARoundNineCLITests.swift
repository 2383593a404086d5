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
}
