import Foundation
import Testing
@testable import BDHVSCore

/// Task tables as others write them, each a way a plan came out wrong without a word: a
/// group's title right under the header, a "-" in the number column, "-" items under a task
/// with its own lead, a number merged down over two rows, a row of totals, headers that name
/// the lead with other words, a hidden sheet, a month typed as an Excel date.
@Suite struct TableImportRowsTests {
    private func imported(_ csv: String) throws -> ImportedPlan {
        try TableImporter.importTable(Data(csv.utf8), file: "kh.csv", year: 2025)
    }

    private func warnings(_ plan: ImportedPlan) -> [String] {
        plan.diagnostics.filter { $0.message.id != "import.placeholders" }.map { $0.rendered(.vi) }
    }

    /// "Nhiệm vụ trọng tâm" alone under the header, or "I. NHIỆM VỤ CHUNG" merged across the
    /// row (its text in the number column), is the first group: it was read as a second
    /// header row, the titles taken from the number column ("1"), and the group lost.
    @Test(arguments: [",Nhiệm vụ trọng tâm,,", "I. NHIỆM VỤ TRỌNG TÂM,,,"])
    func aGroupTitleUnderTheHeaderIsAGroup(first: String) throws {
        let plan = try imported("""
            TT,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời gian thực hiện
            \(first)
            1,Lễ phát động,UBND xã,Tháng 8/2025
            2,Tập huấn,Phòng Văn hóa - Xã hội,Quý III/2025
            II. NHIỆM VỤ THƯỜNG XUYÊN,,,
            3,Báo cáo,Phòng Văn hóa - Xã hội,Tháng 12/2025

            """)
        #expect(plan.groups.map(\.title) == [first.hasPrefix("I.") ? "NHIỆM VỤ TRỌNG TÂM" : "Nhiệm vụ trọng tâm", "NHIỆM VỤ THƯỜNG XUYÊN"])
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv3"])
        #expect(plan.tasks.map(\.title) == ["Lễ phát động", "Tập huấn", "Báo cáo"])
        #expect(plan.tasks.map(\.group) == [0, 0, 1])
    }

    /// A "-" in the number column is an item numbered after the task above ('nv1-1'); the
    /// numbered tasks keep their numbers. Every id fell to row order: task 2 was 'nv3'.
    @Test func aMarkInTheNumberColumnIsAnItem() throws {
        let plan = try imported("""
            TT,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời gian thực hiện
            1,Lễ phát động,UBND xã,Tháng 8/2025
            -,Tại các thôn,,
            2,Tập huấn,Phòng Văn hóa - Xã hội,Quý III/2025
            3,Báo cáo,Phòng Văn hóa - Xã hội,Tháng 12/2025

            """)
        #expect(plan.tasks.map(\.id) == ["nv1", "nv1-1", "nv2", "nv3"])
        #expect(plan.tasks.map(\.title) == ["Lễ phát động", "Tại các thôn", "Tập huấn", "Báo cáo"])
        #expect(plan.groups.isEmpty)
    }

