import Foundation
import Testing

// `bdhvs budget`, `plan status` with indicators and budget, and `bdhvs import` with `undo`
// (the sandbox helpers are in RecordsCLITests.swift).

extension RecordsCLITests {
    // MARK: - Budget

    @Test func budgetSpendAndShow() throws {
        let cli = try loaded()
        let spend = try run(cli, "budget", "spend", "nv1", "12.500.000", "--source", "nsnn", "--date", "2025-10-09", "--by", "Lan",
                            "--note", "Chi tổ chức Lễ phát động")
        #expect(spend.succeeded, "\(spend)")
        #expect(spend.stdout == "Đã ghi giải ngân 12.500.000 đồng (nsnn) cho nghia-giang-2025/nv1 ngày 09/10/2025 (#1)\n")
        try run(cli, "budget", "spend", "nv1", "10000000", "--source", "Ngân sách nhà nước theo phân cấp", "--settled",
                "--date", "2025-12-20", "--by", "Lan")
        try run(cli, "budget", "spend", "nv3", "2.000.000", "--source", "xhh", "--date", "2025-12-06", "--by", "Lan")

        let show = try run(cli, "budget", "show")
        #expect(show.succeeded, "\(show)")
        Golden.expect(show, matches: "records-budget-show")
        #expect(show.stdout.contains("12.500.000 đồng"))

        let en = try run(cli, "budget", "show", "--lang", "en")
        #expect(en.stdout.contains("12,500,000 VND"))

        let json = try object(parseJSON(try run(cli, "budget", "show", "--plan", "nghia-giang-2025", "--format", "json")))
        #expect(json.keys.sorted() == ["disbursed", "estimate", "plan_total", "remaining", "settled", "sources"])
        #expect(json["estimate"] as? Int == 50_000_000)
        #expect(json["disbursed"] as? Int == 14_500_000)
        #expect(json["settled"] as? Int == 10_000_000)
        #expect(json["remaining"] as? Int == 35_500_000)
        #expect(json["plan_total"] as? Int == 50_000_000)
        let sources = try array(json["sources"]).map { try object($0) }
        #expect(sources.map { $0["source"] as? String } == ["nsnn", "xhh"])
        #expect(sources.first?.keys.sorted() == ["disbursed", "estimate", "name", "remaining", "settled", "source"])

        // Every key, also when no single plan is named (plan_total is then null).
        let all = try object(parseJSON(try run(cli, "budget", "show", "--format", "json")))
        #expect(all.keys.sorted() == ["disbursed", "estimate", "plan_total", "remaining", "settled", "sources"])
        #expect(all["plan_total"] is NSNull)
        #expect(all["disbursed"] as? Int == 14_500_000)

        // Spending after the as-of date is not counted.
        let before = try object(parseJSON(try cli.run("budget", "show", "--format", "json", "--as-of", "2025-11-30")))
        #expect(before["disbursed"] as? Int == 12_500_000)
        #expect(before["settled"] as? Int == 0)
    }

    @Test func budgetRefusals() throws {
        let cli = try loaded()
        let source = try run(cli, "budget", "spend", "nv1", "12.500.000", "--source", "tw", "--date", "2025-10-09", "--by", "Lan")
        #expect(source.exitCode == 1)
        #expect(source.stderr == "bdhvs: error: kế hoạch 'nghia-giang-2025' không có nguồn kinh phí 'tw'; các nguồn: 'nsnn', 'xhh'\n")
        let zero = try run(cli, "budget", "spend", "nv1", "0", "--source", "nsnn", "--date", "2025-10-09", "--by", "Lan")
        #expect(zero.exitCode == 1)
        #expect(zero.stderr == "bdhvs: error: số tiền phải lớn hơn 0, nhận được 0\n")
        // Past the maximum, and past the largest number a computer word holds: the same refusal.
        let over = try run(cli, "budget", "spend", "nv1", "2.000.000.000.000.000", "--source", "nsnn", "--date", "9/10/2025", "--by", "Lan")
        #expect(over.exitCode == 1)
        #expect(over.stderr == "bdhvs: error: số tiền tối đa là 1.000.000.000.000.000 đồng, nhận được 2.000.000.000.000.000\n")
        let huge = try run(cli, "budget", "spend", "nv1", "10000000000000000000", "--source", "nsnn", "--date", "9/10/2025", "--lang", "en")
        #expect(huge.exitCode == 1)
        #expect(huge.stdout == "")
        #expect(huge.stderr == "bdhvs: error: the amount must be at most 1.000.000.000.000.000 đồng, found 10000000000000000000\n")
        let show = try object(parseJSON(try run(cli, "budget", "show", "--plan", "nghia-giang-2025", "--format", "json")))
        #expect(show["disbursed"] as? Int == 0)
    }

