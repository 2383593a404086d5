import Foundation
import Testing
@testable import BDHVSCore

/// What the report says task by task (issue 15, "Content"): a late task led by two bodies
/// appears once with both leads, a task whose activities show it was carried out but that
/// nobody marked done is told as such, and a task that belongs to the report year by nature
/// is not carried over.
@Suite struct ReportContentTests {
    /// The fixture plan with a yearly summary task led by two bodies ("Trước ngày 15/12/2025": due 14/12/2025).
    static let plan = PlanFixture.variant("\nbudget:\n  sources:", """

          - id: nv4
            title: Tổng hợp kết quả thực hiện Phong trào năm 2025
            lead: [vhxh, ca]
            timeline: Trước ngày 15/12/2025
        budget:
          sources:
        """)

    static func report() throws -> ReportDocument {
        let store = try StoreFixture.store(loading: plan)
        // nv3 (the festival, due 10/10) was held: an activity is recorded, the task is not marked done.
        _ = try store.addActivity(ActivityInput(plan: nil, task: "nv3", heldOn: isoDate("2025-10-10"), participants: 300, groups: [],
                                                title: "Ngày hội toàn dân học tập số", place: "Sân vận động xã"),
                                  by: "Lan", recordedOn: isoDate("2025-10-10"))
        let data = try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31"))
        return ReportBuilder(data: data).build()
    }

