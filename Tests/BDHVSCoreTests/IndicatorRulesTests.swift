import Foundation
import Testing
@testable import BDHVSCore

// The plan rules for indicators (chỉ tiêu): unique ids, a percentage says what it is of
// and is at most 100, targets have at most one decimal (a count none), target groups and
// tasks exist. Each finding is checked with its exact message and line:column, marked in
// the YAML with 1️⃣ 2️⃣ … as in DiagnosticsTests.

/// The base plan of `PlanFixture` with `indicators` (YAML lines, markers allowed) inserted
/// before its agencies, and a target group of its own.
private func planWithIndicators(_ indicators: String) -> MarkedText {
    MarkedText(PlanFixture.variant("agencies:\n", """
        target_groups:
          - id: thanh-vien-to-cns
            name: Thành viên Tổ công nghệ số cộng đồng
        indicators:
        \(indicators)agencies:

        """))
}

/// The findings of checking `marked`, each expected at its marker.
private func expectFindings(_ marked: MarkedText, _ expected: [(marker: String, message: String)],
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let outcome = PlanFixture.check(marked.text)
    let wanted = expected.map { marker, message in
        let location = marked.location(marker)
        return "\(location.file):\(location.line):\(location.column): error: \(message)"
    }
    #expect(outcome.diagnostics.map(\.description) == wanted, sourceLocation: sourceLocation)
    #expect(outcome.plan == nil, sourceLocation: sourceLocation)
}

