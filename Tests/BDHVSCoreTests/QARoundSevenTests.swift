import Foundation
import Testing
@testable import BDHVSCore

/// Findings of the seventh QA round in the library.
@Suite struct QARoundSevenTests {
    /// A task row longer than the header (cells typed past the last titled column) lost
    /// those cells without a word; they go to the task's note under their column's number,
    /// each with a warning at its cell.
    @Test func cellsUnderNoHeaderAreKeptAndSaid() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Chủ trì"), .text("Thời gian")],
            [.text("1"), .text("Tuyên truyền"), .text("UBND xã"), .text("Quý III/2025"), .text("thừa"), .text("Ghi thêm\nhai dòng")],
            [.text("2"), .text("Tổng kết"), .text("UBND xã"), .text("Năm 2025"), .text("")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "kh.docx")
        #expect(plan.tasks.map(\.notes) == [["Cột 5: thừa", "Cột 6: Ghi thêm; hai dòng"], []])
        #expect(plan.diagnostics.filter { $0.severity == .warning }.map(\.description).filter { $0.contains("column header") } == [
            "kh.docx:2:5: warning: the cell in column 5 has no column header; its text is kept in the task's 'note', check it",
            "kh.docx:2:6: warning: the cell in column 6 has no column header; its text is kept in the task's 'note', check it",
        ])
        #expect(plan.diagnostics.map { $0.rendered(.vi) }.contains(
            "kh.docx:2:5: warning: ô ở cột 5 không có tiêu đề cột; nội dung được ghi vào 'note' của nhiệm vụ, cần kiểm tra"))
    }

    /// In a CSV the cells under no header are named by their column in the table: a CSV
    /// cell's own column is its character's on the line, and the note said "Cột 32".
    @Test func csvCellsUnderNoHeaderAreNamedByTheirColumn() throws {
        let csv = "TT;Nội dung;Chủ trì;Thời gian\n1;Tuyên truyền;UBND xã;Quý III/2025;thừa;Ghi thêm\n"
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "kh.csv")
        #expect(plan.tasks.map(\.notes) == [["Cột 5: thừa", "Cột 6: Ghi thêm"]])
        #expect(plan.diagnostics.map(\.description).filter { $0.contains("column header") } == [
            "kh.csv:2:37: warning: the cell in column 5 has no column header; its text is kept in the task's 'note', check it",
            "kh.csv:2:42: warning: the cell in column 6 has no column header; its text is kept in the task's 'note', check it",
        ])
    }

    /// A date typed in Excel is a number of days shown through a date style: the timeline
    /// "30/09/2025" was read as "45930" and not understood. Dates of built-in and custom
    /// date formats, and of a workbook counting from 1904, are read as the dates shown.
    @Test(arguments: [false, true]) func excelDatesAreReadAsTheDatesShown(from1904: Bool) throws {
        let shift = from1904 ? 1462 : 0
        let cells: [(String, String, String)] = [("1", "45930", "1"), ("2", "45657", "2"), ("3", "12", "0"), ("4", "-5", "1"), ("5", "45930.75", "1")]
        let rows = cells.enumerated().map { index, cell in
            let value = Double(cell.1).map { $0 > 0 && cell.2 != "0" ? String(format: "%g", $0 - Double(shift)) : cell.1 } ?? cell.1
            return "<row r=\"\(index + 2)\"><c r=\"A\(index + 2)\" t=\"inlineStr\"><is><t>\(cell.0)</t></is></c>"
                + "<c r=\"B\(index + 2)\" t=\"inlineStr\"><is><t>Việc \(cell.0)</t></is></c>"
                + "<c r=\"C\(index + 2)\" t=\"inlineStr\"><is><t>UBND xã</t></is></c>"
                + "<c r=\"D\(index + 2)\" s=\"\(cell.2)\"><v>\(value)</v></c></row>"
        }
        let header = "<row r=\"1\">" + ["TT", "Nội dung", "Chủ trì", "Thời gian"].enumerated().map { column, text in
            "<c r=\"\(["A", "B", "C", "D"][column])1\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }.joined() + "</row>"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let sheet = "<worksheet xmlns=\"\(main)\"><sheetData>\(header)\(rows.joined())</sheetData></worksheet>"
        let styles = "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let workbook = "<workbook xmlns=\"\(main)\"><workbookPr date1904=\"\(from1904 ? 1 : 0)\"/></workbook>"
        let data = try OfficeFixture.zip([("xl/worksheets/sheet1.xml", sheet), ("xl/styles.xml", styles), ("xl/workbook.xml", workbook)])
        let plan = try TableImporter.importTable(data, file: "kh.xlsx")
        #expect(plan.tasks.map(\.timeline) == ["30/09/2025", "31/12/2024", "12", "-5", "30/09/2025"])
    }
}
