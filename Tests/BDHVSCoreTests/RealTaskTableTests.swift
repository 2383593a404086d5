import Foundation
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

// `plan import` of real task tables of the "Bình dân học vụ số" movement, in shapes the other
// table tests lack, asserting what an official reads in them: bodies, groups, deadlines.

@Suite struct RealTaskTableTests {
    /// Tasks 1 and 4 of the Đông Trà Bồng plan (seed 002_a855d75f751627bb.txt, diacritics
    /// restored) as a commune's Word table with a "Cơ quan tham mưu" column: task 1 is led by
    /// the UBND with the Phòng Văn hóa - Xã hội advising, and its coordinators are written as
    /// the plan writes them, one line with commas.
    private static let communeTable: [[TestCell]] = [
        [.text("TT"), .text("Nội dung nhiệm vụ"), .text("Cơ quan chủ trì"), .text("Cơ quan tham mưu"), .text("Cơ quan phối hợp"),
         .text("Thời gian thực hiện")],
        [.text("1"), .text("Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn toàn xã"), .text("UBND xã"),
         .text("Phòng Văn hóa - Xã hội"),
         .text("Văn phòng HĐND và UBND xã, Trung tâm cung ứng dịch vụ công, BCĐ cải cách hành chính, chuyển đổi số và đề án 06, "
            + "các cơ quan, đơn vị, tổ chức trên địa bàn xã"),
         .text("Tháng 8/2025")],
        [.text("4"), .text("Hướng dẫn sử dụng hiệu quả nền tảng học trực tuyến mở đại trà quốc gia (MOOCs) “Bình dân học vụ số”"),
         .text("Phòng Văn hóa - Xã hội và Công an xã"), .text("Văn phòng HĐND và UBND xã; Công an xã"),
         .text("Các cơ quan, tổ chức, đơn vị thuộc xã và các thôn"), .text("Thường xuyên và theo kế hoạch của tỉnh")],
    ]

