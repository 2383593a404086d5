import Foundation
import Testing

/// `bdhvs plan status --by group` on a real plan: tasks counted per numbered task group.
@Suite struct GroupStatusCLITests {
    @Test func textAndJSON() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Tests/RealPlans/nq03-cp-2025.yaml").exitCode == 0)
        let text = try cli.run("plan", "status", "nq03-cp-2025", "--by", "group", "--as-of", "2025-07-01")
        #expect(text.exitCode == 0)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Tình hình thực hiện theo nhóm nhiệm vụ (140 nhiệm vụ) · Tính đến ngày 01/07/2025")
        #expect(lines[2].hasPrefix("Nhóm  Tên nhóm"))
        #expect(lines[3].hasPrefix("I.    Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quy…"))
        #expect(lines[9] == "VII.  Tăng cường hợp tác quốc tế trong phát triển khoa học, công…          9           0          5        0             4            0")
        #expect(lines[5] == ("III.  Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công ng…        34           0         26        2             6            0"))
        let json = try cli.run("plan", "status", "--by", "group", "--format", "json", "--as-of", "2025-07-01")
        #expect(json.exitCode == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["group"] as? String } == ["nhom-1", "nhom-2", "nhom-3", "nhom-4", "nhom-5", "nhom-6", "nhom-7"])
        #expect(rows.map { $0["total"] as? Int } == [13, 29, 34, 12, 28, 15, 9])
        #expect(rows.map { $0["overdue"] as? Int } == [6, 4, 2, 0, 6, 2, 0])
        let list = try cli.run("plan", "list")
        #expect(list.stdout.hasPrefix("Mã            Cơ quan, đơn vị  Tỉnh  Năm        Nhiệm vụ"), "\(list.stdout)")
        #expect(list.stdout.contains("nq03-cp-2025  Chính phủ              2025–2030       140  "))
    }
}
