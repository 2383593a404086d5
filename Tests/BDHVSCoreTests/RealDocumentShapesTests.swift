import Foundation
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

// `plan import` of task tables in the shapes officials bring beyond those of
// RealTaskTableTests: a province's appendix cut in two Word tables, a school's list with its
// units written short and long, a result report with a progress column.

@Suite struct RealDocumentShapesTests {
    /// A province's appendix of tasks as Word leaves it when the table runs into a landscape
    /// section: the header ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp", the time before
    /// the bodies) in the first table, the last tasks in a second table with no header.
    @Test func aTaskTableCutInTwoWordTablesIsReadWhole() throws {
        let first: [[TestCell]] = [
            [.text("TT"), .text("Nhiệm vụ"), .text("Thời gian hoàn thành"), .text("Cơ quan thực hiện", span: 2), .text("Sản phẩm")],
            [.text(""), .text(""), .text(""), .text("Chủ trì"), .text("Phối hợp"), .text("")],
            [.text("1"), .text("Ban hành kế hoạch triển khai Phong trào trên địa bàn tỉnh"), .text("Tháng 4/2025"),
             .text("Sở Khoa học và Công nghệ"), .text("Các sở, ban, ngành"), .text("Kế hoạch")],
            [.text("2"), .text("Xây dựng bài giảng, học liệu số dùng chung"), .text("Quý III/2025"),
             .text("Sở Giáo dục và Đào tạo"), .text("Sở Khoa học và Công nghệ"), .text("Học liệu")],
        ]
        let rest: [[TestCell]] = [
            [.text("3"), .text("Tổ chức đào tạo kỹ năng số cho cán bộ, công chức cấp xã"), .text("Năm 2025"),
             .text("Sở Nội vụ"), .text("UBND các xã, phường"), .text("Lớp đào tạo")],
            [.text("4"), .text("Tổng hợp, báo cáo kết quả về Ban Chỉ đạo Trung ương"), .text("Trước ngày 15/12/2025"),
             .text("Sở Khoa học và Công nghệ"), .text(""), .text("Báo cáo")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(first, then: rest), file: "tinh.docx")
        // Tasks 3 and 4 were dropped without a word.
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv3", "nv4"])
        #expect(plan.tasks[2].leads == ["snv"])
        #expect(plan.tasks[2].coordinating == [.text("UBND các xã, phường")])
        #expect(plan.tasks[3].leads == ["skhvcn"])
        #expect(plan.tasks[3].deliverable == "Báo cáo")
        #expect(importWarnings(plan) == [
            "tinh.docx:1:1: warning: table 3 has as many columns as the task table (table 2) and no other header: read as its continuation, the rows in the warnings about it being rows of table 3; check it",
            "tinh.docx:2:4: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
        ])
        #expect(plan.diagnostics[0].rendered(.vi) == "tinh.docx:1:1: warning: bảng thứ 3 có cùng số cột với bảng nhiệm vụ (bảng thứ 2) "
            + "và không có tiêu đề khác: được đọc tiếp theo bảng đó, số dòng trong các cảnh báo về bảng này là số dòng của bảng thứ 3; cần kiểm tra")
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.deadline) == [CivilDate(year: 2025, month: 4, day: 30), CivilDate(year: 2025, month: 9, day: 30),
                                                 CivilDate(year: 2025, month: 12, day: 31), CivilDate(year: 2025, month: 12, day: 14)])
    }

    /// A continuation that prints the header again (Word's "Repeat header rows" off, the
    /// header copied by hand) is read from under it: its tasks were dropped, said only as
    /// "another table with a task header".
    @Test func aContinuationWithTheHeaderAgainIsRead() throws {
        let header: [TestCell] = [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Thời gian")]
        let first: [[TestCell]] = [header, [.text("1"), .text("Tổ chức Lễ phát động"), .text("UBND xã"), .text("Tháng 8/2025")]]
        let rest: [[TestCell]] = [header, [.text("2"), .text("Báo cáo kết quả"), .text("Phòng Văn hóa - Xã hội"), .text("Tháng 12/2025")]]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(first, then: rest), file: "xa.docx")
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2"])
        #expect(plan.tasks.map(\.title) == ["Tổ chức Lễ phát động", "Báo cáo kết quả"])
        #expect(plan.diagnostics.filter { $0.message.id == "import.continued-table" }.map { $0.rendered(.en) }.first
            == "xa.docx:2:1: warning: table 3 has as many columns as the task table (table 2) and no other header: read as its continuation, the rows in the warnings about it being rows of table 3; check it")
    }

    /// A table after the task table that is not its continuation (another width: the
    /// signatures' table) is not read.
    @Test func aNarrowerTableAfterTheTaskTableIsNotRead() throws {
        let tasks: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Thời gian")],
            [.text("1"), .text("Tổ chức Lễ phát động"), .text("UBND xã"), .text("Tháng 8/2025")],
        ]
        let signatures: [[TestCell]] = [[.text("Nơi nhận:\n- Như trên;\n- Lưu: VT."), .text("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")]]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(tasks, then: signatures), file: "xa.docx")
        #expect(plan.tasks.map(\.title) == ["Tổ chức Lễ phát động"])
        #expect(plan.diagnostics.count == 1)
    }
}