    @Test func aCommuneTableKeepsItsOfficeItsSteeringCommitteeAndItsAdvisoryBody() throws {
        let plan = try TableImporter.importTable(try OfficeFixture.docx(Self.communeTable), file: "dong-tra-bong.docx")
        // "Văn phòng HĐND và UBND xã" was two bodies (the UBND then coordinated the task it
        // leads) and "BCĐ …" was run into the Trung tâm before it.
        #expect(plan.agencies.map(\.name) == ["UBND xã", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã",
                                              "Trung tâm cung ứng dịch vụ công",
                                              "BCĐ cải cách hành chính, chuyển đổi số và đề án 06", "Công an xã"])
        #expect(plan.tasks[0].leads == ["ubnd"])
        #expect(plan.tasks[0].advisory == "vhxh")
        #expect(plan.tasks[0].coordinating == [.agency("vphdndvubnd"), .agency("ttcudvc"), .agency("bcdcchccdsvda0"),
                                               .text("các cơ quan, đơn vị, tổ chức trên địa bàn xã")])
        #expect(plan.tasks[0].notes == [])
        // Two bodies in the advisory cell: kept in the note, said at the cell.
        #expect(plan.tasks[1].leads == ["vhxh", "ca"])
        #expect(plan.tasks[1].advisory == nil)
        #expect(plan.tasks[1].notes == ["Cơ quan tham mưu: Văn phòng HĐND và UBND xã; Công an xã"])
        #expect(importWarnings(plan) == [
            "dong-tra-bong.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
            "dong-tra-bong.docx:3:3: warning: lead 'Phòng Văn hóa - Xã hội và Công an xã' read as 2 bodies: 'Phòng Văn hóa - Xã hội', 'Công an xã'; check that it is not one body",
            "dong-tra-bong.docx:3:4: warning: advisory body 'Văn phòng HĐND và UBND xã; Công an xã' is not one body; a task has one advisory body: kept in its 'note', check it",
        ])
        #expect(plan.diagnostics[2].rendered(.vi) == "dong-tra-bong.docx:3:4: warning: cơ quan tham mưu 'Văn phòng HĐND và UBND xã; Công an xã' "
            + "không phải là một cơ quan; mỗi nhiệm vụ có một cơ quan tham mưu: đã ghi vào 'note', cần kiểm tra")
        let yaml = PlanYAMLWriter.yaml(plan)
        #expect(yaml.contains("    lead: ubnd\n    advisory: vhxh\n    coordinating:\n      - vphdndvubnd\n"))
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks[0].advisory == "vhxh")
        #expect(loaded.tasks[0].deadline == CivilDate(year: 2025, month: 8, day: 31))
        #expect(loaded.tasks[1].schedule == .ongoingAndExternal)
    }

    /// Task 1's coordinators as the Đông Trà Bồng plan writes them (seed 002_a855d75f751627bb.txt,
    /// diacritics restored): the office of both councils is one body, the steering committee
    /// ("BCĐ …") another, and neither is run into its neighbour.
    @Test func theOfficeOfBothCouncilsAndTheSteeringCommitteeAreOneBodyEach() {
        #expect(BodyNames.split("Văn phòng HĐND và UBND xã, Trung tâm cung ứng dịch vụ công, BCĐ cải cách hành chính, "
            + "chuyển đổi số và đề án 06, các cơ quan, đơn vị, tổ chức trên địa bàn xã") == [
            "Văn phòng HĐND và UBND xã", "Trung tâm cung ứng dịch vụ công", "BCĐ cải cách hành chính, chuyển đổi số và đề án 06",
            "các cơ quan, đơn vị, tổ chức trên địa bàn xã",
        ])
        #expect(BodyNames.split("Van phong HDND va UBND xa; Cong an xa") == ["Van phong HDND va UBND xa", "Cong an xa"])
        #expect(BodyNames.split("Văn phòng Đoàn ĐBQH và HĐND tỉnh") == ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"])
        // An office named by its own body, then another body: two.
        #expect(BodyNames.split("Văn phòng UBND xã và UBND phường") == ["Văn phòng UBND xã", "UBND phường"])
        #expect(BodyNames.split("Phòng VH-XH và Công an xã") == ["Phòng VH-XH", "Công an xã"])
    }

    /// Phụ lục II of Quyết định 2629/QĐ-TTg (01/12/2025, the Government's programme for a
    /// digital government; copy of thuvienphapluat.vn): group III divided into III.1 (and
    /// III.1.3 under it) and III.2, task 24 the national "Bình dân học vụ số" platform, group VI
    /// (digital human resources) whole. Kept in `Tests/TableImportFixtures/qd2629-pl2-extract.csv`.
    private static func programme() throws -> ImportedPlan {
        let rows = CSVReader.rows(try PackageFiles.text("Tests/TableImportFixtures/qd2629-pl2-extract.csv")).map { $0.map(\.text) }
        // As the document prints it: a group's title merged across the five columns after its number.
        let table = rows.map { row -> [TestCell] in
            row[2...].allSatisfy(\.isEmpty) ? [.text(row[0]), .text(row[1], span: 5)] : row.map { .text($0) }
        }
        return try TableImporter.importTable(try OfficeFixture.docx(table), file: "qd2629.docx")
    }

    @Test func groupsDividedIntoNumberedGroupsAreGroups() throws {
        let plan = try Self.programme()
        #expect(plan.groups.map(\.number) == ["III", "III.1", "III.1.3", "III.2", "VI"])
        #expect(plan.groups[2].title == "Nhóm các nền tảng cung cấp dịch vụ hạ tầng cơ bản, dùng chung")
        #expect(plan.tasks.map(\.id) == ["nv23", "nv24", "nv25", "nv27", "nv1", "nv2", "nv3", "nv4", "nv5", "nv6", "nv7"])
        #expect(plan.tasks.map(\.group) == [2, 2, 2, 3, 4, 4, 4, 4, 4, 4, 4])
        #expect(importWarnings(plan) == [
            "qd2629.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
            "qd2629.docx:14:3: warning: lead 'Bộ Khoa học và Công nghệ; Bộ Nội vụ' read as 2 bodies: 'Bộ Khoa học và Công nghệ', 'Bộ Nội vụ'; check that it is not one body",
        ])
        let loaded = try checkedImport(plan)
        let deadlines = Dictionary(uniqueKeysWithValues: loaded.tasks.map { ($0.id, $0.deadline) })
        #expect(loaded.tasks.first { $0.id == "nv23" }?.schedule == .ongoingFrom(isoDate("2026-01-01")), "'Bắt đầu triển khai từ năm 2026'")
        #expect(deadlines["nv24"] == CivilDate(year: 2030, month: 12, day: 31), "'Năm 2025-2030'")
        #expect(deadlines["nv25"] == CivilDate(year: 2026, month: 12, day: 31), "'Năm 2026'")
        #expect(deadlines["nv27"] == CivilDate(year: 2025, month: 12, day: 31), "'Tháng 12/2025'")
        #expect(deadlines["nv4"] == CivilDate(year: 2026, month: 12, day: 31), "'Tháng 12/2026'")
        #expect(loaded.tasks.first { $0.id == "nv4" }?.leads == ["bkhvcn", "bnv"])
    }

    /// Phụ lục II of Thông báo 624/TB-VPCP (16/11/2025, Văn phòng Chính phủ; copy of
    /// thuvienphapluat.vn): what each minister was given by Thông báo 552/TB-VPCP, with its
    /// deadline, what was done and how far, under a heading per minister, as a ministry's
    /// sheet holds it (headings merged across B:F). Task 14 is the course material on the
    /// "Bình dân học vụ số" platform, task 18 the launch of the movement; the numbers repeat
    /// (two tasks 22) as the document has them. Kept in `Tests/TableImportFixtures/tb624-pl2-extract.csv`.
    private static func progressTable() throws -> ImportedPlan {
        let rows = CSVReader.rows(try PackageFiles.text("Tests/TableImportFixtures/tb624-pl2-extract.csv")).map { $0.map(\.text) }
        let sheet = rows.map { $0.map { $0.isEmpty ? nil : $0 } as [String?] }
        let merges = rows.indices.filter { rows[$0][0].isEmpty && $0 > 0 }.map { "B\($0 + 1):F\($0 + 1)" }
        return try TableImporter.importTable(try OfficeFixture.xlsx(sheet, merges: merges), file: "tb624.xlsx")
    }

    @Test func headingsOverTheTasksAreGroupsAndTheFirstIsNoHeader() throws {
        let plan = try Self.progressTable()
        // The first heading was read as a second header row (it names "Nhiệm vụ"), and each
        // heading as a task with no lead.
        #expect(plan.groups.map(\.title) == [
            "Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo", "Nhiệm vụ giao Bộ trưởng Bộ Công an chỉ đạo",
            "Nhiệm vụ giao Bộ trưởng Bộ Nội vụ chỉ đạo", "Nhiệm vụ giao Bộ trưởng Bộ Xây dựng chỉ đạo",
            "Nhiệm vụ giao Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo",
        ])
        #expect(plan.groups.map(\.number) == ["", "", "", "", ""])
        // "Kết quả thực hiện" says what was done, not the product due: it is no deliverable.
        #expect(plan.tasks[0].deliverable == nil)
        #expect(plan.tasks[0].notes == ["Kết quả thực hiện: Chính phủ đã trình QH dự án Luật tại Tờ trình số 1039/TTr-CP ngày 07/11/2025",
                                        "Tiến độ: Đã hoàn thành"])
        #expect(plan.tasks.map(\.id) == ["nv1-5", "nv1-6", "nv1-9", "nv2-10", "nv2-13", "nv2-14", "nv2-15", "nv3-16", "nv3-18",
                                         "nv4-22", "nv4-20", "nv4-21", "nv5-22"])
        #expect(plan.tasks.map(\.leads) == [["bkhvcn"], ["bkhvcn"], ["bkhvcn"], ["bca"], ["bca"], ["bca"], ["bca"], ["bnv"], ["bnv"],
                                            ["bxd"], ["bxd"], ["bxd"], ["bnnvmt"]])
        #expect(importWarnings(plan) == [
            "tb624.xlsx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
            "tb624.xlsx:2:2: warning: row holds only 'Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo', with no lead and no time: read as the heading of a group of tasks; check it",
            "tb624.xlsx:6:2: warning: row holds only 'Nhiệm vụ giao Bộ trưởng Bộ Công an chỉ đạo', with no lead and no time: read as the heading of a group of tasks; check it",
            "tb624.xlsx:11:2: warning: row holds only 'Nhiệm vụ giao Bộ trưởng Bộ Nội vụ chỉ đạo', with no lead and no time: read as the heading of a group of tasks; check it",
            "tb624.xlsx:14:2: warning: row holds only 'Nhiệm vụ giao Bộ trưởng Bộ Xây dựng chỉ đạo', with no lead and no time: read as the heading of a group of tasks; check it",
            "tb624.xlsx:18:2: warning: row holds only 'Nhiệm vụ giao Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo', with no lead and no time: read as the heading of a group of tasks; check it",
        ])
        #expect(plan.diagnostics[1].rendered(.vi) == "tb624.xlsx:2:2: warning: dòng chỉ có 'Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ "
            + "chỉ đạo', không có cơ quan chủ trì và thời gian: được đọc là tiêu đề một nhóm nhiệm vụ; cần kiểm tra")
        // Dates as the column writes them, and "Nhiệm vụ thường xuyên".
        let loaded = try checkedImport(plan)
        let deadlines = loaded.tasks.map { $0.deadline.map(\.vietnamese) ?? "\($0.schedule.map { "\($0)" } ?? "-")" }
        #expect(deadlines == ["31/12/2025", "31/10/2025", "30/11/2025", "ongoing", "30/11/2025", "31/10/2025", "31/12/2026",
                              "31/10/2025", "31/10/2025", "31/12/2025", "31/10/2025", "31/10/2025", "31/12/2025"])
    }

    /// Phụ lục I of Thông báo 624/TB-VPCP: the tasks past their deadline and not done "as of
    /// 07/11/2025", in two numbered sections, each a row across the table ("1. Các nhiệm vụ
    /// …"), the header printed again under the second, and a column "Văn bản giao nhiệm vụ"
    /// that names no role. Kept in `Tests/TableImportFixtures/tb624-pl1-extract.csv`.
    @Test func numberedSectionsAcrossTheTableAndTheHeaderPrintedAgain() throws {
        let rows = CSVReader.rows(try PackageFiles.text("Tests/TableImportFixtures/tb624-pl1-extract.csv")).map { $0.map(\.text) }
        let table = rows.map { row -> [TestCell] in
            row[1...].allSatisfy(\.isEmpty) ? [.text(row[0], span: 5)] : row.map { .text($0) }
        }
        let plan = try TableImporter.importTable(try OfficeFixture.docx(table), file: "tb624.docx")
        #expect(plan.groups == [
            .init(number: "1.", title: "Các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quá hạn chưa hoàn thành"),
            .init(number: "2.", title: "Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành"),
        ])
        // The header printed again was a task 'Nhiệm vụ' led by 'Cơ quan chủ trì thực hiện'.
        #expect(plan.tasks.map(\.id) == ["nv2", "nv6", "nv9", "nv4", "nv5", "nv15"])
        #expect(plan.tasks.map(\.group) == [0, 0, 0, 1, 1, 1])
        #expect(plan.tasks[3].notes == ["Văn bản giao nhiệm vụ: Thông báo số 44-TB/TGV ngày 12/9/2025"])
        #expect(importWarnings(plan) == [
            "tb624.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
            "tb624.docx:2:1: warning: row holds only '1. Các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quá hạn chưa hoàn thành', with no lead and no time: read as the heading of a group of tasks; check it",
            "tb624.docx:6:1: warning: row holds only '2. Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành', with no lead and no time: read as the heading of a group of tasks; check it",
            "tb624.docx:7:1: warning: row repeats the table's header; row skipped",
        ])
        // Every task the document lists as overdue on 07/11/2025 is due before that day.
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map { $0.deadline.map(\.vietnamese) } == ["30/06/2025", "31/10/2025", "30/09/2025", "31/10/2025",
                                                                       "20/10/2025", "31/10/2025"])
        #expect(loaded.tasks.allSatisfy { $0.deadline.map { $0 < CivilDate(year: 2025, month: 11, day: 7)! } == true })
        #expect(loaded.tasks.map(\.leads) == [["cbn"], ["btc"], ["cbnd"], ["bca"], ["bca"], ["byt"]])
    }

    /// Task 3 of the Đông Trà Bồng plan (seed 002) as a commune's table writes it: the task's
    /// title on its own row, its "+" items numbered under it, each with a lead and a time.
    @Test func rowsNumberedUnderATaskWithNoLeadAreItsSubtasks() throws {
        let table: [[TestCell]] = [
            [.text("TT"), .text("Nội dung nhiệm vụ"), .text("Cơ quan chủ trì"), .text("Cơ quan phối hợp"), .text("Thời gian thực hiện")],
            [.text("3"), .text("Tổ chức và đăng kí tham gia các lớp đào tạo, tập huấn để cập nhật, nâng cao trình độ về chuyển đổi số, "
                + "kĩ năng số cho cán bộ, công chức, viên chức, người lao động và người dân trên địa bàn xã"), .text(""), .text(""), .text("")],
            [.text("3.1"), .text("Triển khai phối hợp tập huấn cho người dân trong độ tuổi trưởng thành theo mục tiêu, Khung kiến thức, "
                + "kĩ năng số cơ bản tại Phụ lục 1.1"), .text("Phòng Văn hóa - Xã hội"),
             .text("Các cơ quan, tổ chức, đơn vị thuộc xã và các thôn"), .text("Thường xuyên")],
            [.text("3.2"), .text("Tham gia các lớp đào tạo cho học sinh từ cấp tiểu học đến trung học cơ sở theo mục tiêu Khung kiến thức, "
                + "kĩ năng số cơ bản tại Phụ lục 1.2"), .text("Phòng Văn hóa - Xã hội"), .text("Trường Tiểu học, Trường THCS"),
             .text("Theo kế hoạch mở lớp của tỉnh")],
            [.text("4"), .text("Tổ chức tuyên truyền “Ngày hội toàn dân học tập số”"), .text("Phòng Văn hóa - Xã hội"),
             .text("Các thôn"), .text("Dự kiến ngày 10/10/2025")],
            // Numbered under a task that has a lead: a task of its own.
            [.text("4.1"), .text("Báo cáo kết quả Ngày hội"), .text("Phòng Văn hóa - Xã hội"), .text(""), .text("Tháng 10/2025")],
        ]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(table), file: "dong-tra-bong.docx")
        #expect(plan.tasks.map(\.id) == ["nv3", "nv3-1", "nv3-2", "nv4", "nv4-1"])
        #expect(plan.tasks.map(\.parent) == [nil, "nv3", "nv3", nil, nil])
        // Task 3 leads nothing itself: no warning that it has no lead or no time.
        #expect(importWarnings(plan) == [
            "dong-tra-bong.docx:1:1: warning: the table gives no plan title, commune, province or issuer: placeholders written, to be filled in; plan year taken as 2025 from the timelines",
        ])
        let yaml = PlanYAMLWriter.yaml(plan)
        #expect(yaml.contains("\n    subtasks:\n      - id: nv3-1\n        title: Triển khai phối hợp tập huấn cho người dân"))
        #expect(yaml.contains("\n        lead: vhxh\n        coordinating:\n          - tth\n          - tthcs\n"
            + "        timeline: Theo kế hoạch mở lớp của tỉnh\n\n  - id: nv4\n"))
        let loaded = try checkedImport(plan)
        #expect(loaded.tasks.map(\.id) == ["nv3", "nv3-1", "nv3-2", "nv4", "nv4-1"])
        #expect(loaded.tasks.map(\.parentID) == [nil, "nv3", "nv3", nil, nil])
        #expect(loaded.tasks[0].hasSubtasks)
        #expect(loaded.tasks[1].schedule == .ongoing)
        #expect(loaded.tasks[2].schedule == .external)
        #expect(loaded.tasks[3].deadline == CivilDate(year: 2025, month: 10, day: 10))
        #expect(loaded.tasks[4].deadline == CivilDate(year: 2025, month: 10, day: 31))
    }

    /// Task I.4 of Phụ lục II of Quyết định 2629/QĐ-TTg: three leads, each "với" what it is for.
    @Test func leadsWithWhatEachIsForAreTheBodiesTheScopeKeptInTheNote() throws {
        let cell = "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật áp dụng chung toàn quốc; "
            + "các bộ, ngành với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật nội ngành"
        #expect(BodyNames.leads(cell).names == ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"])
        #expect(BodyNames.leads(cell).scoped)
        // "phối hợp với" is no scope; a cell with no "với" is split as before.
        #expect(BodyNames.leads("Sở Tư pháp phối hợp với Sở Nội vụ").scoped == false)
        #expect(BodyNames.leads("Bộ Khoa học và Công nghệ; Bộ Nội vụ") == (["Bộ Khoa học và Công nghệ", "Bộ Nội vụ"], false))
        let csv = "TT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n"
            + "4,\"Xây dựng các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật về Chính phủ số\",\"\(cell)\",\"Các bộ, ngành có liên quan\",Năm 2025-2030\n"
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "qd2629.csv")
        #expect(plan.tasks[0].leads == ["bca", "bkhvcn", "cbn"])
        #expect(plan.agencies.map(\.collective) == [false, false, true])
        #expect(plan.tasks[0].notes == ["Cơ quan chủ trì: \(cell)"])
        #expect(importWarnings(plan)[1] == "qd2629.csv:2:76: warning: lead '\(cell)' read as 3 bodies: 'Bộ Công an', 'Bộ Khoa học và Công nghệ', "
            + "'các bộ, ngành'; check that it is not one body")
    }
}
