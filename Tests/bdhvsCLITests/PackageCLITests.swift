import Foundation
import Testing
import BDHVSTestSupport

// `bdhvs package keygen|export|trust|import` as officials run them: two communes pack their
// work, the province trusts their keys and imports a folder of packages.

@Suite struct PackageCLITests {
    /// Runs `arguments` against the database `db` (a file in the sandbox), as of 31/12/2025.
    @discardableResult
    func run(_ cli: CLI, db: String, _ arguments: String...) throws -> CLI.Result {
        try cli.run(["--db", cli.path(db), "--as-of", "2025-12-31"] + arguments)
    }

    @Test func communesToProvince() throws {
        let cli = try CLI()
        for (name, plan) in [("nghia-giang", RecordPlans.nghiaGiang), ("duc-thinh", RecordPlans.ducThinh)] {
            let file = try cli.write(name + ".yaml", plan)
            #expect(try run(cli, db: name + ".sqlite", "plan", "load", file).succeeded)
            let keygen = try run(cli, db: name + ".sqlite", "package", "keygen", "--output", cli.path(name + ".key"))
            #expect(keygen.succeeded, "\(keygen)")
            #expect(keygen.stdoutLines.first == "Đã tạo khóa bí mật <TMP>/\(name).key (chỉ chủ tệp đọc được; giữ kín, sao lưu an toàn) và khóa công khai <TMP>/\(name).key.pub:")
            let mode = try FileManager.default.attributesOfItem(atPath: cli.path(name + ".key"))[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let again = try run(cli, db: "nghia-giang.sqlite", "package", "keygen", "--output", cli.path("nghia-giang.key"))
        #expect(again.exitCode == 2)
        #expect(again.stderr == "bdhvs: error: tệp khóa '<TMP>/nghia-giang.key' đã có; bdhvs không ghi đè khóa\n")

        let activity = try run(cli, db: "nghia-giang.sqlite", "activity", "add", "nv1", "--date", "2025-10-09", "--participants", "145")
        #expect(activity.succeeded, "\(activity)")
        // Results (issue 13) travel too: the population and the confirmed persons.
        #expect(try run(cli, db: "nghia-giang.sqlite", "population", "set", "nguoi-dan", "39371", "--date", "2025-10-01").succeeded)
        #expect(try run(cli, db: "nghia-giang.sqlite", "coverage", "record", "nguoi-dan", "1517", "--date", "2025-12-06").succeeded)
        try FileManager.default.createDirectory(atPath: cli.path("goi"), withIntermediateDirectories: true)
        let export = try run(cli, db: "nghia-giang.sqlite", "package", "export", "--key", cli.path("nghia-giang.key"), "--output", cli.path("goi/nghia-giang.bdhvs"))
        #expect(export.stdout == "Đã đóng gói 1 kế hoạch của xã Nghĩa Giang, Quảng Ngãi tính đến ngày 31/12/2025 vào <TMP>/goi/nghia-giang.bdhvs (nghia-giang-2025).\n")
        #expect(try run(cli, db: "duc-thinh.sqlite", "package", "export", "--key", cli.path("duc-thinh.key"), "--output", cli.path("goi/duc-thinh.bdhvs")).succeeded)

        let untrusted = try run(cli, db: "tinh.sqlite", "package", "import", cli.path("goi"))
        #expect(untrusted.exitCode == 1)
        #expect(untrusted.stdoutLines == [
            "<TMP>/goi/duc-thinh.bdhvs: từ chối: chưa có khóa công khai nào được tin cậy cho 'xã Đức Thịnh', 'Hà Tĩnh'; hãy dùng 'bdhvs package trust'",
            "<TMP>/goi/nghia-giang.bdhvs: từ chối: chưa có khóa công khai nào được tin cậy cho 'xã Nghĩa Giang', 'Quảng Ngãi'; hãy dùng 'bdhvs package trust'",
            "Tổng: nhận 0, không đổi 0, từ chối 2 gói.",
        ])
        let trust = try run(cli, db: "tinh.sqlite", "package", "trust", cli.path("nghia-giang.key.pub"), "--commune", "Xã Nghĩa Giang", "--province", "Quảng Ngãi")
        #expect(trust.succeeded, "\(trust)")
        #expect(trust.stdout.hasPrefix("Đã tin cậy khóa ed25519:"))
        let publicKey = try String(contentsOfFile: cli.path("duc-thinh.key.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run(cli, db: "tinh.sqlite", "package", "trust", publicKey, "--commune", "Đức Thịnh", "--province", "Hà Tĩnh").succeeded)
        let badKey = try run(cli, db: "tinh.sqlite", "package", "trust", "ed25519:abc", "--commune", "Đức Thịnh", "--province", "Hà Tĩnh")
        #expect(badKey.exitCode == 1)
        #expect(badKey.stderr == "bdhvs: error: 'ed25519:abc' không phải khóa công khai do 'bdhvs package keygen' tạo (dạng 'ed25519:…')\n")

        let imported = try run(cli, db: "tinh.sqlite", "package", "import", cli.path("goi"))
        #expect(imported.succeeded, "\(imported)")
        #expect(imported.stdoutLines.count == 3)
        #expect(imported.stdoutLines[1].hasPrefix("<TMP>/goi/nghia-giang.bdhvs: đã nhận gói của xã Nghĩa Giang, Quảng Ngãi tính đến ngày 31/12/2025: thêm "))
        #expect(imported.stdoutLines[2] == "Tổng: nhận 2, không đổi 0, từ chối 0 gói.")
        let list = try run(cli, db: "tinh.sqlite", "activity", "list")
        #expect(list.stdout.contains("145 người"))
        let atCommune = try run(cli, db: "nghia-giang.sqlite", "results", "--commune", "Nghĩa Giang", "--format", "json")
        let atProvince = try run(cli, db: "tinh.sqlite", "results", "--commune", "Nghĩa Giang", "--format", "json")
        #expect(atCommune.succeeded && atProvince.succeeded, "\(atProvince)")
        #expect(atProvince.stdout == atCommune.stdout)
        #expect(atProvince.stdout.contains("39371"))

        let loaded = try run(cli, db: "tinh.sqlite", "plan", "load", try cli.write("viet-hung.yaml", RecordPlans.vietHung))
        #expect(loaded.succeeded, "\(loaded)")
        let toCall = try run(cli, db: "tinh.sqlite", "plan", "status", "--since", "2026-01-01")
        #expect(toCall.succeeded, "\(toCall)")
        #expect(toCall.stdoutLines == [
            "Dữ liệu các xã, phường (cần tính đến ngày 01/01/2026):",
            "  Cần liên hệ (3):",
            "    phường Việt Hưng  chưa gửi gói dữ liệu",
            "    xã Đức Thịnh      dữ liệu tính đến ngày 31/12/2025",
            "    xã Nghĩa Giang    dữ liệu tính đến ngày 31/12/2025",
            "  Đã cập nhật (0):",
            "    không có",
        ])
        let province = try run(cli, db: "tinh.sqlite", "plan", "status", "--province", "quang ngai", "--since", "2025-12-31", "--lang", "en")
        #expect(province.stdoutLines == [
            "Communes' data (needed as of 2025-12-31):",
            "  To call (0):",
            "    none",
            "  Up to date (1):",
            "    xã Nghĩa Giang  data as of 2025-12-31",
        ])
        let results = try run(cli, db: "tinh.sqlite", "results", "--province", "Quảng Ngãi", "--since", "2026-01-01")
        #expect(results.stdoutLines == [
            "Dữ liệu các xã, phường (cần tính đến ngày 01/01/2026):",
            "  Cần liên hệ (1):",
            "    xã Nghĩa Giang  dữ liệu tính đến ngày 31/12/2025",
            "  Đã cập nhật (0):",
            "    không có",
        ])
        let status = try run(cli, db: "tinh.sqlite", "plan", "status")
        #expect(status.stdoutLines.suffix(4) == [
            "Dữ liệu các xã, phường:",
            "  phường Việt Hưng  chưa gửi gói dữ liệu",
            "  xã Đức Thịnh      dữ liệu tính đến ngày 31/12/2025",
            "  xã Nghĩa Giang    dữ liệu tính đến ngày 31/12/2025",
        ])

        let json = try run(cli, db: "tinh.sqlite", "package", "import", cli.path("goi/nghia-giang.bdhvs"), "--format", "json")
        #expect(json.succeeded, "\(json)")
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(entries?.first?["status"] as? String == "unchanged")
        #expect(entries?.first?["as_of"] as? String == "2025-12-31")
        #expect(entries?.first?["commune"] as? String == "Nghĩa Giang")
        #expect(entries?.first?["commune_kind"] as? String == "xã")

        var bytes = try Data(contentsOf: URL(fileURLWithPath: cli.path("goi/nghia-giang.bdhvs")))
        bytes[bytes.count - 10] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: cli.path("altered.bdhvs")))
        let altered = try run(cli, db: "tinh.sqlite", "package", "import", cli.path("altered.bdhvs"), "--lang", "en")
        #expect(altered.exitCode == 1)
        #expect(altered.stdoutLines.first == "<TMP>/altered.bdhvs: refused: the package is damaged or altered: its checksum does not match")
    }
}