@Suite struct ResultReportTableTests {
    /// The table of a commune's result report (Báo cáo kết quả), the figures of seed
    /// 003_28662ac7b11fe942.txt (Nghĩa Giang, 2025): its progress column stands before the
    /// time due, and says what was done.
    @Test func aProgressColumnBeforeTheTimeIsNoTimeline() throws {
        let rows: [[TestCell]] = [
            [.text("STT"), .text("Nhiệm vụ"), .text("Đơn vị thực hiện"), .text("Tiến độ thực hiện"), .text("Thời hạn"),
             .text("Kết quả thực hiện")],
            [.text("1"), .text("Tổ chức Lễ phát động Phong trào"), .text("UBND xã"), .text("Đã hoàn thành"), .text("Tháng 10/2025"),
             .text("Tổ chức ngày 09/10/2025, 145 người tham dự")],
            [.text("2"), .text("Mở lớp tập huấn kỹ năng số cho người dân"), .text("Phòng Văn hóa - Xã hội"), .text("Đang thực hiện"),
             .text("Quý IV/2025"), .text("80 người ngày 19/11/2025")],
            [.text("3"), .text("Hướng dẫn sử dụng nền tảng “Bình dân học vụ số”"), .text("Phòng Văn hóa - Xã hội"),
             .text("Đúng tiến độ"), .text("Thường xuyên"), .text("2.148 người đăng ký trên cổng của tỉnh")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "bao-cao.docx")
        // The progress was every task's time ("Đã hoàn thành"), and the plan had no year.
        #expect(plan.year == 2025)
        #expect(plan.tasks.map(\.timeline) == ["Tháng 10/2025", "Quý IV/2025", "Thường xuyên"])
        #expect(plan.tasks[0].notes == ["Tiến độ thực hiện: Đã hoàn thành", "Kết quả thực hiện: Tổ chức ngày 09/10/2025, 145 người tham dự"])
        #expect(plan.tasks[0].leads == ["ubnd"])
        #expect(importWarnings(plan) == [
            "bao-cao.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
        ])
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.deadline) == [CivilDate(year: 2025, month: 10, day: 31), CivilDate(year: 2025, month: 12, day: 31), nil])
    }

    /// "Tiến độ thực hiện" alone, as plans head their time column, is still the time.
    @Test func aProgressHeaderAloneIsTheTime() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Tiến độ thực hiện")],
            [.text("1"), .text("Tổ chức Lễ phát động"), .text("UBND xã"), .text("Tháng 8/2025")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "xa.docx")
        #expect(plan.tasks.map(\.timeline) == ["Tháng 8/2025"])
        #expect(plan.tasks[0].notes == [])
    }
}

