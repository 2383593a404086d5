import Foundation
import Testing

/// `population set nguoi-dan 47,741` recorded 47.741 people and `budget spend nv1 1,234`
/// 1.234 đồng: a comma is refused in a whole number, with the number it may mean, and
/// nothing is written; `indicator record` of a count refuses "85%".
@Suite struct CommaGroupedNumberCLITests {
    @Test func commaGroupedNumbersAreRefusedWithTheDottedForm() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let population = try cli.run("population", "set", "nguoi-dan", "47,741", "--date", "2025-10-01", "--as-of", "2025-12-31")
        #expect(population.exitCode == 64)
        #expect(population.stderrLines.first == "bdhvs: error: giá trị '47,741' của 'số lượng' không hợp lệ; cần một số nguyên không âm, "
                + "ví dụ 2148 hoặc 2.148; dấu phẩy ngăn phần thập phân, hàng nghìn ngăn bằng dấu chấm: có phải là '47.741'?")
        let spend = try cli.run("budget", "spend", "nv1", "1,234", "--source", "nsnn", "--date", "2025-10-10", "--as-of", "2025-12-31",
                                "--lang", "en")
        #expect(spend.exitCode == 64)
        #expect(spend.stderrLines.first?.hasSuffix("; a comma starts decimals and thousands are grouped with dots: did you mean '1.234'?") == true)
        let percent = try cli.run("indicator", "record", "nguoi-tham-gia-cong", "--value", "85%", "--date", "2025-12-01", "--as-of", "2025-12-31")
        #expect(percent.exitCode == 1)
        #expect(percent.stderr == "bdhvs: error: chỉ tiêu 'nguoi-tham-gia-cong' là số lượng, không phải tỷ lệ phần trăm; hãy ghi số lượng, "
                + "không có dấu '%' (nhận được 85%)\n")
        #expect(try cli.run("population", "set", "nguoi-dan", "47.741", "--date", "2025-10-01", "--as-of", "2025-12-31").stdout
                == "Đã ghi số dân nhóm 'nguoi-dan' của nghia-giang-2025 tính đến ngày 01/10/2025: 47.741 người (#1)\n")
    }
}
