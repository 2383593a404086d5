import Testing
@testable import BDHVSCore

/// A schema that only refers to another (`$ref`) is checked through its target; what it
/// says in its own words (a key that is not text, named by the referring place) is still
/// said, and only then.
@Suite struct RefOnlySchemaTests {
    static let plan = """
        format: 1
        id: p1
        title: Kế hoạch
        commune: Xã A
        province: Tỉnh B
        year: 2025
        issuer: UBND xã A
        agencies:
          - {id: vhxh, name: "Phòng Văn hóa - Xã hội"}
        tasks:
          - {id: nv1, title: "Việc", lead: vhxh, timeline: "Năm 2025"}

        """

    @Test func validPlanHasNoFinding() {
        #expect(PlanLoader.check(text: Self.plan, file: "p.yaml").diagnostics.isEmpty)
    }

    @Test func keyThatIsNotTextIsNamedByBothPlaces() {
        let text = Self.plan.replacingOccurrences(of: "{id: nv1, title:", with: "{id: nv1, 1: x, title:")
        #expect(PlanLoader.check(text: text, file: "p.yaml").diagnostics.map(\.description) == [
            "p.yaml:11:15: error: keys in item 1 of 'tasks' must be text, found a whole number",
            "p.yaml:11:15: error: keys in task 'nv1' must be text, found a whole number",
        ])
    }
}