@Suite struct SchoolTaskListTests {
    /// The tasks of the movement in a university's list for 2026 (Trường Đại học Hùng Vương,
    /// Phú Thọ: Kế hoạch 154/KH-ĐHHV and 201/KH-ĐHHV, its tasks NV35, NV40 to NV42 as a public
    /// copy of the school's tracker holds them), as its office keeps them in a sheet: the
    /// title merged over the columns, the product before the time, and the office for
    /// students written short ("SV&HV") in one row and long in another.
    private static let sheet: [[String?]] = [
        ["DANH MỤC NHIỆM VỤ TRIỂN KHAI PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ” NĂM 2026", nil, nil, nil, nil, nil],
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn hoàn thành"],
        ["1", "Chi bộ trực thuộc tổ chức sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số”", "Các chi bộ",
         "Các đơn vị thuộc và trực thuộc", "Báo cáo kết quả thực hiện", "30/10/2026"],
        ["2", "Tổ chức kiểm tra, giám sát việc triển khai Phong trào trong phạm vi quản lý", "Văn phòng, Phòng Quản lý SV&HV",
         "Các đơn vị thuộc và trực thuộc", "Biên bản kiểm tra", "31/12/2026"],
        ["3", "Tổ chức “Ngày hội toàn dân học tập số” vào ngày 10/10/2026 (Ngày Chuyển đổi số quốc gia)",
         "Trung tâm Học liệu và Truyền thông", "Các đơn vị thuộc và trực thuộc", "Ngày hội, lớp học số", "Ngày 10/10/2026"],
        ["4", "Rà soát, tập trung hoàn thành các chỉ tiêu năm 2026 theo Kế hoạch số 16-KH/TU",
         "Văn phòng, Phòng Quản lý sinh viên và học viên", "Các đơn vị thuộc và trực thuộc",
         "100% cán bộ, viên chức và người học được trang bị kỹ năng số", "Trước 30/11/2026"],
    ]

    @Test func anOfficeWrittenShortAndLongIsOneAgency() throws {
        let plan = try TableImporter.importTable(try OfficeFixture.xlsx(Self.sheet, merges: ["A1:F1"]), file: "hvu.xlsx")
        // "SV&HV" and "sinh viên và học viên" were two agencies, each overdue on its own.
        #expect(plan.agencies.map(\.name) == ["Các chi bộ", "Văn phòng", "Phòng Quản lý sinh viên và học viên",
                                              "Trung tâm Học liệu và Truyền thông"])
        #expect(plan.agencies[2].aliases == ["Phòng Quản lý SV&HV"])
        #expect(plan.tasks[1].leads == plan.tasks[3].leads)
        #expect(plan.tasks[1].leads == ["vp", "qlsvvhv"])
        #expect(importWarnings(plan).contains(
            "hvu.xlsx:6:3: warning: 'Phòng Quản lý sinh viên và học viên' taken as the same body as 'Phòng Quản lý SV&HV' (an abbreviation); check it"))
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.deadline) == [CivilDate(year: 2026, month: 10, day: 30), CivilDate(year: 2026, month: 12, day: 31),
                                                 CivilDate(year: 2026, month: 10, day: 10), CivilDate(year: 2026, month: 11, day: 29)])
    }
}

