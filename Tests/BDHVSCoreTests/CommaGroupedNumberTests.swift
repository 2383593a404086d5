import Foundation
import Testing
@testable import BDHVSCore

/// Vietnamese write a comma before decimals and dots between thousands: "47,741" was read as
/// 47.741 people or đồng while "1,5" was refused. The one reader of whole numbers
/// (`parseWholeNumber`, under counts, amounts and values) refuses it, and the refusal says
/// the number it may mean. "85%" recorded for an indicator that counts things is refused.
@Suite struct CommaGroupedNumberTests {
    @Test func theNumberReaderRefusesCommaGroups() {
        #expect(parseWholeNumber("47,741") == nil)
        #expect(parseWholeNumber("47.741") == 47741)
        #expect(parseTenths("47,741") == nil)
        #expect(parseTenths("47,7") == 477)
        #expect(Money.read("1,234") == .malformed)
        #expect(Money.read("12,500,000 đồng") == .malformed)
        #expect(!isWholeNumberText("12,500,000"))
    }

    @Test func theRefusalSuggestsTheDottedNumber() {
        #expect(commaGroupedHint("47,741", .vi) == "; dấu phẩy ngăn phần thập phân, hàng nghìn ngăn bằng dấu chấm: có phải là '47.741'?")
        #expect(commaGroupedHint(" 12,500,000 ", .en) == "; a comma starts decimals and thousands are grouped with dots: did you mean '12.500.000'?")
        #expect(commaGroupedHint("cbccvc=1,517", .vi).hasSuffix("có phải là 'cbccvc=1.517'?"))
        for text in ["1,5", "47,74", "1,234,56", "abc", "47.741", ""] { #expect(commaGroupedHint(text, .vi) == "", "\(text)") }
    }

    @Test func aFileWithACommaGroupedCountIsRefusedAtItsCell() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        let text = """
            Nhóm đối tượng;Ngày;Số dân
            nguoi-dan;01/10/2025;47,741
            """
        let error = #expect(throws: ImportError.self) { try store.importCSV(text, file: "so-dan.csv", by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(error?.diagnostics.map(\.description) == [
            "so-dan.csv:2:22: error: '47,741' in 'Số dân' is not a whole number; a comma starts decimals and thousands are grouped with dots: "
                + "did you mean '47.741'?",
        ])
        #expect(error?.diagnostics.first?.message.text(.vi) == "'47,741' ở cột 'Số dân' không phải số nguyên; dấu phẩy ngăn phần thập phân, "
                + "hàng nghìn ngăn bằng dấu chấm: có phải là '47.741'?")
        #expect(try store.results().group("nguoi-dan")?.population == nil)
    }

    @Test func aPercentageForACountIndicatorIsRefused() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let input = MeasurementInput(plan: nil, indicator: "nguoi-tham-gia-cong", measuredOn: isoDate("2025-12-01"), value: .tenths(850),
                                     typedAsPercent: true)
        let error = RecordsFixture.refusal { try store.recordMeasurement(input, by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(error == .percentForCount(indicator: "nguoi-tham-gia-cong", value: "85%"))
        #expect(error?.text(.vi) == "chỉ tiêu 'nguoi-tham-gia-cong' là số lượng, không phải tỷ lệ phần trăm; hãy ghi số lượng, không có dấu '%' (nhận được 85%)")
        #expect(error?.text(.en) == "indicator 'nguoi-tham-gia-cong' is a count, not a percentage; give the count without '%' (found 85%)")
        #expect(try RecordsFixture.counts(store)[1] == 0)
        // The same from a file, at the value's cell; a percentage indicator takes it.
        let file = "Chỉ tiêu;Ngày;Giá trị\nnguoi-tham-gia-cong;01/12/2025;85%\n"
        let refused = #expect(throws: ImportError.self) { try store.importCSV(file, file: "chi-tieu.csv", by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(refused?.diagnostics.map(\.description) == [
            "chi-tieu.csv:2:32: error: indicator 'nguoi-tham-gia-cong' is a count, not a percentage; give the count without '%' (found 85%)",
        ])
        _ = try store.importCSV("Chỉ tiêu;Ngày;Giá trị\nnguoi-dan-ky-nang-so;01/12/2025;85%\n", file: "ty-le.csv", by: "Lan",
                                recordedOn: isoDate("2025-12-31"))
        #expect(try RecordsFixture.counts(store)[1] == 1)
    }
}
