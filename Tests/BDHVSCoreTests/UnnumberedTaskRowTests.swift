import Testing
@testable import BDHVSCore

/// Rows with no number of their own, outside the items of a title task: a "+" row before
/// task 1, a "-" row after a task that has its own lead. Beside `ItemsUnderATaskTests`.
@Suite struct UnnumberedTaskRowTests {
    /// The Đông Trà Bồng table (seed 002) with its issuing step typed as a "+" row above task 1:
    /// that row took no number, every id fell back to row order, and task 1 was 'nv2', its
    /// items 'nv3', 'nv4'.
    @Test func aPlusRowBeforeTaskOneKeepsTheNumberedIds() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Cơ quan phối hợp"), .text("Thời gian thực hiện")],
            [.text(""), .text("+ Ban hành Kế hoạch triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã"),
             .text("Phòng Văn hóa - Xã hội"), .text("Văn phòng HĐND và UBND xã"), .text("Tháng 8/2025")],
            [.text("1"), .text("Tổ chức đào tạo, bồi dưỡng kiến thức, kỹ năng số"), .text(""), .text(""), .text("")],
            [.text(""), .text("+ Đối với người dân"), .text("Phòng Văn hóa - Xã hội"), .text("Các thôn"), .text("Thường xuyên")],
            [.text(""), .text("+ Đối với học sinh"), .text("Trường THCS"), .text(""), .text("Theo kế hoạch mở lớp của tỉnh")],
            [.text("2"), .text("Tổ chức “Ngày hội toàn dân học tập số”"), .text("Phòng Văn hóa - Xã hội"), .text("Đoàn Thanh niên"),
             .text("Dự kiến ngày 10/10/2025")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "xa.docx")
        #expect(plan.tasks.map(\.id) == ["nv0-1", "nv1", "nv1-1", "nv1-2", "nv2"])
        #expect(plan.tasks.map(\.parent) == [nil, nil, "nv1", "nv1", nil])
        // Its mark is no part of its title (it was "+ Ban hành …").
        #expect(plan.tasks[0].title == "Ban hành Kế hoạch triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã")
        #expect(plan.diagnostics.map { $0.rendered(.vi) } == [
            "xa.docx:1:1: warning: bảng không có tên kế hoạch, xã, tỉnh và cơ quan ban hành: đã ghi tạm, cần điền lại; năm kế hoạch lấy là 2025 theo cột thời gian",
            "xa.docx:2:2: warning: dòng không có số thứ tự được đọc là một nhiệm vụ riêng, mã 'nv0-1' (trước nhiệm vụ được đánh số đầu tiên); cần kiểm tra đây không phải là ghi chú hay một ý của nhiệm vụ khác",
        ])
        #expect(plan.diagnostics[1].rendered(.en)
            == "xa.docx:2:2: warning: row with no number read as a task of its own, id 'nv0-1' (before the first numbered task); check that it is no note and no item of another task")
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.id) == ["nv0-1", "nv1", "nv1-1", "nv1-2", "nv2"])
        #expect(loaded.tasks[0].deadline == CivilDate(year: 2025, month: 8, day: 31))
        #expect(loaded.tasks[4].deadline == CivilDate(year: 2025, month: 10, day: 10))
    }

    /// A school's table: a "-" step under task 1, which has its own lead and time, is a task of
    /// its own numbered after it ('nv1-1'), and tasks 2 and 3 keep 'nv2', 'nv3' (they were
    /// 'nv3', 'nv4').
    @Test func aDashRowAfterATaskWithItsOwnLeadIsNumberedAfterIt() throws {
        let sheet: [[String?]] = [
            ["STT", "Nội dung công việc", "Người thực hiện", "Thời gian"],
            ["1", "Xây dựng kế hoạch chuyển đổi số năm học 2025-2026", "Hiệu trưởng", "Tháng 9/2025"],
            ["", "- Cập nhật dữ liệu học sinh lên CSDL ngành", "Tổ Văn phòng", "Tháng 10/2025"],
            ["2", "Bồi dưỡng kỹ năng số cho giáo viên", "Tổ chuyên môn", "Quý IV/2025"],
            ["3", "Hướng dẫn học sinh học trên nền tảng Bình dân học vụ số", "Giáo viên chủ nhiệm", "Thường xuyên"],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.xlsx(sheet, merges: []), file: "truong.xlsx")
        #expect(plan.tasks.map(\.id) == ["nv1", "nv1-1", "nv2", "nv3"])
        #expect(plan.tasks.map(\.parent) == [nil, nil, nil, nil])
        #expect(plan.tasks[1].title == "Cập nhật dữ liệu học sinh lên CSDL ngành")
        #expect(plan.diagnostics.map { $0.rendered(.en) }.last
            == "truong.xlsx:3:2: warning: row with no number read as a task of its own, id 'nv1-1' (after task 1); check that it is no note and no item of another task")
        #expect(try checkedImport(plan).tasks.compactMap(\.deadline) == [
            CivilDate(year: 2025, month: 9, day: 30), CivilDate(year: 2025, month: 10, day: 31), CivilDate(year: 2025, month: 12, day: 31),
        ])
    }

    /// A table that numbers no task at all keeps its ids in row order, with no warning per row.
    @Test func aTableThatNumbersNothingKeepsRowOrder() throws {
        let sheet: [[String?]] = [
            ["Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["- Tổ chức Lễ phát động", "UBND xã", "Tháng 8/2025"],
            ["- Tuyên truyền trên các nền tảng số", "Phòng Văn hóa - Xã hội", "Thường xuyên"],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.xlsx(sheet, merges: []), file: "xa.xlsx")
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2"])
        #expect(plan.tasks.map(\.title) == ["Tổ chức Lễ phát động", "Tuyên truyền trên các nền tảng số"])
        #expect(plan.diagnostics.count == 1)
    }
}