    @Test func aLateTaskWithTwoLeadsAppearsOnceWithBoth() throws {
        let blocks = try Self.report().blocks
        let index = try #require(blocks.firstIndex(of: .paragraph("Còn 03 nhiệm vụ chưa hoàn thành đã quá hạn:")))
        #expect(blocks[index + 1] == .bullets([
            "1. Tổ chức Lễ phát động (Ủy ban nhân dân xã Thử Nghiệm chủ trì; thời hạn 31/08/2025, quá hạn 122 ngày)",
            "3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội chủ trì; thời hạn 10/10/2025, quá hạn 82 ngày)",
            "4. Tổng hợp kết quả thực hiện Phong trào năm 2025 (Phòng Văn hóa - Xã hội, Công an xã chủ trì; thời hạn 14/12/2025, quá hạn 17 ngày)",
        ]))
    }

    @Test func activitiesOnATaskNotMarkedDoneAreToldInTheAssessment() throws {
        let blocks = try Self.report().blocks
        #expect(blocks.contains(.bullets([
            "Ngày hội toàn dân học tập số vào ngày 10/10/2025 tại Sân vận động xã có 300 người tham gia.",
            "Phòng Văn hóa - Xã hội chủ trì; đã có hoạt động nhưng chưa được xác nhận hoàn thành (thời hạn 10/10/2025).",
        ])))
        // Right after the overdue tasks, which of them have an activity awaiting confirmation.
        let overdue = try #require(blocks.firstIndex(of: .paragraph("Còn 03 nhiệm vụ chưa hoàn thành đã quá hạn:")))
        #expect(blocks[overdue + 2] == .paragraph(
            "Trong đó, đã có hoạt động được ghi nhận nhưng nhiệm vụ chưa được xác nhận hoàn thành (đề nghị cơ quan chủ trì xác nhận để cập nhật):"))
        #expect(blocks[overdue + 3] == .bullets(["3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội chủ trì; hoạt động ngày 10/10/2025)"]))
    }

    /// The only overdue task has an activity nobody confirmed: section II counts it overdue,
    /// so section III lists it (it said "Không có nhiệm vụ quá hạn") and says it awaits
    /// confirmation, in both languages.
    @Test func theAssessmentListsTheOverdueTasksSectionTwoCounts() throws {
        let store = try StoreFixture.store(loading: PlanFixture.base)
        _ = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .done(period: nil), on: isoDate("2025-08-20"),
                                           recordedOn: isoDate("2025-08-20"), by: "Lan"))
        _ = try store.addActivity(ActivityInput(plan: nil, task: "nv3", heldOn: isoDate("2025-10-09"), participants: 145, groups: [],
                                                title: "Lễ phát động"), by: "Lan", recordedOn: isoDate("2025-10-09"))
        let data = try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31"))
        let blocks = ReportBuilder(data: data).build().blocks
        #expect(blocks.contains { if case .paragraph(let text) = $0 { text.contains("chưa hoàn thành 01 (trong hạn 0, quá hạn 1)") } else { false } })
        #expect(!blocks.contains(.paragraph("Không có nhiệm vụ quá hạn tính đến 31/12/2025.")))
        let index = try #require(blocks.firstIndex(of: .paragraph("Còn 01 nhiệm vụ chưa hoàn thành đã quá hạn:")))
        #expect(Array(blocks[(index + 1)...(index + 3)]) == [
            .bullets(["3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội chủ trì; thời hạn 10/10/2025, quá hạn 82 ngày)"]),
            .paragraph("Trong đó, đã có hoạt động được ghi nhận nhưng nhiệm vụ chưa được xác nhận hoàn thành (đề nghị cơ quan chủ trì xác nhận để cập nhật):"),
            .bullets(["3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội chủ trì; hoạt động ngày 09/10/2025)"]),
        ])
        let english = ReportBuilder(data: data, language: .en).build().blocks
        #expect(!english.contains(.paragraph("No task is overdue as of 31/12/2025.")))
        #expect(english.contains(.paragraph("Overdue and not done: 1 task:")))
        #expect(english.contains(.paragraph("Of these, activities were recorded but the task is not marked done (the lead body should confirm it):")))
    }

    @Test func aTaskOfTheReportYearIsNotCarriedOver() throws {
        let blocks = try Self.report().blocks
        let index = try #require(blocks.firstIndex(of: .heading(level: 1, text: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026")))
        #expect(Array(blocks[(index + 1)...(index + 4)]) == [
            .paragraph("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành:"),
            .bullets(["1. Tổ chức Lễ phát động (Ủy ban nhân dân xã Thử Nghiệm)", "2.2. Tập huấn cho học sinh (Phòng Văn hóa - Xã hội, Công an xã)",
                      "3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội)"]),
            .paragraph("Duy trì các nhiệm vụ thường xuyên, định kỳ:"),
            .bullets(["2.1. Tập huấn cho người dân (Phòng Văn hóa - Xã hội)"]),
        ])
    }

    @Test func tasksUnderThePlansGroupsAreNumberedWithinThem() throws {
        let plan = PlanFixture.variant([
            ("tasks:\n  - id: nv1\n", "groups:\n  - {id: cd, number: I, title: Nhóm nhiệm vụ chỉ đạo}\n  - {id: dt, title: Nhóm nhiệm vụ đào tạo}\ntasks:\n  - id: nv1\n    group: cd\n"),
            ("  - id: nv2\n", "  - id: nv2\n    group: dt\n"),
            ("  - id: nv3\n", "  - id: nv3\n    group: dt\n"),
        ])
        let store = try StoreFixture.store(loading: plan)
        let blocks = ReportBuilder(data: try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31"))).build().blocks
        let tasks = blocks.compactMap { block -> String? in
            switch block {
            case .heading(3, let text): return text
            case .paragraph(let text) where text.first?.isNumber == true: return String(text.prefix { $0 != " " })
            default: return nil
            }
        }
        #expect(tasks == ["I. Nhóm nhiệm vụ chỉ đạo", "1.", "II. Nhóm nhiệm vụ đào tạo", "1.", "1.1.", "1.2.", "2."])
        // Away from its group, a task is named with the group's number.
        #expect(blocks.contains(.bullets(["I.1. Tổ chức Lễ phát động (Ủy ban nhân dân xã Thử Nghiệm)",
                                          "II.1.2. Tập huấn cho học sinh (Phòng Văn hóa - Xã hội, Công an xã)",
                                          "II.2. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội)"])))
    }
}
