import Testing
@testable import BDHVSCore

/// Plans of every level and length (issue 11): the level of the issuer and what it needs,
/// names as written, multi-year plans, numbered task groups and deliverables.
@Suite struct PlanLevelTests {
    /// A ministry's multi-year plan with two groups, tasks in them and one outside.
    static let ministry = """
        format: 1
        id: bkhcn-2025-2030
        title: Kế hoạch thử của một bộ
        level: bo
        years: 2025 - 2030
        issuer: Bộ Khoa học và Công nghệ
        agencies:
          - {id: vp, name: Văn phòng Bộ}
          - {id: vu-th, name: Vụ Tổng hợp}
        groups:
          - {id: nhom-1, number: I, title: Nâng cao nhận thức}
          - {id: nhom-2, number: II, title: Hoàn thiện thể chế}
        tasks:
          - id: nv1
            title: Ban hành chương trình tuyên truyền
            lead: vp
            timeline: 6/2025
            group: nhom-1
            deliverable: Quyết định của Thủ tướng Chính phủ
          - id: nv2
            title: Tuyên truyền thường xuyên
            lead: vp
            timeline: Thường xuyên
            group: nhom-1
          - id: nv3
            title: Sửa đổi Luật
            lead: vu-th
            timeline: Quý IV
            group: nhom-2
          - id: nv4
            title: Tổng kết giai đoạn
            lead: vu-th
            timeline: giai đoạn 2025 - 2030

        """

    @Test func aMinistrysMultiYearPlanNeedsNoCommuneNorProvince() throws {
        let plan = try PlanFixture.plan(Self.ministry)
        #expect(plan.document.planLevel == .bo)
        #expect(plan.document.year == 2025)
        #expect(plan.document.yearSpan == YearSpan(first: 2025, last: 2030))
        #expect(plan.document.place.shown == "Bộ Khoa học và Công nghệ")
        // A phrase without a year is read in the first year; a span is due at its end.
        #expect(plan.tasks.map(\.deadline) == [isoDate("2025-06-30"), nil, isoDate("2025-12-31"), isoDate("2030-12-31")])
        #expect(plan.tasks.map(\.group) == ["nhom-1", "nhom-1", "nhom-2", nil])
        #expect(plan.tasks[0].deliverable == "Quyết định của Thủ tướng Chính phủ")
    }

    @Test func listingsNameEveryPlanAsWritten() throws {
        let store = try StoreFixture.store(loading: Self.ministry)
        let ward = PlanFixture.variant([("id: thu-nghiem-2025", "id: phuong-3-2025"), ("commune: Thử Nghiệm", "commune: Phường 3"),
                                        ("commune_kind: xã", "commune_kind: phường")])
        _ = try store.load(try PlanFixture.plan(ward), sourcePath: "ward.yaml")
        _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        let rows = try store.plans()
        #expect(rows.map(\.place) == ["Bộ Khoa học và Công nghệ", "Phường 3", "xã Thử Nghiệm"])
        #expect(rows.map(\.years) == ["2025–2030", "2025", "2025"])
        #expect(rows.map(\.level) == ["bo", nil, nil])
        let text = PlanText(language: .vi).render(rows)
        #expect(text.contains("phuong-3-2025    Phường 3   "), "\(text)")
        #expect(!text.contains("phường Phường"))
    }

    @Test func statusByGroupCountsTasksNotGroups() throws {
        let store = try StoreFixture.store(loading: Self.ministry)
        let rows = try store.statusByGroup(PlanScope(plan: "bkhcn-2025-2030"), asOf: isoDate("2025-07-10"))
        #expect(rows.map(\.group) == ["nhom-1", "nhom-2", nil])
        #expect(rows.map(\.total) == [2, 1, 1])
        #expect(rows.map(\.overdue) == [1, 0, 0])
        #expect(rows[0].counts[.ongoing] == 1)
        #expect(rows[1].counts[.inProgress] == 1)
        // The groups' counts add up to the plan's status, which counts the four tasks.
        let status = try store.status(PlanScope(plan: "bkhcn-2025-2030"), asOf: isoDate("2025-07-10"))
        #expect(status.completion.total == 4)
        let text = GroupStatusText(language: .vi).render(rows, asOf: isoDate("2025-07-10"))
        #expect(text.hasPrefix("Tình hình thực hiện theo nhóm nhiệm vụ (4 nhiệm vụ) · Tính đến ngày 10/07/2025\n"))
        #expect(text.contains("\nI     Nâng cao nhận thức"))
        #expect(text.contains("(ngoài các nhóm)"))
    }