extension UnnumberedTaskRowTests {
    /// A "-" row above task 1 with no lead and no time is a note over the tasks below: their
    /// heading, its coordinator cell kept in the title. It was a task with no lead, not valid.
    @Test func aDashRowWithNoLeadAboveTaskOneIsTheirHeading() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nội dung"), .text("Cơ quan chủ trì"), .text("Cơ quan phối hợp"), .text("Thời gian thực hiện")],
            [.text(""), .text("- Các nhiệm vụ dưới đây thực hiện lồng ghép với Đề án 06"), .text(""),
             .text("các cơ quan, đơn vị trên địa bàn xã"), .text("")],
            [.text("1"), .text("Tổ chức Lễ phát động"), .text("UBND xã"), .text("Phòng Văn hóa - Xã hội"), .text("Tháng 8/2025")],
            [.text("2"), .text("Tuyên truyền trên các nền tảng số"), .text("Trung tâm Cung ứng dịch vụ công"), .text(""), .text("Thường xuyên")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "xa.docx")
        #expect(plan.groups.map(\.title) == [
            "Các nhiệm vụ dưới đây thực hiện lồng ghép với Đề án 06; Cơ quan phối hợp: các cơ quan, đơn vị trên địa bàn xã",
        ])
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2"])
        #expect(plan.tasks.map(\.group) == [0, 0])
        #expect(plan.diagnostics.map { $0.rendered(.en) }.last
            == "xa.docx:2:2: warning: row holds only 'Các nhiệm vụ dưới đây thực hiện lồng ghép với Đề án 06; Cơ quan phối hợp: các cơ quan, đơn vị trên địa bàn xã', with no lead and no time: read as the heading of a group of tasks; check it")
        #expect(try checkedImport(plan).tasks.map(\.id) == ["nv1", "nv2"])
    }
}

extension UnnumberedTaskRowTests {
    /// Items "a)", "b)" under tasks that have their own lead and time (a commune plan typed as
    /// the text of Kế hoạch 09/KH-UBND of Hà Nội is written: "1. …", "a) …"): 'nv1a', 'nv2a'.
    /// Read as "a", "b" twice, the ids collided and every task was numbered in row order.
    @Test func lettersUnderTasksWithTheirOwnLeadAreNumberedAfterThem() throws {
        let rows: [[TestCell]] = [
            [.text("TT"), .text("Nhiệm vụ"), .text("Cơ quan chủ trì"), .text("Thời gian")],
            [.text("1"), .text("Nâng cao nhận thức về chuyển đổi số"), .text("Phòng Văn hóa - Xã hội"), .text("Năm 2025")],
            [.text("a)"), .text("Tuyên truyền trên hệ thống truyền thanh"), .text("Phòng Văn hóa - Xã hội"), .text("Thường xuyên")],
            [.text("b)"), .text("Tuyên truyền trên mạng xã hội"), .text("Đoàn Thanh niên"), .text("Thường xuyên")],
            [.text("2"), .text("Phổ cập kỹ năng số"), .text("Phòng Văn hóa - Xã hội"), .text("Năm 2025")],
            [.text("a)"), .text("Mở lớp cho người dân"), .text("Phòng Văn hóa - Xã hội"), .text("Quý IV/2025")],
            [.text("b)"), .text("Mở lớp cho học sinh"), .text("Trường THCS"), .text("Tháng 11/2025")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "xa.docx")
        #expect(plan.tasks.map(\.id) == ["nv1", "nv1a", "nv1b", "nv2", "nv2a", "nv2b"])
        #expect(plan.tasks.map(\.parent) == [nil, nil, nil, nil, nil, nil])
        #expect(plan.diagnostics.count == 1)
        #expect(try checkedImport(plan).tasks.compactMap(\.deadline) == [
            CivilDate(year: 2025, month: 12, day: 31), CivilDate(year: 2025, month: 12, day: 31),
            CivilDate(year: 2025, month: 12, day: 31), CivilDate(year: 2025, month: 11, day: 30),
        ])
    }
}