@Suite struct BudgetColumnTests {
    /// A ward's appendix for 2026 as a Word table: STT | Nội dung | Đơn vị chủ trì | Đơn vị phối
    /// hợp | Thời gian | Kinh phí | Sản phẩm | Ghi chú, groups across the table, the lead merged
    /// down over a group's tasks, and the budget as wards write it: an amount, or where the
    /// money comes from.
    private static let wardTable: [[TestCell]] = [
        [.text("STT"), .text("Nội dung"), .text("Đơn vị chủ trì"), .text("Đơn vị phối hợp"), .text("Thời gian"), .text("Kinh phí"),
         .text("Sản phẩm"), .text("Ghi chú")],
        [.text("I"), .text("TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", span: 7)],
        [.text("1"), .text("Tuyên truyền Phong trào trên hệ thống loa truyền thanh, trang thông tin điện tử phường"),
         .text("Phòng Văn hóa - Xã hội", merge: .restart), .text("Các tổ dân phố; Đoàn Thanh niên phường"), .text("Thường xuyên"),
         .text("Ngân sách phường"), .text("Tin, bài, video"), .text("")],
        [.text("2"), .text("Tổ chức Lễ phát động Phong trào “Bình dân học vụ số” năm 2026"), .text("", merge: .continue),
         .text("Văn phòng HĐND và UBND phường"), .text("Quý I/2026"), .text("20.000.000"), .text("Lễ phát động"),
         .text("Lồng ghép Hội nghị triển khai nhiệm vụ năm")],
        [.text("II"), .text("PHỔ CẬP KỸ NĂNG SỐ", span: 7)],
        [.text("3"), .text("Tổ chức “Ngày hội toàn dân học tập số”"), .text("UBND phường"), .text("Các ban, ngành, đoàn thể phường"),
         .text("Dịp 10/10 hằng năm"), .text("30.000.000 đồng"), .text("Ngày hội"), .text("")],
    ]

    @Test func anAmountIsTheTasksEstimateAndWordsStayInTheNote() throws {
        let plan = try TableImporter.importTable(try OfficeFixture.docx(Self.wardTable), file: "phuong.docx")
        // The amounts were kept only as text in the note: the ward's budget showed nothing.
        #expect(plan.tasks.map(\.estimate) == [nil, 20_000_000, 30_000_000])
        #expect(plan.tasks[0].notes == ["Kinh phí: Ngân sách phường"])
        #expect(plan.tasks[1].notes == ["Ghi chú: Lồng ghép Hội nghị triển khai nhiệm vụ năm"])
        #expect(plan.tasks[1].leads == ["vhxh"])
        #expect(importWarnings(plan) == [
            "phuong.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2026 from the timelines",
        ])
        let yaml = PlanYAMLWriter.yaml(plan)
        #expect(yaml.contains("    deliverable: Lễ phát động\n    budget:\n      estimate: 20.000.000\n    note: "))
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.estimate) == [nil, 20_000_000, 30_000_000])
        #expect(loaded.tasks[2].schedule == .recurring(.yearlyOn(DayOfYear(month: 10, day: 10)!)))
    }

    /// A commune's sheet for 2026 whose budget column counts millions ("Kinh phí (triệu
    /// đồng)"), with a source column beside it: a decimal of millions is said, not guessed.
    @Test func aColumnOfMillionsIsReadInDong() throws {
        let sheet: [[String?]] = [
            ["STT", "Nội dung công việc", "Thời gian thực hiện", "Cơ quan chủ trì", "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
            ["1", "Tập huấn cho thành viên Tổ công nghệ số cộng đồng", "Tháng 02 - 3/2026", "Phòng Văn hóa - Xã hội", "15", "Ngân sách xã"],
            ["2", "Duy trì điểm “Bình dân học vụ số” lưu động tại chợ, nhà văn hóa thôn", "Hằng tháng", "Đoàn Thanh niên", "1,5",
             "Xã hội hóa"],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.xlsx(sheet, merges: []), file: "xa.xlsx")
        #expect(plan.tasks.map(\.estimate) == [15_000_000, nil])
        #expect(plan.tasks[0].notes == ["Nguồn kinh phí: Ngân sách xã"])
        #expect(plan.tasks[1].notes == ["Kinh phí (triệu đồng): 1,5", "Nguồn kinh phí: Xã hội hóa"])
        #expect(importWarnings(plan) == [
            "xa.xlsx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2026 from the timelines",
            "xa.xlsx:3:5: warning: budget '1,5' is not read as a whole number of đồng (e.g. 20.000.000): kept in the 'note'; write 'budget: estimate' if there is one",
        ])
        #expect(plan.diagnostics[1].rendered(.vi) == "xa.xlsx:3:5: warning: kinh phí '1,5' không đọc được thành số đồng nguyên "
            + "(ví dụ 20.000.000): đã ghi vào 'note', cần ghi 'budget: estimate' nếu có")
        #expect(try checkedImport(plan).tasks[0].estimate == 15_000_000)
    }

    /// An amount past what a task's estimate may be (10^15 đồng) was said to be no amount of
    /// đồng at all: "2.000.000.000" in a column of millions is 2 × 10^15 đồng, a unit or a
    /// figure typed wrong. It is said so; the cell stays in the note, and the limit itself is read.
    @Test func anAmountPastTheLimitIsSaidToBeSo() throws {
        let sheet: [[String?]] = [
            ["STT", "Nội dung công việc", "Thời gian thực hiện", "Cơ quan chủ trì", "Kinh phí (triệu đồng)"],
            ["1", "Tập huấn cho thành viên Tổ công nghệ số cộng đồng", "Tháng 3/2026", "Phòng Văn hóa - Xã hội", "2.000.000.000"],
            ["2", "Lễ phát động", "Tháng 4/2026", "Phòng Văn hóa - Xã hội", "1.000.000.000"],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.xlsx(sheet, merges: []), file: "xa.xlsx")
        #expect(plan.tasks.map(\.estimate) == [nil, 1_000_000_000_000_000])
        #expect(plan.tasks[0].notes == ["Kinh phí (triệu đồng): 2.000.000.000"])
        #expect(importWarnings(plan).last
            == "xa.xlsx:2:5: warning: budget '2.000.000.000' is more than a task's estimate may be (1.000.000.000.000.000 đồng): kept in the 'note'; check the amount and the column's unit")
        #expect(plan.diagnostics.last?.rendered(.vi) == "xa.xlsx:2:5: warning: kinh phí '2.000.000.000' lớn hơn mức một nhiệm vụ ghi được "
            + "(1.000.000.000.000.000 đồng): đã ghi vào 'note'; cần xem lại số tiền và đơn vị của cột")
    }
}

