import Foundation
import Testing

/// `bdhvs plan validate`: good files say so on standard output, problems go to standard
/// error compiler-style, and any problem makes the exit code 1.
@Suite struct ValidateTests {
    @Test func examplePlansAreValid() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "validate", ExamplePlan.dongTraBong, ExamplePlan.nghiaGiang)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Plans/dong-tra-bong-2025.yaml: hợp lệ (5 nhiệm vụ, 2 nhiệm vụ con)
            Plans/nghia-giang-2026.yaml: hợp lệ (10 nhiệm vụ, 7 nhiệm vụ con)

            """)
        Golden.expect(result, matches: "validate-examples")
    }

    /// Three different problems, found by three different rules; the one found last
    /// (the agency of a duty, checked after the tasks) sits first in the file, so the
    /// order on standard error shows the findings are sorted by place.
    static let badPlan = """
        format: 1
        id: xa-thu-2025
        title: Kế hoạch thử
        commune: Thử
        province: Quảng Ngãi
        year: 2025
        issuer: UBND xã Thử
        agencies:
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
        duties:
          - agency: Phòng Kinh tế
            items:
              - Theo dõi, đôn đốc.
        tasks:
          - id: nv1
            title: Lễ phát động
            lead: vhxh
            timeline: Tháng 8/2025
          - id: nv2
            title: Tập huấn
            lead: vhxh
            timeline: ngày 31/02/2025
          - id: nv1
            title: Truyền thông
            lead: vhxh
            timeline: Thường xuyên

        """

    @Test func badFileReportsEveryProblemSortedByPlace() throws {
        let cli = try CLI()
        let bad = try cli.write("bad.yaml", Self.badPlan)
        let result = try cli.run("plan", "validate", bad, ExamplePlan.dongTraBong)
        #expect(result.exitCode == 1)
        #expect(result.stderrLines == [
            "<TMP>/bad.yaml:12:13: error: không có cơ quan 'Phòng Kinh tế'; cần mã, tên hoặc tên gọi khác của một cơ quan trong 'agencies' ('vhxh')",
            "<TMP>/bad.yaml:23:20: error: ngày không có thật '31/02/2025': tháng 2 năm 2025 có 28 ngày",
            "<TMP>/bad.yaml:24:9: error: mã nhiệm vụ 'nv1' bị trùng; mã này đã dùng ở dòng 16",
        ])
        #expect(result.stderrLines == result.stderrLines.sorted { lhs, rhs in
            let l = lhs.split(separator: ":"), r = rhs.split(separator: ":")
            return (Int(l[1])!, Int(l[2])!) < (Int(r[1])!, Int(r[2])!)
        })
        // The good file is still checked and reported; nothing about the bad one on stdout.
        #expect(result.stdout == "Plans/dong-tra-bong-2025.yaml: hợp lệ (5 nhiệm vụ, 2 nhiệm vụ con)\n")
        #expect(!result.stdout.contains("bad.yaml"))
        Golden.expect(result, matches: "validate-bad-file")
    }

    @Test func badFileAloneWritesNothingOnStandardOutput() throws {
        let cli = try CLI()
        let bad = try cli.write("bad.yaml", Self.badPlan)
        let result = try cli.run("plan", "validate", bad)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines.count == 3)
        #expect(result.stderrLines.allSatisfy { $0.hasPrefix("<TMP>/bad.yaml:") && $0.contains(": error: ") })
    }

    @Test func validateWritesNoDatabase() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "validate", ExamplePlan.dongTraBong)
        #expect(result.exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    @Test func missingFileIsOneClearLine() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "validate", "Plans/no-such-plan.yaml")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines.count == 1)
        let line = try #require(result.stderrLines.first)
        #expect(line.contains("Plans/no-such-plan.yaml"))
        #expect(line.contains("error"))
        #expect(line == "Plans/no-such-plan.yaml:1:1: error: không có tệp này")
    }

    @Test func missingFileDoesNotStopTheOthers() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "validate", "Plans/no-such-plan.yaml", ExamplePlan.nghiaGiang)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "Plans/nghia-giang-2026.yaml: hợp lệ (10 nhiệm vụ, 7 nhiệm vụ con)\n")
        #expect(result.stderrLines == ["Plans/no-such-plan.yaml:1:1: error: không có tệp này"])
    }

    @Test func englishSummary() throws {
        let cli = try CLI()
        let result = try cli.run("plan", "validate", "--lang", "en", ExamplePlan.dongTraBong)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Plans/dong-tra-bong-2025.yaml: valid (5 tasks, 2 sub-tasks)\n")
    }
}
