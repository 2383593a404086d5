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

    /// A province or commune written as the dashboard's address and the plans' ids write it,
    /// dashes for spaces ('quang-ngai' from /tinh/quang-ngai, 'nghia-giang'), is the place:
    /// it was refused with "did you mean 'Quảng Ngãi'", and a key trusted so was a second
    /// commune that never sends.
    @Test func aPlaceWrittenWithDashesIsThePlace() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let province = try cli.run("plan", "status", "--province", "quang-ngai", "--as-of", "2025-12-31", "--format", "json")
        #expect(province.exitCode == 0)
        #expect(province.stdout.contains("\"total\" : 11"))
        let commune = try cli.run("task", "list", "--commune", "xa-dong-tra-bong", "--overdue", "--as-of", "2025-12-31")
        #expect(commune.stdoutLines.first == "Kế hoạch dong-tra-bong-2025:")
        #expect(commune.stdoutLines.last == "2 nhiệm vụ.")
        let results = try cli.run("results", "--commune", "nghia-giang", "--as-of", "2025-12-31")
        #expect(results.stdoutLines.first == "Kết quả theo nhóm đối tượng đến ngày 31/12/2025 (1 xã, phường)")
        let unknown = try cli.run("plan", "status", "--province", "ha-noi", "--as-of", "2025-12-31")
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr == "bdhvs: error: không có kế hoạch nào đã nạp thuộc 'ha-noi'\n")

        let key = try cli.run("package", "keygen", "--output", cli.path("ng.key"))
        #expect(key.exitCode == 0)
        let publicKey = try String(contentsOfFile: cli.path("ng.key.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let trust = try cli.run("package", "trust", publicKey, "--commune", "nghia-giang", "--province", "quang-ngai")
        #expect(trust.stdout == "Đã tin cậy khóa \(publicKey) cho xã Nghĩa Giang, Quảng Ngãi.\n")
        let freshness = try cli.run("plan", "status", "--province", "quang-ngai", "--since", "2025-12-01", "--as-of", "2025-12-31")
        #expect(freshness.stdoutLines == ["Dữ liệu các xã, phường (cần tính đến ngày 01/12/2025):", "  Cần liên hệ (2):",
                                          "    xã Đông Trà Bồng  chưa gửi gói dữ liệu", "    xã Nghĩa Giang    chưa gửi gói dữ liệu",
                                          "  Đã cập nhật (0):", "    không có"])
    }

    /// The communes to call of a province of which nothing is known were "none has sent a
    /// package or had a key trusted", with exit 0, in a database holding other provinces'
    /// communes: a province mistyped read as all well. It is an unknown place, as for the status.
    @Test func theCommunesToCallOfAnUnknownProvinceAreRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        for command in [["results"], ["plan", "status"]] {
            let result = try cli.run(command + ["--province", "Quang Nam", "--since", "2025-12-01", "--as-of", "2025-12-31"])
            #expect(result.exitCode == 1)
            #expect(result.stderr == "bdhvs: error: không có kế hoạch nào đã nạp thuộc 'Quang Nam'; có phải là 'Quảng Ngãi'?\n")
        }
        let empty = try CLI()
        #expect(try empty.run("package", "keygen", "--output", empty.path("k.key")).exitCode == 0)
        let publicKey = try String(contentsOfFile: empty.path("k.key.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try empty.run("package", "trust", publicKey, "--commune", "Nghĩa Giang", "--province", "Quảng Ngãi").exitCode == 0)
        let known = try empty.run("results", "--province", "quang ngai", "--since", "2025-12-01", "--as-of", "2025-12-31")
        #expect(known.exitCode == 0)
        #expect(known.stdoutLines.prefix(3) == ["Dữ liệu các xã, phường (cần tính đến ngày 01/12/2025):", "  Cần liên hệ (1):",
                                                "    Nghĩa Giang  chưa gửi gói dữ liệu"])
    }
}