@Suite struct WorkbookSheetsTests {
    /// A commune's workbook for 2026 as offices keep it: its targets on the first tab, its
    /// tasks on the second (their parts numbered in the tabs' order, or the other way after
    /// a tab was moved).
    private static let targets: [[String?]] = [
        ["PHỤ LỤC I: CHỈ TIÊU NĂM 2026"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026"],
        ["1", "Tỷ lệ người trưởng thành có kỹ năng số cơ bản", "%", "100"],
    ]
    private static let tasks: [[String?]] = [
        ["PHỤ LỤC II: NHIỆM VỤ NĂM 2026"],
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Kiện toàn Tổ công nghệ số cộng đồng tại các thôn", "Phòng Văn hóa - Xã hội", "Các thôn", "Tháng 01/2026"],
        ["2", "Tổ chức “Ngày hội toàn dân học tập số”", "UBND xã", nil, "Dịp 10/10/2026"],
    ]

    @Test(arguments: [false, true]) func theTasksOnASecondTabAreRead(movedTabs: Bool) throws {
        let data = try OfficeFixture.xlsx(sheets: [("PL1 Chỉ tiêu", Self.targets), ("PL2 Nhiệm vụ", Self.tasks)], movedTabs: movedTabs)
        // Only 'sheet1.xml' was read: the targets' tab, "no task table found" (or, the tabs
        // moved, the tasks' tab with nothing said of which).
        let plan = try TableImporter.importTable(data, file: "xa.xlsx")
        #expect(plan.tasks.map(\.title) == ["Kiện toàn Tổ công nghệ số cộng đồng tại các thôn", "Tổ chức “Ngày hội toàn dân học tập số”"])
        #expect(plan.tasks.map(\.row) == [3, 4])
        #expect(importWarnings(plan) == [
            "xa.xlsx:2:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2026 from the timelines",
            "xa.xlsx:2:1: warning: the task table is read from sheet 2 ('PL2 Nhiệm vụ'); the rows and columns of the warnings are that sheet's",
        ])
        #expect(plan.diagnostics[1].rendered(.vi) == "xa.xlsx:2:1: warning: bảng nhiệm vụ được đọc ở trang tính thứ 2 ('PL2 Nhiệm vụ'); "
            + "dòng và cột trong các cảnh báo là của trang tính này")
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.deadline) == [CivilDate(year: 2026, month: 1, day: 31), CivilDate(year: 2026, month: 10, day: 10)])
    }

    /// The tasks on the first tab: read from it, as before, and nothing said of tabs.
    @Test func theTasksOnTheFirstTabAreReadFromIt() throws {
        let data = try OfficeFixture.xlsx(sheets: [("Nhiệm vụ", Self.tasks), ("Chỉ tiêu", Self.targets)])
        let plan = try TableImporter.importTable(data, file: "xa.xlsx")
        #expect(plan.tasks.count == 2)
        #expect(plan.diagnostics.count == 1)
    }
}

