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
}