    @Test func theDeliverableIsShownAndReloadsAsAChangedField() throws {
        let store = try StoreFixture.store(loading: Self.ministry)
        let rows = try store.tasks(PlanScope(plan: "bkhcn-2025-2030"), asOf: isoDate("2025-07-10"))
        #expect(rows.map(\.deliverable) == ["Quyết định của Thủ tướng Chính phủ", nil, nil, nil])
        let csv = CSVWriter().tasks(rows)
        #expect(csv.components(separatedBy: "\r\n")[0].hasSuffix(",extended_from,deliverable"))
        #expect(csv.components(separatedBy: "\r\n")[1].hasSuffix(",Quyết định của Thủ tướng Chính phủ"))
        let edited = PlanFixture.variant("deliverable: Quyết định của Thủ tướng Chính phủ", "deliverable: Đề án", in: Self.ministry)
        let summary = try store.load(try PlanFixture.plan(edited), sourcePath: PlanFixture.fileName)
        #expect(summary.changed.map(\.task) == ["nv1"])
        #expect(summary.changed.first?.fields == ["deliverable"])
    }

    @Test func taskShowNamesTheGroupAndTheDeliverable() throws {
        let store = try StoreFixture.store(loading: Self.ministry)
        let detail = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-07-10"))
        #expect(detail.group == "I Nâng cao nhận thức")
        let lines = TaskDetailText(language: .vi).render(detail).split(separator: "\n").map(String.init)
        #expect(lines.contains("  Nhóm nhiệm vụ: I Nâng cao nhận thức"))
        #expect(lines.contains("  Sản phẩm: Quyết định của Thủ tướng Chính phủ"))
        #expect(try store.detail(task: "nv4", plan: nil, asOf: isoDate("2025-07-10")).group == nil)
    }

    @Test(arguments: [
        ("level: bo", "level: xa", "plan.yaml:1:1: error: missing required key 'commune' for a plan of level 'xa'"),
        ("level: bo", "level: tinh", "plan.yaml:1:1: error: missing required key 'province' for a plan of level 'tinh'"),
        ("years: 2025 - 2030", "years: 2030 - 2025",
         "plan.yaml:5:8: error: 'years' must be a first year and a later last year, both from 2000 to 2100, found '2030 - 2025'"),
        ("years: 2025 - 2030", "years: 2025 - 2030\nyear: 2031", "plan.yaml:6:7: error: 'year' 2031 is not one of the years '2025 - 2030'"),
        ("years: 2025 - 2030\n", "", "plan.yaml:1:1: error: missing required key 'year' (or 'years' for a multi-year plan) in the plan"),
        ("    group: nhom-2\n", "    group: nhom-3\n", "plan.yaml:29:12: error: unknown task group 'nhom-3'; did you mean 'nhom-1'?"),
        ("  - {id: nhom-2,", "  - {id: nhom-1,", "plan.yaml:12:10: error: duplicate group id 'nhom-1'; it is already used at line 11"),
    ])
    func whatALevelNeeds(edit: (String, String, String)) {
        let outcome = PlanFixture.check(PlanFixture.variant(edit.0, edit.1, in: Self.ministry))
        #expect(outcome.plan == nil)
        #expect(outcome.diagnostics.map(\.description).contains(edit.2), "\(outcome.diagnostics.map(\.description))")
    }

