import Foundation
import Testing

/// Findings of the eighth QA round, run as an official runs them.
@Suite struct QARoundEightCLITests {
    /// A commune that has loaded next year's plan (Nghĩa Giang, 2025 and 2026) is one
    /// commune in the province's synthesis of 2025, with its plan of 2025: it was counted
    /// twice ("03 xã, phường", 21 tasks, a row "xã Nghĩa Giang" of 10 tasks of 2026).
    @Test func theProvinceSynthesisCountsACommuneOnceWithItsPlanOfTheYear() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2025.yaml", "Plans/nghia-giang-2026.yaml").exitCode == 0)
        let year = try cli.run("report", "--province", "quang ngai", "--as-of", "2025-12-31")
        #expect(year.exitCode == 0)
        let lines = year.stdoutLines
        #expect(lines.contains("Trên địa bàn tỉnh có 02 xã, phường đã ban hành kế hoạch thực hiện Phong trào và được theo dõi tiến độ, với tổng số 11 nhiệm vụ."))
        #expect(lines.filter { $0.hasPrefix("| xã ") } == ["| xã Đông Trà Bồng | 5 | 0 | 2 | 0/5 (0%) | — |", "| xã Nghĩa Giang | 6 | 0 | 4 | 0/6 (0%) | — |"])
        #expect(lines.contains("Chưa ghi nhận hoạt động nào tính đến 31/12/2025 (02 xã, phường): xã Đông Trà Bồng, xã Nghĩa Giang."))
        // In 2026 Nghĩa Giang counts with its plan of 2026, Đông Trà Bồng (no plan of 2026) with its plan of 2025.
        let next = try cli.run("report", "--province", "quang ngai", "--period", "2026-Q1")
        #expect(next.stdoutLines.filter { $0.hasPrefix("| xã ") } == ["| xã Đông Trà Bồng | 5 | 0 | 2 | 0/5 (0%) | — |",
                                                                       "| xã Nghĩa Giang | 10 | 0 | 0 | 0/10 (0%) | — |"])
    }
}