    // MARK: - Status

    @Test func statusShowsIndicatorsAndBudget() throws {
        let cli = try loaded()
        try recordNghiaGiangEvents(cli)
        try run(cli, "indicator", "record", "nguoi-dan-ky-nang-so", "--date", "2025-12-06", "--value", "85,3", "--by", "Lan")
        try run(cli, "budget", "spend", "nv1", "12.500.000", "--source", "nsnn", "--date", "2025-10-09", "--by", "Lan")

        let text = try run(cli, "plan", "status", "nghia-giang-2025")
        #expect(text.succeeded, "\(text)")
        #expect(text.stdoutLines.contains("Chỉ tiêu:"))
        #expect(text.stdoutLines.contains("Kinh phí (đến ngày 31/12/2025):"))
        #expect(text.stdout.contains("85,3% ngày 06/12/2025"))
        #expect(text.stdout.contains("12.500.000 đồng"))

        let json = try object(parseJSON(try run(cli, "plan", "status", "nghia-giang-2025", "--format", "json")))
        #expect(json.keys.contains("indicators"))
        #expect(json.keys.contains("budget"))
        let indicators = try array(json["indicators"]).map { try object($0) }
        #expect(indicators.map { $0["id"] as? String } == ["cbccvc-ky-nang-so", "nguoi-dan-ky-nang-so", "nguoi-tham-gia-cong"])
        #expect(indicators.map { $0["met"] as? Bool } == [nil, true, nil])
        #expect(indicators[0]["met"] is NSNull)
        let budget = try object(json["budget"])
        #expect(budget.keys.sorted() == ["disbursed", "estimate", "plan_total", "remaining", "settled", "sources"])
        #expect(budget["disbursed"] as? Int == 12_500_000)
        #expect(budget["remaining"] as? Int == 37_500_000)
    }

    // MARK: - Import and undo

    @Test func importAndUndo() throws {
        let cli = try loaded()
        let file = try cli.write("hoat-dong.csv", "\u{FEFF}" + [
            "Nhiệm vụ;Ngày;Số người;Tên hoạt động;CBCCVC;Người dân",
            "nv1;09/10/2025;145;\"Lễ phát động; tập huấn AI\";;",
            "nv2;19/11/2025;80;Tập huấn chuyển đổi số, ứng dụng AI;;",
            "nv3;06/12/2025;2.148;Khóa tập huấn trên Cổng BDHVS tỉnh;631;1.517",
        ].map { $0 + "\r\n" }.joined())
        let imported = try run(cli, "import", file, "--by", "Lan")
        #expect(imported.succeeded, "\(imported)")
        #expect(imported.stdout == "Đã nhập 3 dòng (hoạt động) từ <TMP>/hoat-dong.csv, thay đổi #1.\n")
        let list = try run(cli, "activity", "list")
        #expect(list.stdoutLines.contains("Tổng cộng: 2.373 lượt người"))

        let undo = try run(cli, "undo", "--by", "Lan")
        #expect(undo.succeeded, "\(undo)")
        #expect(undo.stdout == "Đã ghi: nghia-giang-2025 — hoàn tác (hoàn tác thay đổi #1)\n")
        #expect(try run(cli, "activity", "list").stdout == "Chưa có hoạt động nào phù hợp.\n")

        let en = try cli.run(["import", file, "--by", "Lan", "--lang", "en", "--as-of", "2025-12-31"])
        #expect(en.stdout == "Imported 3 rows (activities) from <TMP>/hoat-dong.csv, change #3.\n")
    }

