import Foundation
import Testing
import BDHVSTestSupport

/// `plan import` of a real plan's task table as it is printed: Phụ lục II of Nghị quyết
/// 03/NQ-CP, groups I and II (tasks 1 to 42), laid out by `scripts/make-nq03-office-fixtures.py`
/// as the document prints it (.docx: group rows merged across, multi-line cells) and as a
/// spreadsheet holds it (.xlsx: merged title and group rows, wrapped headers, numbers).
/// The plan written and the checks listed on stderr are compared with golden files.
@Suite struct RealPlanImportCLITests {
    private static let fixture = "Tests/TableImportFixtures/nq03-pl2-i-ii"

    /// Imports the fixture of kind `ext` (copied into the sandbox), returning the run and
    /// the plan written, with the sandbox's path replaced by `<TMP>`.
    private func imported(_ ext: String) throws -> (cli: CLI, result: CLI.Result, yaml: String) {
        let cli = try CLI()
        let data = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("\(Self.fixture).\(ext)"))
        let input = try cli.write("phu-luc-ii.\(ext)", data)
        let output = cli.path("phu-luc-ii.yaml")
        let result = try cli.run(["plan", "import", input, "--output", output])
        let yaml = cli.sanitize(try String(contentsOfFile: output, encoding: .utf8))
        return (cli, result, yaml)
    }

    @Test(arguments: ["docx", "xlsx"]) func theTableBecomesTheGoldenPlanWithItsChecks(ext: String) throws {
        let (cli, result, yaml) = try imported(ext)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "")
        Golden.expect(result.stderr, matches: "import-nq03-pl2-\(ext)-checks")
        Golden.expect(yaml, matches: "import-nq03-pl2-\(ext)-plan")
        // Two groups, 42 tasks; the laws listed in task 14 are its description, one a line.
        #expect(yaml.components(separatedBy: "\n  - id: nhom-").count - 1 == 2)
        #expect(yaml.components(separatedBy: "\n  - id: nv").count - 1 == 42)
        #expect(yaml.contains("    description: |-\n      - Sửa đổi một số quy định trong Luật Viên chức;"))
        // Task 42 states no time: the plan, its place and issuer filled in, is valid, the task
        // has no known deadline.
        let path = cli.path("phu-luc-ii.yaml")
        try FilledIn.plan(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        let validate = try cli.run(["plan", "validate", path])
        #expect(validate.exitCode == 0)
        #expect(validate.stdout.hasSuffix("phu-luc-ii.yaml: hợp lệ (42 nhiệm vụ, 0 nhiệm vụ con)\n"))
    }

    @Test func wordAndExcelGiveTheSamePlan() throws {
        let word = try imported("docx").yaml
        let excel = try imported("xlsx").yaml
        #expect(word.replacingOccurrences(of: "phu-luc-ii.docx", with: "phu-luc-ii.xlsx") == excel)
    }

    /// Kế hoạch 617/KH-UBND of Đồng Tháp, its appendix as the published copy has it (group
    /// rows are one cell across the table, numbers run through the groups, "Quí IV-2025"):
    /// the import is the plan kept in `Tests/RealPlans/` but for its head, filled in by hand.
    @Test func aProvincesTableBecomesThePlanKeptFromIt() throws {
        let cli = try CLI()
        let data = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/TableImportFixtures/kh617-dong-thap.csv"))
        let input = try cli.write("kh617.csv", data)
        let output = cli.path("kh617.yaml")
        let result = try cli.run(["plan", "import", input, "--output", output])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "")
        #expect(cli.sanitize(result.stderr) == "<TMP>/kh617.csv:1:1: warning: bảng không có tên kế hoạch, xã, tỉnh và cơ quan ban hành: "
            + "đã ghi tạm, cần điền lại; năm kế hoạch lấy là 2025 theo cột thời gian\n")
        func body(_ yaml: String) throws -> String { String(yaml[try #require(yaml.range(of: "\nagencies:\n")).lowerBound...]) }
        let kept = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/RealPlans/kh617-dong-thap-2025.yaml"), encoding: .utf8)
        #expect(try body(String(contentsOfFile: output, encoding: .utf8)) == (try body(kept)))
        #expect(kept.contains("\n  - id: nhom-1\n    number: I.\n    title: NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY\n"))
    }

    /// Kế hoạch 179/KH-UBND of Đồng Nai as its published copy prints the appendix: parts A, B,
    /// C divided into groups, the column headers repeated under the groups of B and C, and
    /// two sub-heading rows: each is said on stderr, and the plan written is the one kept.
    @Test func aTableInPartsBecomesThePlanKeptFromIt() throws {
        let cli = try CLI()
        let data = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/TableImportFixtures/kh179-dong-nai.csv"))
        let input = try cli.write("kh179.csv", data)
        let output = cli.path("kh179.yaml")
        let result = try cli.run(["plan", "import", input, "--output", output, "--lang", "en"])
        #expect(result.exitCode == 0)
        let lines = cli.sanitize(result.stderr).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("row repeats the table's header; row skipped") }.map { $0.prefix(21) }
            == ["<TMP>/kh179.csv:61:1:", "<TMP>/kh179.csv:71:1:", "<TMP>/kh179.csv:76:1:", "<TMP>/kh179.csv:81:1:",
                "<TMP>/kh179.csv:87:1:", "<TMP>/kh179.csv:102:1", "<TMP>/kh179.csv:107:1", "<TMP>/kh179.csv:112:1"])
        #expect(lines.contains("<TMP>/kh179.csv:3:1: warning: part 'A' ('PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ') "
            + "is divided into groups: they are numbered 'A.I', 'A.II', …; check it"))
        #expect(lines.filter { $0.contains("is divided into groups") }.count == 3)
        #expect(lines.filter { $0.contains("row has text but no task content") }.map { $0.prefix(21) }
            == ["<TMP>/kh179.csv:88:1:", "<TMP>/kh179.csv:97:1:"])
        #expect(lines.count == 18)
        func body(_ yaml: String) throws -> String { String(yaml[try #require(yaml.range(of: "\nagencies:\n")).lowerBound...]) }
        let kept = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/RealPlans/kh179-dong-nai-2025.yaml"), encoding: .utf8)
        #expect(try body(String(contentsOfFile: output, encoding: .utf8)) == (try body(kept)))
    }
}
