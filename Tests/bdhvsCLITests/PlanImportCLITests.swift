import Foundation
import Testing
import BDHVSTestSupport

/// `plan import` and `plan new` as an officer runs them: the files written, the warnings on
/// stderr in Vietnamese by default, the plan validating, an existing file never overwritten.
@Suite struct PlanImportCLITests {
    private let table = """
    STT;Nội dung công việc;Đơn vị chủ trì;Thời gian hoàn thành;Kết quả
    1;Tổ chức Lễ phát động;UBND xã;Tháng 8/2025;Chương trình
    2;Tuyên truyền trên mạng xã hội;Phòng Văn hóa - Xã hội;Thường xuyên;Tin bài
    3;Báo cáo sơ kết;Phòng VH-XH;Quý IV/2025;Báo cáo

    """

    @Test func importWritesAPlanThatValidatesAndTheSchemaBesideIt() throws {
        let cli = try CLI()
        let input = try cli.write("bang.csv", table)
        let output = cli.path("ke-hoach.yaml")
        let result = try cli.run(["plan", "import", input, "--output", output])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "")
        #expect(result.stderrLines == [
            "<TMP>/bang.csv:1:1: warning: bảng không có tên kế hoạch, xã, tỉnh và cơ quan ban hành: đã ghi tạm, cần điền lại; năm kế hoạch lấy là 2025 theo cột thời gian",
            "<TMP>/bang.csv:4:18: warning: 'Phòng VH-XH' được coi là cùng cơ quan với 'Phòng Văn hóa - Xã hội' (tên viết tắt); cần kiểm tra",
        ])
        #expect(FileManager.default.fileExists(atPath: cli.path("plan.schema.json")))
        // Refused until its place and issuer are filled in; then valid.
        let unfilled = try cli.run(["plan", "validate", output])
        #expect(unfilled.exitCode == 1)
        #expect(unfilled.stderrLines == [
            "<TMP>/ke-hoach.yaml:8:10: error: 'Chưa rõ' ở 'commune' là chỗ để điền: cần ghi tên xã (phường)",
            "<TMP>/ke-hoach.yaml:9:11: error: 'Chưa rõ' ở 'province' là chỗ để điền: cần ghi tên tỉnh (thành phố)",
            "<TMP>/ke-hoach.yaml:11:9: error: 'Chưa rõ' ở 'issuer' là chỗ để điền: cần ghi cơ quan ban hành kế hoạch",
        ])
        try FilledIn.plan(try String(contentsOfFile: output, encoding: .utf8)).write(toFile: output, atomically: true, encoding: .utf8)
        let validate = try cli.run(["plan", "validate", output])
        #expect(validate.exitCode == 0)
        #expect(validate.stdout == "<TMP>/ke-hoach.yaml: hợp lệ (3 nhiệm vụ, 0 nhiệm vụ con)\n")
        // Imported again onto the plan being completed: refused, the file kept as it was.
        let written = try String(contentsOfFile: output, encoding: .utf8)
        try (written + "# đã sửa\n").write(toFile: output, atomically: true, encoding: .utf8)
        let again = try cli.run(["plan", "import", input, "--output", output])
        #expect(again.exitCode == 1)
        #expect(again.stderrLines == ["bdhvs: error: tệp '<TMP>/ke-hoach.yaml' đã có; không ghi đè"])
        #expect(try String(contentsOfFile: output, encoding: .utf8) == written + "# đã sửa\n")
    }

    @Test func importOfAFileThatIsNotATableIsRefused() throws {
        let cli = try CLI()
        let input = try cli.write("khac.csv", "a;b\n1;2\n")
        let result = try cli.run(["plan", "import", input, "--lang", "en"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no task table found"))
    }

    @Test func newWritesASkeletonThatValidatesAndNeverOverwrites() throws {
        let cli = try CLI()
        let output = cli.path("moi/ke-hoach.yaml")
        try FileManager.default.createDirectory(atPath: cli.path("moi"), withIntermediateDirectories: true)
        let result = try cli.run(["plan", "new", "--output", output])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Đã tạo <TMP>/moi/ke-hoach.yaml và <TMP>/moi/plan.schema.json\n")
        // Valid once the place and issuer are filled in (each placeholder is an error until then).
        #expect(try cli.run(["plan", "validate", output]).stderrLines.count == 3)
        try FilledIn.plan(try String(contentsOfFile: output, encoding: .utf8)).write(toFile: output, atomically: true, encoding: .utf8)
        #expect(try cli.run(["plan", "validate", output]).exitCode == 0)
        let again = try cli.run(["plan", "new", "--output", output])
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("'<TMP>/moi/ke-hoach.yaml' đã có; không ghi đè"))
        // A folder as --output gets the plan inside it, with or without the final '/'.
        try FileManager.default.createDirectory(atPath: cli.path("du-thao"), withIntermediateDirectories: true)
        let folder = try cli.run(["plan", "new", "--output", cli.path("du-thao") + "/"])
        #expect(folder.stdout == "Đã tạo <TMP>/du-thao/ke-hoach.yaml và <TMP>/du-thao/plan.schema.json\n")
        let existing = try cli.run(["plan", "new", "--output", cli.path("moi")])
        #expect(existing.stderr.contains("'<TMP>/moi/ke-hoach.yaml' đã có; không ghi đè"))
    }
}
