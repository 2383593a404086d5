import Foundation
import Testing
@testable import BDHVSCore

/// Plans and records for the results tests (issue 13), with the numbers of the seed
/// reports: Nghĩa Giang (003), Đức Thịnh (001), Việt Hưng (004).
enum ResultsFixture {
    /// A plan of `commune` in `province` with one task and `villages` villages of `kind`
    /// (ids v1, v2 …), a target of 80% for adults and 100% for public servants, and a
    /// group of its own that belongs to the adults.
    static func plan(id: String, commune: String, province: String, year: Int = 2025, villages: Int = 0,
                     kind: String = "thôn", units: [String] = []) -> String {
        var text = """
            format: 1
            id: \(id)
            title: Kế hoạch Bình dân học vụ số \(commune) \(year)
            commune: \(commune)
            province: \(province)
            year: \(year)
            issuer: UBND xã \(commune)
            indicators:
              - id: nguoi-dan-ky-nang-so
                name: Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản
                kind: percent
                of: người dân trong độ tuổi trưởng thành
                target: 80
                target_group: nguoi-dan
              - id: nguoi-dan-smartphone
                name: Tỷ lệ người dân trưởng thành có điện thoại thông minh
                kind: percent
                of: người dân trong độ tuổi trưởng thành
                target: 85
                target_group: nguoi-dan
              - id: cbccvc-ky-nang-so
                name: Tỷ lệ CBCCVC có kỹ năng số cơ bản
                kind: percent
                of: cán bộ, công chức, viên chức
                target: 100
                target_group: can-bo-cong-chuc
            target_groups:
              - id: nguoi-cao-tuoi
                name: Người cao tuổi
                national_group: nguoi-dan
              - id: thanh-vien-to-cns
                name: Thành viên Tổ công nghệ số cộng đồng

            """
        if villages > 0 {
            text += "villages:\n" + (1...villages).map { "  - {id: v\($0), name: '\($0)', kind: \(kind)}\n" }.joined()
        }
        if !units.isEmpty { text += "units:\n" + units.map { "  - id: \($0)\n" }.joined() }
        text += """
            agencies:
              - id: ubnd
                name: Ủy ban nhân dân xã \(commune)
            tasks:
              - id: nv1
                title: Tập huấn kỹ năng số
                lead: ubnd
                timeline: Thường xuyên

            """
        return text
    }

    static func store(_ plans: String...) throws -> TaskStore {
        let store = try TaskStore.inMemory()
        for (index, text) in plans.enumerated() {
            let outcome = PlanLoader.check(text: text, file: "plan\(index + 1).yaml")
            #expect(outcome.diagnostics.map(\.description) == [])
            _ = try store.load(try #require(outcome.plan), sourcePath: "plan\(index + 1).yaml")
        }
        return store
    }
}

extension TaskStore {
    @discardableResult
    func figure(_ kind: GroupFigureKind, _ group: String, _ count: Int64, on date: String, village: String? = nil,
                plan: String? = nil, source: String? = nil) throws -> ChangeRecord {
        try recordFigure(GroupFigureInput(kind: kind, plan: plan, group: group, count: count, village: village,
                                          countedOn: isoDate(date), source: source),
                         by: "Lan", recordedOn: isoDate("2025-12-31")).change
    }

    @discardableResult
    func held(_ count: Int, _ unit: ParticipantUnit, on date: String, plan: String? = nil, village: String? = nil,
              runningTotal: Bool = false, title: String? = nil, groups: [(group: String, count: Int)] = []) throws -> ChangeRecord {
        try addActivity(ActivityInput(plan: plan, task: "nv1", heldOn: isoDate(date), participants: count, unit: unit, groups: groups,
                                      title: title, village: village, runningTotal: runningTotal),
                        by: "Lan", recordedOn: isoDate("2025-12-31"))
    }

    func results(_ scope: PlanScope = .all, by: ResultsRow.Level? = nil, asOf: String = "2025-12-31") throws -> ResultsReport {
        try results(ResultsQuery(scope: scope, by: by, asOf: isoDate(asOf)))
    }
}

extension ResultsReport {
    func group(_ key: String) -> GroupResult? { groups.first { $0.group == key } }
}