    /// "- Tại điểm …" rows with nothing else, under a task with its own lead, are tasks after
    /// it ('nv5-1', 'nv5-2'), not group headings that took task 6 into their group.
    @Test func dashItemsUnderATaskWithALeadAreNoGroups() throws {
        let plan = try imported("""
            STT,Nhiệm vụ,Đơn vị chủ trì,Thời gian hoàn thành
            A. CÔNG TÁC ĐÀO TẠO,,,
            5,Hướng dẫn người dân sử dụng dịch vụ công,Trung tâm Phục vụ hành chính công,6 tháng cuối năm 2025
            ,- Tại điểm Bình dân học vụ số lưu động,,
            ,- Tại nhà văn hóa các thôn,,
            6,"Tổng kết, đánh giá",Phòng Văn hóa - Xã hội,Tháng 12/2025

            """)
        #expect(plan.groups.map(\.title) == ["A. CÔNG TÁC ĐÀO TẠO"])
        #expect(plan.tasks.map(\.id) == ["nv5", "nv5-1", "nv5-2", "nv6"])
        #expect(plan.tasks.map(\.title) == ["Hướng dẫn người dân sử dụng dịch vụ công", "Tại điểm Bình dân học vụ số lưu động",
                                            "Tại nhà văn hóa các thôn", "Tổng kết, đánh giá"])
        #expect(plan.tasks.map(\.group) == [0, 0, 0, 0])
    }

    /// A number written on two rows (a Word cell merged down copies "2" to both): the later
    /// row gets 'nv2-2', said at its number's cell, and task 3 stays 'nv3' (it was 'nv4').
    @Test func aRepeatedNumberRenamesOneTaskOnly() throws {
        let plan = try imported("""
            TT,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời gian thực hiện
            1,Lễ phát động,UBND xã,Tháng 8/2025
            2,Tập huấn kỹ năng số,Phòng Văn hóa - Xã hội,Quý III/2025
            2,Tập huấn kỹ năng số,Công an xã,Quý IV/2025
            3,Báo cáo,Phòng Văn hóa - Xã hội,Tháng 12/2025

            """)
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv2-2", "nv3"])
        #expect(warnings(plan) == [
            "kh.csv:4:1: warning: số thứ tự '2' đã có ở một nhiệm vụ phía trên; nhiệm vụ ở dòng này được đặt mã 'nv2-2', cần kiểm tra đây có phải là một phần của nhiệm vụ trên",
        ])
    }

    /// The suffix given to a repeated number skips an id a later row has by its own number.
    @Test func aRenamedIdDoesNotTakeAnotherTasksId() {
        let (ids, renamed) = TableReading.taskIDs(numbers: ["2", "2", "2.2"], groups: [nil, nil, nil])
        #expect(ids == ["nv2", "nv2-3", "nv2-2"])
        #expect(renamed == [1])
    }

    /// A row of totals is skipped with a word, not made an empty group.
    @Test func aRowOfTotalsIsSkipped() throws {
        let plan = try imported("""
            TT,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời gian thực hiện,Kinh phí (đồng)
            1,Lễ phát động,UBND xã,Tháng 8/2025,10.000.000
            2,Tập huấn,Phòng Văn hóa - Xã hội,Quý III/2025,20.000.000
            ,Tổng cộng:,,,30.000.000

            """)
        #expect(plan.groups.isEmpty)
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2"])
        #expect(warnings(plan) == ["kh.csv:4:2: warning: dòng tổng cộng ('Tổng cộng:'), không phải nhiệm vụ; đã bỏ qua dòng này"])
    }

    /// Headers naming the lead or the time in other words: "Đơn vị chủ trì, phối hợp" and
    /// "Cơ quan chủ trì tham mưu" are the lead (they went to the coordinators and the advisory
    /// body, and no task had a lead); "Thời gian tổ chức thực hiện" is the time (it was a lead).
    @Test(arguments: [
        ("Đơn vị chủ trì, phối hợp", ColumnRole.lead),
        ("Cơ quan chủ trì tham mưu", .lead),
        ("Thời gian tổ chức thực hiện", .timeline),
        ("Cơ quan phối hợp", .coordinating),
        ("Cơ quan tham mưu", .advisory),
        ("Đơn vị tổ chức thực hiện", .lead),
    ])
    func headersNameTheirRoles(header: String, role: ColumnRole) {
        #expect(ColumnRole.of(header: header) == role)
        #expect(ColumnRole.of(header: Folding.key(header)) == role)
    }

    /// A hidden sheet (a template left in the workbook) is not read: the visible tab's tasks
    /// are. The template, one task "(ghi nội dung nhiệm vụ)", was taken for having more columns.
    @Test func aHiddenSheetIsNotRead() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let cells = { (rows: [[String]]) in
            rows.enumerated().map { r, row in
                "<row r=\"\(r + 1)\">" + row.enumerated().map { c, text in
                    "<c r=\"\(["A", "B", "C", "D", "E"][c])\(r + 1)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
                }.joined() + "</row>"
            }.joined()
        }
        let visible = cells([["TT", "Nội dung", "Chủ trì", "Thời gian"], ["1", "Lễ phát động", "UBND xã", "Tháng 8/2025"],
                             ["2", "Tập huấn", "Công an xã", "Quý IV/2025"]])
        let template = cells([["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"], ["1", "(ghi nội dung nhiệm vụ)", "(cơ quan)", "", "Năm 2024"]])
        let data = try OfficeFixture.zip([
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(visible)</sheetData></worksheet>"),
            ("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(template)</sheetData></worksheet>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
                + "<sheet name=\"Kế hoạch 2025\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Mau\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
                + "</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>"),
        ])
        let plan = try TableImporter.importTable(data, file: "kh.xlsx")
        #expect(plan.tasks.map(\.title) == ["Lễ phát động", "Tập huấn"])
        #expect(plan.year == 2025)
    }

    /// A date shown as a month ("mm/yyyy", "\"Tháng \"mm/yyyy", built-in 17 "mmm-yy") is that
    /// month, due at its end; shown as a year ("yyyy"), that year. It was the 1st of the month.
    @Test func anExcelMonthIsTheMonthShown() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        // 45901 is 01/09/2025, 45931 01/10/2025, 45962 01/11/2025, 45658 01/01/2025.
        let values = [("45901", 1), ("45931", 2), ("45962", 3), ("45658", 4), ("45930", 5)]
        let rows = values.enumerated().map { index, value in
            let r = index + 2
            return "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"inlineStr\"><is><t>\(r - 1)</t></is></c>"
                + "<c r=\"B\(r)\" t=\"inlineStr\"><is><t>Việc \(r - 1)</t></is></c>"
                + "<c r=\"C\(r)\" t=\"inlineStr\"><is><t>UBND xã</t></is></c>"
                + "<c r=\"D\(r)\" s=\"\(value.1)\"><v>\(value.0)</v></c></row>"
        }.joined()
        let header = "<row r=\"1\">" + ["TT", "Nội dung", "Chủ trì", "Thời gian"].enumerated().map { column, text in
            "<c r=\"\(["A", "B", "C", "D"][column])1\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }.joined() + "</row>"
        let styles = "<styleSheet xmlns=\"\(main)\"><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"mm/yyyy\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"&quot;Tháng &quot;mm/yyyy\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy\"/></numFmts>"
            + "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"17\"/>"
            + "<xf numFmtId=\"166\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let data = try OfficeFixture.zip([
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(header)\(rows)</sheetData></worksheet>"),
            ("xl/styles.xml", styles),
        ])
        let plan = try TableImporter.importTable(data, file: "kh.xlsx")
        #expect(plan.tasks.map(\.timeline) == ["Tháng 9/2025", "Tháng 10/2025", "Tháng 11/2025", "Năm 2025", "30/09/2025"])
        #expect(XlsxDates.shown(formatID: 0, code: "h:mm") == nil)
        #expect(XlsxDates.shown(formatID: 0, code: "[Red]#,##0") == nil)
    }
}

