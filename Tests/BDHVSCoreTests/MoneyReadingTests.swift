import Foundation
import Testing
@testable import BDHVSCore

/// Amounts as officials write đồng (issue: a budget `total: 1.000.000` was refused while the
/// command line took "1.000.000"): one reading for a plan, the command line and CSV files.
@Suite struct MoneyReadingTests {
    @Test func readsTheFormsOfficialsWrite() {
        let readings = ["12500000", "12.500.000", "12.500.000 đồng", "12.500.000đ", "12.500.000 VNĐ", "12.500.000 dong",
                        "12 500 000", " 12.500.000 ĐỒNG ", "12.500.000 vnd"].map(Money.read)
        #expect(readings == Array(repeating: .dong(12_500_000), count: 9))
        // "đồng" typed in decomposed form (a Mac keyboard) is the same word.
        #expect(Money.read("500.000 \u{0111}o\u{0302}\u{0300}ng") == .dong(500_000))
        #expect(Money.read("0") == .dong(0))
    }

    @Test func refusesWhatIsNotAWholeAmount() {
        for text in ["1.00.000", "1,5", "12,500,000", "1,234 đồng", "12,5 triệu", "1 triệu", "1.000,000", "-5.000", "đồng", "", "1.000.000 đồng đồng", "12.500.000 USD"] {
            #expect(Money.read(text) == .malformed, "\(text)")
        }
        #expect(Money.read("10.000.000.000.000.000.000 đồng") == .tooLarge)
    }

    @Test func aPlanTakesAmountsAsDocumentsWriteThem() throws {
        let text = PlanFixture.variant([("estimate: 5000000", "estimate: 5.000.000 đồng"), ("total: 5000000", "total: 5.000.000")])
        let plan = try PlanFixture.plan(text)
        #expect(plan.document.budget?.total == 5_000_000)
        #expect(plan.tasks.first { $0.id == "nv1" }?.estimate == 5_000_000)
        // A plain 500.000 is a float to YAML: it is read as 500.000 đồng, never as 500.
        let float = try PlanFixture.plan(PlanFixture.variant([("estimate: 5000000", "estimate: 500.000"), ("total: 5000000", "total: \"500.000đ\"")]))
        #expect(float.document.budget?.total == 500_000)
    }

    @Test func aMalformedOrTooLargeAmountIsALocatedError() {
        let marked = MarkedText(PlanFixture.variant([("estimate: 5000000", "estimate: 1️⃣1.00.000"), ("total: 5000000", "total: 2️⃣1 triệu")]))
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.plan == nil)
        let expected = "a whole number of đồng, e.g. 12500000, 12.500.000 or '12.500.000 đồng' (groups of three digits joined by '.' or a space; no decimals, no words such as 'triệu')"
        #expect(outcome.diagnostics.map(\.description) == [
            "plan.yaml:\(marked.positions["1️⃣"]!.line):\(marked.positions["1️⃣"]!.column): error: 'estimate' '1.00.000' is not valid; expected \(expected)",
            "plan.yaml:\(marked.positions["2️⃣"]!.line):\(marked.positions["2️⃣"]!.column): error: 'total' '1 triệu' is not valid; expected \(expected)",
        ])
        #expect(outcome.diagnostics.last?.message.text(.vi)
            == "'total' '1 triệu' không hợp lệ; cần số đồng nguyên, ví dụ 12500000, 12.500.000 hoặc '12.500.000 đồng' (các nhóm ba chữ số nối bằng '.' hoặc khoảng trắng; không có phần thập phân, không viết bằng chữ như 'triệu')")
        let large = MarkedText(PlanFixture.variant([("estimate: 5000000", "estimate: 1️⃣2.000.000.000.000.000 đồng"), ("total: 5000000", "total: 2️⃣99.000.000.000.000.000.000")]))
        #expect(PlanFixture.check(large.text).diagnostics.map(\.description) == [
            "plan.yaml:\(large.positions["1️⃣"]!.line):\(large.positions["1️⃣"]!.column): error: 'estimate' must be between 0 and 1,000,000,000,000,000, found 2.000.000.000.000.000 đồng",
            "plan.yaml:\(large.positions["2️⃣"]!.line):\(large.positions["2️⃣"]!.column): error: 'total' must be between 0 and 1,000,000,000,000,000, found 99.000.000.000.000.000.000",
        ])
    }

    /// The schema lists 'number' for editors, which read an unquoted 500.000 as a number with
    /// decimals and flagged it; bdhvs reads the text as written, so 1.5 is still refused.
    @Test func editorsTakeADottedAmountAndBdhvsStillRefusesDecimals() throws {
        let money = try #require(PlanSchema.document.definitions["money"])
        #expect(money.types == ["integer", "number", "string"])
        let marked = MarkedText(PlanFixture.variant([("estimate: 5000000", "estimate: 1️⃣1.5"), ("total: 5000000", "total: 1.500.000")]))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description).first?
            .hasPrefix("plan.yaml:\(marked.positions["1️⃣"]!.line):\(marked.positions["1️⃣"]!.column): error: 'estimate' '1.5' is not valid; expected a whole number of đồng") == true)
    }

    @Test func theTotalIsComparedWithEstimatesWrittenEitherWay() {
        let marked = MarkedText(PlanFixture.variant([("estimate: 5000000", "estimate: 5.000.000"), ("total: 5000000", "total: 1️⃣6.000.000 đồng")]))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description) == [
            "plan.yaml:\(marked.positions["1️⃣"]!.line):\(marked.positions["1️⃣"]!.column): error: budget total 6.000.000 đồng does not equal the sum of the task estimates, 5.000.000 đồng",
        ])
    }

    @Test func aCSVFileTakesAmountsWithTheirUnit() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let text = "Nhiệm vụ;Ngày;Số tiền;Nguồn\nnv1;09/10/2025;24.500.000 đồng;nsnn\nnv2;10/10/2025;1.500.000đ;xhh\n"
        _ = try store.importCSV(text, file: "kinh-phi.csv", by: "Lan", recordedOn: isoDate("2025-12-31"))
        #expect(try store.budget(.all, asOf: isoDate("2025-12-31")).disbursed == 26_000_000)
    }
}