@Suite struct HeaderNameTests {
    /// Headers as schools, wards and offices write them, and the role each names; the last
    /// ones keep their role though they also say "thực hiện".
    static let headers: [(String, ColumnRole?)] = [
        ("Bộ phận thực hiện", .lead), ("Người thực hiện", .lead), ("Lực lượng thực hiện", .lead), ("Chủ thể thực hiện", .lead),
        ("Tổ chức thực hiện", .lead), ("Phân công", .lead), ("Phân công thực hiện", .lead), ("Bộ phận chủ trì", .lead),
        ("Hạn hoàn thành", .timeline), ("Hạn chót", .timeline), ("Thời điểm", .timeline), ("Thời điểm hoàn thành", .timeline),
        ("Hạn", .timeline), ("Mốc thời gian", .timeline),
        ("Nội dung thực hiện", .content), ("Thời gian thực hiện", .timeline), ("Kết quả thực hiện", nil),
        ("Kinh phí thực hiện", .budget), ("Bộ phận phối hợp", .coordinating), ("Nội dung công việc", .content),
    ]

    @Test(arguments: headers) func aHeaderNamesItsRole(header: String, role: ColumnRole?) {
        #expect(ColumnRole.of(header: header) == role)
    }

    /// A lower-secondary school's plan (THCS), its columns as the school heads them: the
    /// lead is who does the work, the time when it is due.
    @Test func aSchoolsTableHasItsLeadsAndDeadlines() throws {
        let csv = """
            STT,Nội dung công việc,Bộ phận thực hiện,Hạn hoàn thành
            1,Tập huấn kỹ năng số cho giáo viên,Tổ Tin học,Quý I/2026
            2,Hướng dẫn học sinh học trên nền tảng “Bình dân học vụ số”,Đoàn Thanh niên,Tháng 3/2026

            """
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "thcs.csv")
        // No lead (the column went to the note), and "Hạn hoàn thành" was no time: no year.
        #expect(plan.tasks.map(\.leads) == [["tth"], ["dtn"]])
        #expect(plan.tasks.map(\.notes) == [[], []])
        #expect(plan.diagnostics.map { $0.rendered(.en) } == [
            "thcs.csv:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2026 from the timelines",
        ])
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.deadline) == [CivilDate(year: 2026, month: 3, day: 31), CivilDate(year: 2026, month: 3, day: 31)])
    }
}

