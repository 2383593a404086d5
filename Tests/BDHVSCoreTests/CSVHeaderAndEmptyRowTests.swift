import Foundation
import Testing
@testable import BDHVSCore

/// Two shapes Excel and people give CSV files: the row of nothing but separators that Excel
/// writes for an empty row (";;;;") refused the whole file; a header naming a column twice
/// ('participants' twice, or 'Ghi chú' and 'note') kept one value and silently dropped the
/// other. The first is skipped, the second refused at the header's line and column.
@Suite struct CSVHeaderAndEmptyRowTests {
    private func store() throws -> TaskStore { try RecordsFixture.store(RecordsFixture.nghiaGiang) }

    @Test func anExcelEmptyRowIsSkipped() throws {
        let store = try store()
        let text = "Kế hoạch;Nhiệm vụ;Ngày;Số người;Tên hoạt động\nnghia-giang-2025;nv1;09/10/2025;5;ok\n;;;;\n;;;;\nnghia-giang-2025;nv2;19/11/2025;80;\n"
        let summary = try store.importCSV(text, file: "hoat-dong.csv", by: "Lan", recordedOn: isoDate("2025-12-31"))
        #expect(summary.rows == 2)
        #expect(try store.activities(.all).people == 85)
        // A row with a value among its separators is still a row, and still read.
        let error = #expect(throws: ImportError.self) {
            try store.importCSV("Nhiệm vụ;Ngày;Số người\n;;7\n", file: "x.csv", by: "Lan", recordedOn: isoDate("2025-12-31"))
        }
        #expect(error?.diagnostics.count == 2)
    }

    @Test func aColumnNamedTwiceIsRefusedAtItsHeader() throws {
        let store = try store()
        let twice = "plan,task,date,participants,title,participants\nnghia-giang-2025,nv1,09/10/2025,5,t,6\n"
        let error = #expect(throws: ImportError.self) { try store.importCSV(twice, file: "f.csv", by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(error?.diagnostics.map(\.description) == [
            "f.csv:1:35: error: column 'participants' is the same as column 4 ('participants'); a column may be named only once: "
                + "remove or rename one of the two",
        ])
        let notes = "Nhiệm vụ;Ngày;Số người;Ghi chú;note\nnv1;09/10/2025;5;a;b\n"
        let other = #expect(throws: ImportError.self) { try store.importCSV(notes, file: "g.csv", by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(other?.diagnostics.map(\.description) == [
            "g.csv:1:32: error: column 'note' is the same as column 4 ('Ghi chú'); a column may be named only once: remove or rename one of the two",
        ])
        #expect(other?.diagnostics.first?.message.text(.vi)
                == "cột 'note' trùng với cột 4 ('Ghi chú'); mỗi cột chỉ được ghi một lần: hãy xóa hoặc đổi tên một trong hai cột")
        #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
    }
}
