import Foundation
import Testing
@testable import BDHVSCore

/// The example plans shipped in `Plans/`, read exactly as `bdhvs plan load` reads them.
@Suite struct PlansTests {
    static let files = PackageFiles.planFiles()

    static func load(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Plan {
        let outcome = PlanLoader.load(path: PackageFiles.path("Plans/\(name)"))
        #expect(outcome.diagnostics == [], sourceLocation: sourceLocation)
        return try #require(outcome.plan, sourceLocation: sourceLocation)
    }

    @Test func bothExamplePlansAreFound() {
        #expect(Self.files.contains("dong-tra-bong-2025.yaml"))
        #expect(Self.files.contains("nghia-giang-2026.yaml"))
    }

    @Test(arguments: files)
    func everyPlanLoadsWithoutAnyDiagnostic(name: String) throws {
        let path = PackageFiles.path("Plans/\(name)")
        let outcome = PlanLoader.load(path: path)
        #expect(outcome.diagnostics == [])
        let plan = try #require(outcome.plan)
        #expect(plan.id + ".yaml" == name, "the file is named after the plan id")
        #expect(!plan.tasks.isEmpty)
    }

    // MARK: - Đông Trà Bồng 2025

    struct ExpectedTask: Sendable, CustomTestStringConvertible {
        let id: String
        let parent: String?
        let leads: [String]
        let timeline: String?
        let schedule: Schedule?
        let deadline: String?
        var testDescription: String { id }
    }

    static let dongTraBong: [ExpectedTask] = [
        ExpectedTask(id: "nv1", parent: nil, leads: ["ubnd"], timeline: "Tháng 8/2025",
                     schedule: .due(isoDate("2025-08-31"), start: nil, tentative: false), deadline: "2025-08-31"),
        ExpectedTask(id: "nv2", parent: nil, leads: ["ttcudvc"], timeline: "Thường xuyên", schedule: .ongoing, deadline: nil),
        ExpectedTask(id: "nv3", parent: nil, leads: [], timeline: nil, schedule: nil, deadline: nil),
        ExpectedTask(id: "nv3a", parent: "nv3", leads: ["vhxh"], timeline: "Thường xuyên", schedule: .ongoing, deadline: nil),
        ExpectedTask(id: "nv3b", parent: "nv3", leads: ["vhxh"], timeline: "Theo kế hoạch mở lớp của tỉnh",
                     schedule: .external, deadline: nil),
        ExpectedTask(id: "nv4", parent: nil, leads: ["vhxh", "ca"], timeline: "Thường xuyên và theo kế hoạch của tỉnh",
                     schedule: .ongoingAndExternal, deadline: nil),
        ExpectedTask(id: "nv5", parent: nil, leads: ["vhxh"], timeline: "Dự kiến ngày 10/10/2025",
                     schedule: .due(isoDate("2025-10-10"), start: nil, tentative: true), deadline: "2025-10-10"),
    ]

    @Test func dongTraBongTaskIdsInOrder() throws {
        let plan = try Self.load("dong-tra-bong-2025.yaml")
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv3", "nv3a", "nv3b", "nv4", "nv5"])
        #expect(plan.tasks.filter(\.hasSubtasks).map(\.id) == ["nv3"])
    }

    @Test(arguments: dongTraBong)
    func dongTraBongTask(_ expected: ExpectedTask) throws {
        let plan = try Self.load("dong-tra-bong-2025.yaml")
        let task = try #require(plan.tasks.first { $0.id == expected.id })
        #expect(task.parentID == expected.parent)
        #expect(task.leads == expected.leads)
        #expect(task.timeline == expected.timeline)
        #expect(task.schedule == expected.schedule)
        #expect(task.explicitDeadline == nil)
        #expect(task.deadline?.iso == expected.deadline)
    }

    @Test func dongTraBongLaunchCeremony() throws {
        let plan = try Self.load("dong-tra-bong-2025.yaml")
        let nv1 = try #require(plan.tasks.first)
        #expect(nv1.title == "Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn toàn xã")
        #expect(nv1.advisory == "vhxh")
        #expect(nv1.coordinators == [
            .agency("vp-hdnd-ubnd"), .agency("ttcudvc"), .agency("bcd"),
            .text("các cơ quan, đơn vị, tổ chức trên địa bàn xã"),
        ])
        #expect(nv1.note == "(Cụ thể có chương trình kèm theo)")
        #expect(nv1.targetGroups == [])
        #expect(plan.tasks.first { $0.id == "nv3b" }?.coordinators == [.agency("th"), .agency("thcs")])
        #expect(plan.tasks.first { $0.id == "nv2" }?.targetGroups
            == ["can-bo-cong-chuc", "lao-dong-doanh-nghiep", "nguoi-dan", "hoc-sinh-sinh-vien"])
    }

    @Test func dongTraBongDocument() throws {
        let document = try Self.load("dong-tra-bong-2025.yaml").document
        #expect(document.id == "dong-tra-bong-2025")
        #expect(document.commune == "Đông Trà Bồng")
        #expect(document.communeKind == "xã")
        #expect(document.province == "Quảng Ngãi")
        #expect(document.year == 2025)
        #expect(document.document == nil)
        #expect(document.legalBases == [
            LegalBasis(relation: "thực hiện", type: "Nghị quyết", number: "57-NQ/TW", date: "22/12/2024", issuer: "Bộ Chính trị",
                       subject: "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
            LegalBasis(relation: "thực hiện", type: "Kế hoạch", number: "125/KH-UBND", date: "02/6/2025", issuer: "UBND tỉnh Quảng Ngãi",
                       subject: "việc Phát động và Tổ chức phong trào “Bình dân học vụ số” trên địa bàn tỉnh Quảng Ngãi năm 2025"),
            LegalBasis(relation: "căn cứ", type: "Quyết định", number: "96/QĐ-UBND", date: "24/7/2025", issuer: "UBND xã Đông Trà Bồng",
                       subject: "việc thành lập Ban chỉ đạo cải cách hành chính, chuyển đổi số và đề án 06 xã Đông Trà Bồng"),
        ])
        #expect(document.signer == Signer(name: "Đặng Ngọc Hoàng", title: nil, authority: nil))
        #expect(document.agencies.count == 12)
        #expect(document.budget?.total == nil)
        #expect(document.budget?.sources?.map(\.id) == ["nsnn", "truyen-thong", "khac"])
        #expect(document.settings == nil)
    }

    // MARK: - Nghĩa Giang 2026

    /// Deadlines worked out by hand from DOMAIN.md §4 for a plan of 2026 with
    /// `strict_before: true`.
    static let nghiaGiang: [(id: String, schedule: Schedule?, deadline: String?)] = [
        ("nv1", .recurring(.monthly), nil),                                                   // Hằng tháng
        ("nv2", .due(isoDate("2026-06-30"), start: nil, tentative: false), "2026-06-30"),      // 6 tháng đầu năm 2026
        ("nv3", nil, nil),                                                                    // parent
        ("nv3a", .external, nil),                                                             // Theo chỉ đạo của cấp trên
        ("nv3b", .due(isoDate("2026-10-10"), start: nil, tentative: false), "2026-10-10"),     // ngày 10/10/2026
        ("nv3c", .due(isoDate("2026-10-10"), start: nil, tentative: false), "2026-10-10"),     // Dịp … (10/10): plan year
        ("nv4", .due(isoDate("2026-03-31"), start: nil, tentative: false), "2026-03-31"),      // Quý I/2026
        ("nv5", nil, nil),                                                                    // parent
        ("nv5a", .due(isoDate("2026-06-30"), start: nil, tentative: false), "2026-06-30"),     // Chậm nhất ngày 30/6/2026
        ("nv5b", .due(isoDate("2026-05-31"), start: isoDate("2026-03-01"), tentative: false), "2026-05-31"), // Từ tháng 3 đến tháng 5/2026
        ("nv5c", .external, "2026-11-30"),                                                    // Theo kế hoạch …, deadline: '2026-11-30'
        ("nv5d", .due(isoDate("2026-06-30"), start: nil, tentative: false), "2026-06-30"),     // Quý II/2026
        ("nv6", .due(isoDate("2026-12-31"), start: isoDate("2026-09-01"), tentative: false), "2026-12-31"), // Từ tháng 9 đến tháng 12/2026
        ("nv7", .due(isoDate("2026-12-31"), start: nil, tentative: false), "2026-12-31"),      // Năm 2026
        ("nv8", .recurring(.weekly), nil),                                                    // Hằng tuần
        ("nv9", .recurring(.quarterly), nil),                                                 // Hằng quý
        ("nv10", .due(isoDate("2026-12-14"), start: nil, tentative: false), "2026-12-14"),     // Trước ngày 15/12/2026, strict
    ]

    @Test func nghiaGiangSchedules() throws {
        let plan = try Self.load("nghia-giang-2026.yaml")
        #expect(plan.tasks.map(\.id) == Self.nghiaGiang.map(\.id))
        for expected in Self.nghiaGiang {
            let task = try #require(plan.tasks.first { $0.id == expected.id })
            #expect(task.schedule == expected.schedule, "\(expected.id): \(task.timeline ?? "-")")
            #expect(task.deadline?.iso == expected.deadline, "\(expected.id): \(task.timeline ?? "-")")
        }
        #expect(plan.tasks.first { $0.id == "nv5c" }?.explicitDeadline == isoDate("2026-11-30"))
        #expect(plan.tasks.filter(\.hasSubtasks).map(\.id) == ["nv3", "nv5"])
        #expect(plan.tasks.filter { $0.parentID == "nv5" }.map(\.id) == ["nv5a", "nv5b", "nv5c", "nv5d"])
        #expect(plan.tasks.first { $0.id == "nv7" }?.leads == ["mttq", "doan-tn", "hoi-lhpn"])
    }

    /// `strict_before: false` reads "Trước ngày 15/12/2026" as the day itself.
    @Test func nghiaGiangWithLenientBefore() throws {
        let text = try PackageFiles.text("Plans/nghia-giang-2026.yaml")
        let lenient = PlanFixture.variant("  strict_before: true", "  strict_before: false", in: text)
        let outcome = PlanLoader.check(text: lenient, file: "nghia-giang-2026.yaml")
        #expect(outcome.diagnostics == [])
        let nv10 = try #require(outcome.plan?.tasks.first { $0.id == "nv10" })
        #expect(nv10.deadline == isoDate("2026-12-15"))
    }

    @Test func nghiaGiangBudgetAddsUp() throws {
        let plan = try Self.load("nghia-giang-2026.yaml")
        let estimates = plan.tasks.compactMap(\.estimate)
        #expect(estimates == [15_000_000, 6_000_000, 40_000_000, 8_000_000, 38_000_000, 10_000_000])
        #expect(plan.document.budget?.total == 117_000_000)
        #expect(estimates.reduce(0, +) == plan.document.budget?.total)
        #expect(plan.tasks.first { $0.id == "nv7" }?.fundingSource == "xhh")
        #expect(plan.document.signer == Signer(name: "Nguyễn Văn An", title: "Phó Chủ tịch", authority: "KT. CHỦ TỊCH"))
        #expect(plan.document.document == DocumentReference(number: "12/KH-UBND", date: "15/01/2026", place: "Nghĩa Giang"))
        #expect(plan.document.targetGroups == [TargetGroupDefinition(id: "thanh-vien-to-cns", name: "Thành viên Tổ công nghệ số cộng đồng")])
    }
}
