import BDHVSCore
import bdhvs_bench
import Foundation
import Testing

/// Roll-ups across communes and provinces on a small generated national dataset: two
/// communes in each of the 34 provinces, with a year of recorded progress.
@Suite struct NationalRollUpTests {
    /// A database with the dataset loaded through the CLI and its progress recorded.
    static func dataset() throws -> CLI {
        let cli = try CLI()
        let generator = NationalGenerator(tasks: 400, seed: 7, communesPerProvince: 2)
        let (plans, progress) = generator.generate()
        let folder = cli.directory.appendingPathComponent("plans")
        for plan in plans {
            let url = folder.appendingPathComponent(plan.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(plan.yaml.utf8).write(to: url)
        }
        let load = try cli.run("plan", "load", folder.path)
        #expect(load.exitCode == 0, "\(load)")
        #expect(load.stdoutLines.last == "Đã nạp 68 kế hoạch; 0 tệp có lỗi không được nạp.")
        let store = try TaskStore.open(path: cli.databasePath)
        let requests = NationalGenerator.requests(fromTSV: NationalGenerator.tsv(progress), recordedOn: CivilDate(year: 2025, month: 12, day: 31)!)
        #expect(try store.record(batch: requests) == requests.count)
        return cli
    }

    @Test func nationalProvinceAndCommuneRollUps() throws {
        let cli = try Self.dataset()
        let national = try cli.run("plan", "status", "--as-of", "2025-12-31")
        #expect(national.succeeded, "\(national)")
        Golden.expect(national, matches: "national-rollup-2025-12-31")

        // The JSON adds up: per-plan counts sum to the national counts, provinces to plans.
        let report = try object(parseJSON(try cli.run("plan", "status", "--as-of", "2025-12-31", "--format", "json")))
        let counts = try object(report["counts"])
        let plans = try array(report["plans"]).map { try object($0) }
        #expect(plans.count == 68)
        for category in ["done_on_time", "done_late", "in_progress", "overdue", "ongoing", "deadline_unknown"] {
            let sum = try plans.map { try object($0["counts"])[category] as? Int ?? 0 }.reduce(0, +)
            #expect(sum == counts[category] as? Int, "\(category)")
        }
        let provinces = try array(report["provinces"]).map { try object($0) }
        #expect(provinces.count == 34)
        #expect(provinces.map { $0["plans"] as? Int ?? 0 }.reduce(0, +) == 68)
        #expect(provinces.map { $0["overdue"] as? Int ?? 0 }.reduce(0, +) == counts["overdue"] as? Int)
        #expect(report["overdue_total"] as? Int == counts["overdue"] as? Int)
        let listed = try array(report["overdue"]).flatMap { try array(object($0)["tasks"]).map { try object($0) } }
        #expect(Set(listed.map { "\($0["plan"] ?? "")/\($0["id"] ?? "")" }).count == 50)

        // One province: its two communes, accent-insensitive, with or without "tỉnh".
        let province = try cli.run("plan", "status", "--province", "tinh quang ngai", "--as-of", "2025-12-31")
        #expect(province.succeeded, "\(province)")
        Golden.expect(province, matches: "national-rollup-quang-ngai-2025-12-31")
        let provinceJSON = try object(parseJSON(try cli.run("plan", "status", "--province", "Quảng Ngãi", "--as-of", "2025-12-31",
                                                            "--format", "json")))
        #expect(try array(provinceJSON["plans"]).count == 2)
        #expect(try array(provinceJSON["provinces"]).isEmpty)

        // Overdue per agency in one province; every commune's VH-XH across the country.
        let overdue = try cli.run("agency", "overdue", "--province", "Quảng Ngãi", "--as-of", "2025-12-31")
        #expect(overdue.succeeded, "\(overdue)")
        Golden.expect(overdue, matches: "national-agency-overdue-quang-ngai-2025-12-31")
        let kind = try array(parseJSON(try cli.run("task", "list", "--overdue", "--agency", "Phong VH-XH", "--as-of", "2025-12-31",
                                                   "--format", "json"))).map { try object($0) }
        #expect(!kind.isEmpty)
        #expect(kind.allSatisfy { ($0["lead"] as? [String])?.contains("Phòng Văn hóa - Xã hội") == true && $0["status"] as? String == "overdue" })
        #expect(Set(kind.compactMap { $0["plan"] as? String }).count > 10)

        // An unknown province is one clear line with a suggestion.
        let unknown = try cli.run("plan", "status", "--province", "Quang Ngai 2", "--as-of", "2025-12-31")
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr == "bdhvs: error: không có kế hoạch nào đã nạp thuộc 'Quang Ngai 2'; có phải là 'Quảng Ngãi'?\n")
    }
}