    @Test func aCommuneKindThatContradictsTheLevelIsRefused() {
        let outcome = PlanFixture.check(PlanFixture.variant("commune_kind: xã", "commune_kind: xã\nlevel: phuong"))
        #expect(outcome.diagnostics.map(\.description)
            == ["plan.yaml:5:15: error: 'commune_kind' is 'xã' but 'level' is 'phuong'; write one of them, or make them agree"])
        #expect(outcome.diagnostics.first?.message.text(.vi)
            == "'commune_kind' là 'xã' nhưng 'level' là 'phuong'; chỉ ghi một trong hai, hoặc ghi cho khớp nhau")
    }

    @Test func aCommunePlanWithoutItsCommuneSaysSoInVietnamese() {
        let outcome = PlanFixture.check(PlanFixture.variant("commune: Thử Nghiệm\n", ""))
        #expect(outcome.diagnostics.map { $0.rendered(.vi) } == ["plan.yaml:1:1: error: thiếu khóa bắt buộc 'commune' cho kế hoạch cấp 'xa'"])
    }

    /// A lead written for many bodies at once is one collective body, never split at its commas.
    @Test(arguments: [("Các bộ, ngành, địa phương", true), ("Bộ, ngành, địa phương", true), ("UBND các xã, phường", true),
                      ("Bộ Văn hóa, Thể thao và Du lịch", false), ("Bộ Khoa học và Công nghệ", false), ("VTV, VOV, TTXVN", false),
                      // As Đồng Tháp's plans write them (Tests/RealPlans): kinds of body, and bodies whose name holds "các".
                      ("Sở, ban, ngành có liên quan", true), ("Viện, Trường", true), ("Doanh nghiệp, Sở, ban, ngành có liên quan", true),
                      ("Liên hiệp các Hội Khoa học và Kỹ thuật", false), ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", false)])
    func collectiveNames(name: String, collective: Bool) {
        #expect(BodyNames.isPlural(name) == collective)
        if collective { #expect(BodyNames.split(name) == [name]) }
    }

    /// Bodies named before a phrase for many bodies are bodies of their own.
    @Test func namedBodiesBeforeAPhraseForMany() {
        #expect(BodyNames.split("Bộ Khoa học và Công nghệ, các bộ, ngành, địa phương")
            == ["Bộ Khoa học và Công nghệ", "các bộ, ngành, địa phương"])
        #expect(BodyNames.split("Bộ Khoa học và Công nghệ và các địa phương") == ["Bộ Khoa học và Công nghệ", "các địa phương"])
        #expect(BodyNames.split("Bộ Công an, Bộ Nội vụ, Thanh tra Chính phủ, các bộ, ngành và địa phương")
            == ["Bộ Công an", "Bộ Nội vụ", "Thanh tra Chính phủ", "các bộ, ngành và địa phương"])
        #expect(BodyNames.split("UBND các xã, phường") == ["UBND các xã, phường"])
        #expect(BodyNames.split("Các cơ quan, đơn vị, tổ chức trên địa bàn xã") == ["Các cơ quan, đơn vị, tổ chức trên địa bàn xã"])
    }

    /// A roll-up of a national plan with communes' plans: the national plan's row has no province.
    @Test func aRollUpNamesPlansWithoutAProvince() throws {
        let store = try StoreFixture.store(loading: Self.ministry)
        let other = PlanFixture.variant([("id: thu-nghiem-2025", "id: ha-noi-2025"), ("province: Quảng Ngãi", "province: Hà Nội")])
        _ = try store.load(try PlanFixture.plan(other), sourcePath: "ha-noi.yaml")
        _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        let report = try store.status(.all, asOf: isoDate("2025-07-10"))
        #expect(report.provinces.map(\.province).sorted() == ["", "Hà Nội", "Quảng Ngãi"])
        let text = StatusText(language: .vi).render(report)
        #expect(text.contains("\n  (trung ương)  "), "\(text)")
        #expect(text.contains("\n  bkhcn-2025-2030  Bộ Khoa học và Công nghệ  "), "\(text)")
    }
}