@Suite struct SheetHeadTests {
    /// A ward's plan typed whole in a sheet: its head (the bodies, the motto, number and date,
    /// the title, the legal bases, the purpose) on 18 rows, the table's header on row 19.
    @Test func aHeaderUnderThePlansHeadIsFound() throws {
        var sheet: [[String?]] = [
            ["ỦY BAN NHÂN DÂN PHƯỜNG VIỆT HƯNG"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Độc lập - Tự do - Hạnh phúc"],
            ["Số: 15/KH-UBND"], ["Việt Hưng, ngày 20 tháng 01 năm 2026"], ["KẾ HOẠCH"],
            ["Triển khai Phong trào “Bình dân học vụ số” trên địa bàn phường năm 2026"],
            ["Căn cứ Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương;"],
        ]
        sheet += (1...10).map { ["Mục đích, yêu cầu \($0): …"] }
        sheet += [
            ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Tổ chức Lễ phát động Phong trào năm 2026", "UBND phường", "Quý I/2026"],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.xlsx(sheet, merges: []), file: "phuong.xlsx")
        // "no task table found": the header was searched on the first 15 rows only.
        #expect(plan.tasks.map(\.title) == ["Tổ chức Lễ phát động Phong trào năm 2026"])
        #expect(plan.tasks[0].row == 20)
        #expect(try checkedImport(plan).tasks[0].deadline == CivilDate(year: 2026, month: 3, day: 31))
    }
}

@Suite struct ItemsUnderATaskTests {
    /// Task 3 of the Đông Trà Bồng plan (seed 002_a855d75f751627bb.txt, diacritics restored)
    /// as a commune types it in a table: the task's title over its "+" items, each with its
    /// lead and time, no number of their own.
    @Test func plusItemsUnderATitleAreItsSubtasks() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Cơ quan phối hợp"), .text("Thời gian thực hiện")],
            [.text("1"), .text("Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn toàn xã"), .text("UBND xã"), .text(""),
             .text("Tháng 8/2025")],
            [.text("3"), .text("Tổ chức đào tạo, bồi dưỡng kiến thức, kỹ năng số"), .text(""), .text(""), .text("")],
            [.text(""), .text("+ Đối với người dân: theo khung kiến thức, kỹ năng số tại Phụ lục 1.1 Quyết định 757/QĐ-BKHCN"),
             .text("Phòng Văn hóa - Xã hội"), .text("Các thôn"), .text("Thường xuyên")],
            [.text(""), .text("+ Đối với học sinh, công chức, người lao động trong doanh nghiệp"), .text("Phòng Văn hóa - Xã hội"),
             .text("Trường Tiểu học, Trường THCS"), .text("Theo kế hoạch mở lớp của tỉnh")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "dong-tra-bong.docx")
        // The items were tasks 'nv2', 'nv3' beside the title, which had no lead: not valid.
        #expect(plan.tasks.map(\.id) == ["nv1", "nv3", "nv3-1", "nv3-2"])
        #expect(plan.tasks.map(\.parent) == [nil, nil, "nv3", "nv3"])
        #expect(plan.tasks[2].title == "Đối với người dân: theo khung kiến thức, kỹ năng số tại Phụ lục 1.1 Quyết định 757/QĐ-BKHCN")
        #expect(plan.diagnostics.map { $0.rendered(.en) } == [
            "dong-tra-bong.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
        ])
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.id) == ["nv1", "nv3", "nv3-1", "nv3-2"])
        #expect(loaded.tasks[2].schedule == .ongoing)
        #expect(loaded.tasks[3].schedule == .external)
    }

    /// Items lettered "a)", "b)" under a title: its subtasks 'nv2a', 'nv2b'.
    @Test func letteredItemsUnderATitleAreItsSubtasks() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Thời gian")],
            [.text("1"), .text("Tổ chức Lễ phát động"), .text("UBND xã"), .text("Tháng 8/2025")],
            [.text("2"), .text("Mở lớp “Bình dân học vụ số”"), .text(""), .text("")],
            [.text("a)"), .text("Lớp cho người dân tại các thôn"), .text("Phòng Văn hóa - Xã hội"), .text("Quý IV/2025")],
            [.text("b)"), .text("Lớp cho học sinh"), .text("Trường THCS"), .text("Tháng 11/2025")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "xa.docx")
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv2a", "nv2b"])
        #expect(plan.tasks.map(\.parent) == [nil, nil, "nv2", "nv2"])
        #expect(plan.diagnostics.count == 1)
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.compactMap(\.deadline) == [CivilDate(year: 2025, month: 8, day: 31), CivilDate(year: 2025, month: 12, day: 31),
                                                        CivilDate(year: 2025, month: 11, day: 30)])
    }
}
