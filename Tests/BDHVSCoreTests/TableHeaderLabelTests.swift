import Foundation
import Testing
@testable import BDHVSCore

/// The second row of a table's header ("Chủ trì" | "Phối hợp" under a merged "Cơ quan thực
/// hiện") is read as labels however long they are, while a group's title under the header
/// (Thông báo 624/TB-VPCP, Phụ lục II) stays a title.
@Suite struct TableHeaderLabelTests {
    @Test func longLabelsOfASecondHeaderRowAreTheHeader() throws {
        let csv = """
            TT,Nội dung nhiệm vụ,Cơ quan thực hiện,,Thời gian hoàn thành
            ,,Cơ quan chủ trì,"Các cơ quan, đơn vị phối hợp thực hiện nhiệm vụ",
            1,Phát động phong trào,UBND xã,Công an xã,Tháng 10/2025
            2,Tập huấn,Phòng Văn hóa - Xã hội,UBND xã,Quý IV/2025

            """
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "ke-hoach.csv", year: 2025)
        #expect(plan.tasks.map(\.title) == ["Phát động phong trào", "Tập huấn"])
        #expect(plan.tasks.map(\.coordinating) == [[.agency("ca")], [.agency("ubnd")]])
        #expect(plan.tasks.map(\.notes) == [[], []])
        // Only the head of the plan is left to fill in: no row skipped, no cell without its header.
        #expect(plan.diagnostics.map { $0.rendered(.en) }
            == ["ke-hoach.csv:2:3: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in"])
    }
}