@Suite struct IndicatorRulesTests {
    @Test func validIndicatorsAreReadInTenths() throws {
        let marked = planWithIndicators("""
              - id: cbccvc-ky-nang-so
                name: Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản
                kind: percent
                of: cán bộ, công chức, viên chức của xã
                target: 100
                target_group: can-bo-cong-chuc
              - id: nguoi-dan-ky-nang-so
                name: Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản
                kind: percent
                of: người dân trong độ tuổi trưởng thành
                target: 85.5
                target_group: nguoi-dan
                task: nv2a
              - id: to-cns
                name: Số Tổ công nghệ số cộng đồng
                kind: count
                unit: tổ
                target: 62
                target_group: thanh-vien-to-cns
              - id: tin-bai
                name: Số tin bài tuyên truyền
                kind: count
                target: 96.0

            """)
        let plan = try PlanFixture.plan(marked.text)
        #expect(plan.indicators == [
            PlanIndicator(id: "cbccvc-ky-nang-so", name: "Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản", kind: .percent,
                          of: "cán bộ, công chức, viên chức của xã", unit: nil, targetTenths: 1000, targetGroup: "can-bo-cong-chuc", task: nil,
                          target: IndicatorTarget(lowTenths: 1000)),
            PlanIndicator(id: "nguoi-dan-ky-nang-so", name: "Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản", kind: .percent,
                          of: "người dân trong độ tuổi trưởng thành", unit: nil, targetTenths: 855, targetGroup: "nguoi-dan", task: "nv2a",
                          target: IndicatorTarget(lowTenths: 855)),
            PlanIndicator(id: "to-cns", name: "Số Tổ công nghệ số cộng đồng", kind: .count, of: nil, unit: "tổ", targetTenths: 620,
                          targetGroup: "thanh-vien-to-cns", task: nil, target: IndicatorTarget(lowTenths: 620)),
            PlanIndicator(id: "tin-bai", name: "Số tin bài tuyên truyền", kind: .count, of: nil, unit: nil, targetTenths: 960,
                          targetGroup: nil, task: nil, target: IndicatorTarget(lowTenths: 960)),
        ])

        // Loaded, they are listed in plan order with their targets.
        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: PlanFixture.fileName)
        let rows = try store.indicators(.all, asOf: isoDate("2025-12-31"))
        #expect(rows.map(\.id) == ["cbccvc-ky-nang-so", "nguoi-dan-ky-nang-so", "to-cns", "tin-bai"])
        #expect(rows.map(\.targetTenths) == [1000, 855, 620, 960])
        #expect(rows.map(\.kind) == ["percent", "percent", "count", "count"])
        #expect(RecordText(language: .vi).indicators(rows, asOf: isoDate("2025-12-31"))[1].contains("chỉ tiêu 85,5%"))
    }

    @Test func duplicateID() {
        let marked = planWithIndicators("""
              - id: to-cns
                name: Số Tổ công nghệ số cộng đồng
                kind: count
                target: 62
              - id: 1️⃣to-cns
                name: Số Tổ công nghệ số cộng đồng thôn
                kind: count
                target: 10

            """)
        expectFindings(marked, [("1️⃣", "duplicate indicator id 'to-cns'; it is already used at line 13")])
        #expect(marked.positions["1️⃣"]?.line == 17)
    }

    @Test func percentWithoutOf() {
        expectFindings(planWithIndicators("""
              - 1️⃣id: nguoi-dan-ky-nang-so
                name: Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản
                kind: percent
                target: 80

            """), [("1️⃣", "indicator 'nguoi-dan-ky-nang-so' is a percentage; add 'of' to say what it is a percentage of (e.g. 'người dân trong độ tuổi trưởng thành')")])
    }

    @Test func percentTargetOver100() {
        expectFindings(planWithIndicators("""
              - id: cbccvc-ky-nang-so
                name: Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản
                kind: percent
                of: cán bộ, công chức, viên chức
                target: 1️⃣100.5

            """), [("1️⃣", "target of indicator 'cbccvc-ky-nang-so' is a percentage and cannot exceed 100, found 100.5")])
    }

    /// The value is quoted as the plan wrote it.
    @Test func percentTargetOver100QuotesTheValueAsWritten() {
        expectFindings(planWithIndicators("""
              - id: cbccvc-ky-nang-so
                name: Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản
                kind: percent
                of: cán bộ, công chức, viên chức
                target: 1️⃣101

            """), [("1️⃣", "target of indicator 'cbccvc-ky-nang-so' is a percentage and cannot exceed 100, found 101")])
    }

    @Test func twoDecimals() {
        expectFindings(planWithIndicators("""
              - id: nguoi-dan-ky-nang-so
                name: Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản
                kind: percent
                of: người dân trong độ tuổi trưởng thành
                target: 1️⃣85.35

            """), [("1️⃣", "target of indicator 'nguoi-dan-ky-nang-so' may have at most one decimal, e.g. 85.5")])
    }

    @Test func overAHundredWithTwoDecimalsGivesBothFindings() {
        expectFindings(planWithIndicators("""
              - id: a
                name: A
                kind: percent
                of: người dân
                target: 1️⃣100.25

            """), [
                ("1️⃣", "target of indicator 'a' is a percentage and cannot exceed 100, found 100.25"),
                ("1️⃣", "target of indicator 'a' may have at most one decimal, e.g. 85.5"),
            ])
    }

    @Test func countWithADecimal() {
        expectFindings(planWithIndicators("""
              - id: to-cns
                name: Số Tổ công nghệ số cộng đồng
                kind: count
                unit: tổ
                target: 1️⃣62.5
              - id: hoc-vien
                name: Số người tham gia khóa học
                kind: count
                target: 2️⃣2148.5

            """), [
                ("1️⃣", "target of indicator 'to-cns' counts tổ and must be a whole number"),
                ("2️⃣", "target of indicator 'hoc-vien' counts people and must be a whole number"),
            ])
    }

    @Test func unknownTargetGroup() {
        expectFindings(planWithIndicators("""
              - id: a
                name: A
                kind: percent
                of: người dân
                target: 80
                target_group: 1️⃣nguoi-dann
              - id: b
                name: B
                kind: count
                target: 5
                target_group: 2️⃣hoi-vien-hoi-nong-dan
              - id: c
                name: C
                kind: count
                target: 5
                target_group: 3️⃣thanh-vien-to-cn

            """), [
                ("1️⃣", "unknown target group 'nguoi-dann'; did you mean 'nguoi-dan'?"),
                ("2️⃣", "unknown target group 'hoi-vien-hoi-nong-dan'"),
                ("3️⃣", "unknown target group 'thanh-vien-to-cn'; did you mean 'thanh-vien-to-cns'?"),
            ])
    }

    @Test func unknownTask() {
        expectFindings(planWithIndicators("""
              - id: a
                name: A
                kind: count
                target: 5
                task: 1️⃣nv2aa
              - id: b
                name: B
                kind: count
                target: 5
                task: 2️⃣nhiem-vu-10

            """), [
                ("1️⃣", "unknown task 'nv2aa'; did you mean 'nv2a'?"),
                ("2️⃣", "unknown task 'nhiem-vu-10'"),
            ])
    }

    /// Every finding at once, in file order.
    @Test func allFindingsAtOnce() {
        expectFindings(planWithIndicators("""
              - id: a
                name: A
                kind: percent
                of: người dân
                target: 80
              - 1️⃣id: 2️⃣a
                name: A lần hai
                kind: percent
                target: 3️⃣100.5
              - id: c
                name: C
                kind: count
                unit: tổ
                target: 4️⃣62.5
                target_group: 5️⃣nguoi-dann
                task: 6️⃣nv9

            """), [
                ("1️⃣", "indicator 'a' is a percentage; add 'of' to say what it is a percentage of (e.g. 'người dân trong độ tuổi trưởng thành')"),
                ("2️⃣", "duplicate indicator id 'a'; it is already used at line 13"),
                ("3️⃣", "target of indicator 'a' is a percentage and cannot exceed 100, found 100.5"),
                ("4️⃣", "target of indicator 'c' counts tổ and must be a whole number"),
                ("5️⃣", "unknown target group 'nguoi-dann'; did you mean 'nguoi-dan'?"),
                ("6️⃣", "unknown task 'nv9'; did you mean 'nv1'?"),
            ])
    }

    /// What the schema says about an indicator, before the rules.
    @Test func schemaFindings() {
        expectFindings(planWithIndicators("""
              - id: a
                name: A
                kind: 1️⃣ratio
                target: 80
              - 2️⃣id: b
                name: B
                kind: count
              - id: c
                name: C
                kind: count
                3️⃣targe: 5
                target: 5
              - id: d
                name: D
                kind: count
                target: 4️⃣-1

            """), [
                ("1️⃣", "'kind' must be one of 'percent', 'count', 'index', found text 'ratio'"),
                ("2️⃣", "missing required key 'target' in indicator 'b'"),
                ("3️⃣", "unknown key 'targe' in indicator 'c'; did you mean 'target'?"),
                ("4️⃣", "'target' must be between 0 and 1,000,000,000,000, found -1"),
            ])
    }

    @Test func schemaFileDescribesIndicators() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(try PackageFiles.text("Schemas/plan.schema.json").utf8))
                                  as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let section = try #require(properties["indicators"] as? [String: Any])
        #expect(section["type"] as? String == "array")
        #expect((section["items"] as? [String: Any])?["$ref"] as? String == "#/$defs/indicator")
        let indicator = try #require((schema["$defs"] as? [String: Any])?["indicator"] as? [String: Any])
        #expect(indicator["required"] as? [String] == ["id", "name", "kind", "target"])
        #expect(indicator["additionalProperties"] as? Bool == false)
        let fields = try #require(indicator["properties"] as? [String: Any])
        #expect(fields.keys.sorted() == ["horizons", "id", "kind", "monitor", "name", "of", "target", "target_group", "task", "unit"])
        #expect((fields["kind"] as? [String: Any])?["enum"] as? [String] == ["percent", "count", "index"])
        // A number from 0, or a phrase as written ("không thấp hơn 85%").
        let target = try #require((fields["target"] as? [String: Any])?["anyOf"] as? [[String: Any]])
        #expect(target.first?["minimum"] as? Int == 0)
        #expect(target.last?["$ref"] as? String == "#/$defs/text")
    }
}
