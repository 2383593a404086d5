import Foundation
import Testing
import BDHVSTestSupport

// End-to-end runs of `bdhvs activity`, `indicator`, `budget`, `import` and `undo` with the
// numbers of the seed reports (003 Nghĩa Giang, 001 Đức Thịnh, 004 Việt Hưng). The plans
// (`RecordPlans`, shared with the core's tests) are written into each test's sandbox.

private let asOf = ["--as-of", "2025-12-31"]

@Suite struct RecordsCLITests {
    /// A sandbox with `plan` written to its directory and loaded.
    func loaded(_ plan: String = RecordPlans.nghiaGiang, name: String = "ke-hoach.yaml") throws -> CLI {
        let cli = try CLI()
        let path = try cli.write(name, plan)
        let result = try cli.run(["plan", "load", path] + asOf)
        #expect(result.succeeded, "\(result)")
        return cli
    }

    /// Runs `arguments` as of 31/12/2025.
    @discardableResult
    func run(_ cli: CLI, _ arguments: String...) throws -> CLI.Result {
        try cli.run(arguments + asOf)
    }

    /// Nghĩa Giang's three events of report 003.
    func recordNghiaGiangEvents(_ cli: CLI) throws {
        let launch = try run(cli, "activity", "add", "nv1", "--date", "2025-10-09", "--participants", "145", "--by", "Lan",
                             "--title", "Lễ phát động, tập huấn AI", "--place", "Hội trường xã")
        #expect(launch.succeeded, "\(launch)")
        #expect(launch.stdout == "Đã ghi hoạt động nghia-giang-2025/nv1 ngày 09/10/2025: 145 người — “Lễ phát động, tập huấn AI” (#1)\n")
        let training = try run(cli, "activity", "add", "nv2", "--date", "2025-11-19", "--participants", "80", "--by", "Lan",
                               "--title", "Tập huấn chuyển đổi số, ứng dụng AI")
        #expect(training.succeeded, "\(training)")
        let portal = try run(cli, "activity", "add", "nv3", "--date", "2025-12-06", "--participants", "2148", "--by", "Lan",
                             "--group", "CBCCVC=631", "--group", "người dân=1.517", "--title", "Khóa tập huấn trên Cổng BDHVS tỉnh")
        #expect(portal.succeeded, "\(portal)")
        #expect(portal.stdout == "Đã ghi hoạt động nghia-giang-2025/nv3 ngày 06/12/2025: 2.148 người (Cán bộ, công chức, viên chức và "
            + "người lao động khu vực công: 631; Người dân trong độ tuổi trưởng thành: 1.517) — “Khóa tập huấn trên Cổng BDHVS tỉnh” (#3)\n")
    }

    // MARK: - Activities

    @Test func activityAddAndList() throws {
        let cli = try loaded()
        try recordNghiaGiangEvents(cli)

        let vi = try run(cli, "activity", "list")
        #expect(vi.succeeded, "\(vi)")
        Golden.expect(vi, matches: "records-activity-list")
        #expect(vi.stdoutLines.contains("Tổng cộng: 2.373 lượt người"))
        #expect(vi.stdout.contains("2.148 người"))

        let en = try run(cli, "activity", "list", "--lang", "en")
        #expect(en.succeeded, "\(en)")
        Golden.expect(en, matches: "records-activity-list-en")
        #expect(en.stdout.contains("2,148 people"))
        #expect(en.stdoutLines.contains("Total: 2,373 attendances"))

        let json = try run(cli, "activity", "list", "--format", "json")
        let report = try object(parseJSON(json))
        #expect(report.keys.sorted() == ["activities", "by_group", "by_group_enrolments", "enrolments", "other_units", "people"])
        #expect(report["people"] as? Int == 2373)
        #expect(report["enrolments"] as? Int == 0)
        #expect(report["by_group"] as? [String: Int] == ["cbccvc": 631, "nguoi-dan": 1517])
        let activities = try array(report["activities"])
        #expect(activities.count == 3)
        let portal = try object(activities.last)
        #expect(portal.keys.sorted() == ["counted", "date", "groups", "id", "participants", "place", "plan", "running_total", "task", "title", "unit", "village"])
        #expect(portal["participants"] as? Int == 2148)
        #expect(portal["date"] as? String == "2025-12-06")
        #expect(portal["unit"] as? String == "người")
        #expect(portal["place"] is NSNull)

        let filtered = try run(cli, "activity", "list", "--group", "người dân", "--format", "json")
        #expect(try object(parseJSON(filtered))["people"] as? Int == 2148)
    }

    @Test func enrolmentsAreListedApart() throws {
        let cli = try loaded()
        let result = try run(cli, "activity", "add", "nv3", "--date", "2025-12-06", "--participants", "2491", "--unit", "lượt", "--by", "Lan")
        #expect(result.succeeded, "\(result)")
        try run(cli, "activity", "add", "nv2", "--date", "2025-11-20", "--participants", "126", "--by", "Lan")
        let vi = try run(cli, "activity", "list")
        #expect(vi.stdoutLines.contains("Tổng cộng: 126 lượt người; 2.491 lượt"))
        let en = try run(cli, "activity", "list", "--lang", "en")
        #expect(en.stdoutLines.contains("Total: 126 attendances; 2,491 enrolments"))
    }

    @Test func groupsThatDoNotAddUpAreRefused() throws {
        let cli = try loaded()
        let result = try run(cli, "activity", "add", "nv3", "--date", "2025-12-06", "--participants", "2148", "--by", "Lan",
                             "--group", "can-bo-cong-chuc=631", "--group", "nguoi-dan=1500")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "bdhvs: error: tổng các nhóm đối tượng là 2.131, không bằng 2.148 người tham gia; hãy ghi đủ các nhóm cho khớp, hoặc không ghi nhóm nào\n")
        let unknown = try run(cli, "activity", "add", "nv3", "--date", "2025-12-06", "--participants", "10", "--by", "Lan",
                              "--group", "nguoi-dann=10")
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr == "bdhvs: error: không có nhóm đối tượng 'nguoi-dann'; có phải là 'nguoi-dan'?\n")
        #expect(try run(cli, "activity", "list").stdout == "Chưa có hoạt động nào phù hợp.\n")
    }

    @Test func usageErrors() throws {
        let cli = try loaded()
        let noEquals = try run(cli, "activity", "add", "nv3", "--date", "2025-12-06", "--participants", "631", "--by", "Lan",
                               "--group", "can-bo-cong-chuc")
        #expect(noEquals.exitCode == 64)
        #expect(noEquals.stdout == "")
        #expect(noEquals.stderrLines.first == "bdhvs: error: giá trị 'can-bo-cong-chuc' của '--group' không hợp lệ; cần NHÓM=SỐ, ví dụ cbccvc=631")

        let both = try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-06", "--by", "Lan",
                           "--value", "85", "--numerator", "850", "--denominator", "1000")
        #expect(both.exitCode == 64)
        #expect(both.stdout == "")
        #expect(both.stderrLines.first == "bdhvs: error: hãy ghi '--value', hoặc '--numerator' cùng '--denominator'")

        let half = try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-06", "--by", "Lan", "--numerator", "850")
        #expect(half.exitCode == 64)
        #expect(half.stderrLines.first == "bdhvs: error: '--numerator' và '--denominator' phải đi cùng nhau")

        let twoDecimals = try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-06", "--by", "Lan", "--value", "85,35")
        #expect(twoDecimals.exitCode == 64)
        #expect(twoDecimals.stderrLines.first
            == "bdhvs: error: giá trị '85,35' của '--value' không hợp lệ; cần một tỷ lệ phần trăm như 85,3 hoặc một số lượng, tối đa một chữ số thập phân")

        let amount = try run(cli, "budget", "spend", "nv1", "12.500.00", "--source", "nsnn", "--date", "2025-10-09", "--by", "Lan")
        #expect(amount.exitCode == 64)
        #expect(amount.stderrLines.first == "bdhvs: error: giá trị '12.500.00' của 'số tiền' không hợp lệ; cần số đồng nguyên, ví dụ 12.500.000 hoặc 12.500.000 đồng")
        let english = try run(cli, "budget", "spend", "nv1", "12.500.00", "--source", "nsnn", "--date", "2025-10-09", "--lang", "en")
        #expect(english.exitCode == 64)
        #expect(english.stderrLines == [
            "bdhvs: error: the value '12.500.00' of 'amount' is not valid; expected a whole number of đồng, e.g. 12.500.000 or 12.500.000 đồng",
            "Usage: bdhvs budget spend [--db <path>] [--as-of <date>] [--lang <lang>] [--plan <plan>] [--by <name>] <task> <amount> --source <source> --date <date> [--settled] [--note <text>]",
            "  See 'bdhvs budget spend --help' for more information.",
        ])

        // Nothing was recorded.
        #expect(try run(cli, "activity", "list").stdout == "Chưa có hoạt động nào phù hợp.\n")
        #expect(try run(cli, "undo", "--by", "Lan").stderr == "bdhvs: error: 'Lan' không còn thay đổi nào để hoàn tác\n")
    }

    // MARK: - Indicators

    @Test func vietHungIndicators() throws {
        let cli = try loaded(RecordPlans.vietHung)
        for (number, (indicator, value, shown)) in [("nguoi-dan-ky-nang-so", "85", "85%"), ("dien-thoai-thong-minh", "98", "98%"),
                                                    ("thanh-toan-dien-tu", "80", "80%"), ("to-cns", "62", "62 tổ")].enumerated() {
            let result = try run(cli, "indicator", "record", indicator, "--date", "2025-12-15", "--value", value, "--by", "Lan")
            #expect(result.succeeded, "\(result)")
            #expect(result.stdout == "Đã ghi số liệu chỉ tiêu viet-hung-2025/\(indicator) ngày 15/12/2025: \(shown) (#\(number + 1))\n")
        }
        let ratio = try run(cli, "indicator", "record", "cbccvc-ky-nang-so", "--date", "2025-12-15", "--numerator", "412",
                            "--denominator", "412", "--source", "Phòng Văn hóa - Xã hội", "--by", "Lan")
        #expect(ratio.succeeded, "\(ratio)")

        let list = try run(cli, "indicator", "list")
        #expect(list.succeeded, "\(list)")
        Golden.expect(list, matches: "records-indicator-list")
        #expect(list.stdoutLines.count == 5)
        #expect(list.stdoutLines.allSatisfy { $0.contains("  đạt  ") })

        let json = try run(cli, "indicator", "list", "--format", "json")
        let rows = try array(parseJSON(json)).map { try object($0) }
        #expect(rows.map { $0["id"] as? String } == ["nguoi-dan-ky-nang-so", "dien-thoai-thong-minh", "thanh-toan-dien-tu", "cbccvc-ky-nang-so", "to-cns"])
        #expect(rows.map { $0["met"] as? Bool } == [true, true, true, true, true])
        #expect(rows.map { $0["target_tenths"] as? Int } == [800, 850, 500, 1000, 620])
        #expect(rows.first?.keys.sorted() == ["id", "kind", "latest", "met", "name", "of", "plan", "target_group", "target_tenths", "unit"])
        let latest = try rows.map { try object($0["latest"]) }
        #expect(latest.map { $0["value_tenths"] as? Int } == [850, 980, 800, 1000, 620])
        #expect(latest[3]["numerator"] as? Int == 412)
        #expect(latest[3]["source"] as? String == "Phòng Văn hóa - Xã hội")
    }

    /// 85,3 typed with a decimal comma is 853 tenths; 799 of 1000 is not 80%.
    @Test func exactValues() throws {
        let cli = try loaded()
        try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-06", "--value", "85,3", "--by", "Lan")
        try run(cli, "indicator", "record", "cbccvc-ky-nang-so", "--date", "2025-12-06", "--numerator", "631", "--denominator", "640", "--by", "Lan")
        var rows = try array(parseJSON(try run(cli, "indicator", "list", "--format", "json"))).map { try object($0) }
        #expect(try object(rows[1]["latest"])["value_tenths"] as? Int == 853)
        #expect(rows[1]["met"] as? Bool == true)
        #expect(try object(rows[0]["latest"])["value_tenths"] as? Int == 986)
        #expect(rows[0]["met"] as? Bool == false)

        try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-20", "--numerator", "799", "--denominator", "1000", "--by", "Lan")
        rows = try array(parseJSON(try run(cli, "indicator", "list", "--format", "json"))).map { try object($0) }
        #expect(rows[1]["met"] as? Bool == false)
        try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-21", "--numerator", "800", "--denominator", "1000", "--by", "Lan")
        rows = try array(parseJSON(try run(cli, "indicator", "list", "--format", "json"))).map { try object($0) }
        #expect(rows[1]["met"] as? Bool == true)

        let text = try run(cli, "indicator", "list")
        #expect(text.stdout.contains("80% (800/1.000) ngày 21/12/2025"))
        #expect(text.stdout.contains("98,6% (631/640) ngày 06/12/2025  chưa đạt"))
    }

    @Test func indicatorRefusals() throws {
        let cli = try loaded(RecordPlans.vietHung)
        let over = try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-15", "--value", "100,5", "--by", "Lan")
        #expect(over.exitCode == 1)
        #expect(over.stderr == "bdhvs: error: chỉ tiêu 'nguoi-dan-ky-nang-so' là tỷ lệ phần trăm; 100,5 lớn hơn 100\n")
        let decimal = try run(cli, "indicator", "record", "to-cns", "--date", "2025-12-15", "--value", "62,5", "--by", "Lan")
        #expect(decimal.exitCode == 1)
        #expect(decimal.stderr == "bdhvs: error: chỉ tiêu 'to-cns' là số lượng; 62,5 không phải số nguyên\n")
        let ratio = try run(cli, "indicator", "record", "cbccvc-ky-nang-so", "--date", "2025-12-15", "--numerator", "413",
                            "--denominator", "412", "--by", "Lan")
        #expect(ratio.exitCode == 1)
        #expect(ratio.stderr == "bdhvs: error: tử số 413 lớn hơn mẫu số 412\n")
        let late = try run(cli, "indicator", "record", "to-cns", "--date", "2026-01-02", "--value", "62", "--by", "Lan")
        #expect(late.exitCode == 1)
        #expect(late.stderr.contains("02/01/2026 sau ngày hôm nay (31/12/2025)"))
        #expect(try run(cli, "indicator", "list").stdoutLines.allSatisfy { $0.contains("chưa có số liệu") })
    }
}