    @Test func importMeasurementsAndSpending() throws {
        let cli = try loaded()
        let measurements = try cli.write("chi-tieu.csv", "chỉ tiêu,ngày,giá trị,tử số,mẫu số\n"
            + "nguoi-dan-ky-nang-so,06/12/2025,\"85,3\",,\ncbccvc-ky-nang-so,06/12/2025,,631,640\n")
        let first = try run(cli, "import", measurements, "--by", "Lan")
        #expect(first.stdout == "Đã nhập 2 dòng (số liệu chỉ tiêu) từ <TMP>/chi-tieu.csv, thay đổi #1.\n")
        let spending = try cli.write("kinh-phi.csv", "task\tdate\tamount\tsource\tkind\nnv1\t09/10/2025\t12.500.000\tnsnn\tgiải ngân\n")
        let second = try run(cli, "import", spending, "--by", "Lan")
        #expect(second.stdout == "Đã nhập 1 dòng (khoản chi) từ <TMP>/kinh-phi.csv, thay đổi #2.\n")
        let budget = try object(parseJSON(try run(cli, "budget", "show", "--plan", "nghia-giang-2025", "--format", "json")))
        #expect(budget["disbursed"] as? Int == 12_500_000)
        let rows = try array(parseJSON(try run(cli, "indicator", "list", "--format", "json"))).map { try object($0) }
        #expect(rows.map { $0["met"] as? Bool } == [false, true, nil])
    }

    @Test func importFailureReportsEveryRowAndRecordsNothing() throws {
        let cli = try loaded()
        let file = try cli.write("bad.csv", [
            "task,date,participants,can-bo-cong-chuc,nguoi-dan",
            "nv3,06/12/2025,2148,631,1500",
            "nv11,06/12/2025,10,,",
            "nv2,2025-13-01,x,,",
            "nv1,09/10/2025,145,,",
        ].map { $0 + "\n" }.joined())
        let result = try run(cli, "import", file, "--by", "Lan")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines == [
            "<TMP>/bad.csv:2:16: error: tổng các nhóm đối tượng là 2.131, không bằng 2.148 người tham gia; hãy ghi đủ các nhóm cho khớp, hoặc không ghi nhóm nào",
            "<TMP>/bad.csv:3:1: error: không có nhiệm vụ 'nv11' trong các kế hoạch đã nạp; có phải là 'nv1'?",
            "<TMP>/bad.csv:4:5: error: ngày không có thật '2025-13-01': không có tháng 13; tháng từ 1 đến 12",
            "<TMP>/bad.csv:4:16: error: 'x' ở cột 'participants' không phải số nguyên",
        ])
        Golden.expect(result, matches: "records-import-failure")
        #expect(try run(cli, "import", file, "--by", "Lan", "--lang", "en").stderrLines == [
            "<TMP>/bad.csv:2:16: error: the target groups add up to 2.131, not to the 2.148 participants; give every group so that they add up, or none",
            "<TMP>/bad.csv:3:1: error: no task 'nv11' in the loaded plans; did you mean 'nv1'?",
            "<TMP>/bad.csv:4:5: error: impossible date '2025-13-01': there is no month 13; months run from 1 to 12",
            "<TMP>/bad.csv:4:16: error: 'x' in 'participants' is not a whole number",
        ])
        #expect(try run(cli, "activity", "list").stdout == "Chưa có hoạt động nào phù hợp.\n")
        #expect(try run(cli, "undo", "--by", "Lan").exitCode == 1)
    }

    @Test func importOfAMissingOrEmptyFile() throws {
        let cli = try loaded()
        let missing = try run(cli, "import", cli.path("khong-co.csv"), "--by", "Lan")
        #expect(missing.exitCode == 1)
        #expect(missing.stderr == "<TMP>/khong-co.csv:1:1: error: không có tệp này\n")
        let missingEnglish = try run(cli, "import", cli.path("khong-co.csv"), "--by", "Lan", "--lang", "en")
        #expect(missingEnglish.stderr == "<TMP>/khong-co.csv:1:1: error: no such file\n")
        let empty = try run(cli, "import", try cli.write("rong.csv", ""), "--by", "Lan")
        #expect(empty.exitCode == 1)
        #expect(empty.stderr == "<TMP>/rong.csv:1:1: error: tệp trống; cần một dòng tiêu đề, ví dụ 'kế hoạch,nhiệm vụ,ngày,số người'\n")
        let latin1 = try run(cli, "import", try cli.write("latin1.csv", Data([0x6E, 0x67, 0xE0, 0x79, 0x0A])), "--by", "Lan")
        #expect(latin1.exitCode == 1)
        #expect(latin1.stderr == "<TMP>/latin1.csv:1:1: error: tệp không phải văn bản UTF-8; hãy lưu dưới dạng CSV UTF-8\n")
    }
}