/// One column "Đơn vị chủ trì, phối hợp": each cell's lead and coordinators.
@Suite struct SharedLeadColumnTests {
    @Test func theMarkedOrFirstBodyLeadsTheOthersCoordinate() throws {
        let csv = """
            TT,Nội dung công việc,"Đơn vị chủ trì, phối hợp",Thời gian
            1,Tổ chức lễ phát động,Phòng Văn hóa - Xã hội chủ trì; Công an xã phối hợp,Tháng 9/2025
            2,Tập huấn,"Công an xã; UBND xã; các thôn",Tháng 10/2025
            3,Báo cáo,Phòng Văn hóa - Xã hội,Tháng 12/2025

            """
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "kh.csv", year: 2025)
        #expect(plan.tasks.map(\.leads) == [["vhxh"], ["ca"], ["vhxh"]])
        #expect(plan.tasks.map(\.coordinating) == [[.agency("ca")], [.agency("ubnd"), .text("các thôn")], []])
        #expect(plan.diagnostics.filter { $0.message.id == "import.lead-and-coordinators" }.map { $0.rendered(.vi) } == [
            "kh.csv:2:24: warning: 'Phòng Văn hóa - Xã hội chủ trì; Công an xã phối hợp' được đọc thành chủ trì 'Phòng Văn hóa - Xã hội', phối hợp 'Công an xã'; cần kiểm tra",
            "kh.csv:3:12: warning: 'Công an xã; UBND xã; các thôn' được đọc thành chủ trì 'Công an xã', phối hợp 'UBND xã', 'các thôn'; cần kiểm tra",
        ])
    }
}
