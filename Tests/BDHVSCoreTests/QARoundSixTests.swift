import Foundation
import Testing
@testable import BDHVSCore

/// Plans as a new official's editor writes them (sixth QA round).
@Suite struct QARoundSixTests {
    /// A plan indented with tabs was told "invalid YAML: found character that cannot start
    /// any token" at its first such line; it is told that YAML indents with spaces, at the tab
    /// (`DiagnosticsTests` has the tab inside a block).
    @Test func aKeyIndentedWithATabIsToldToUseSpaces() {
        let marked = MarkedText(PlanFixture.variant("province: Quảng Ngãi\n", "1️⃣\tprovince: Quảng Ngãi\n"))
        let place = marked.positions["1️⃣"]!
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description) == [
            "plan.yaml:\(place.line):\(place.column): error: this line is indented with a tab; YAML allows only spaces for indentation: replace each tab with spaces",
        ])
    }

    /// A tab inside a value is text, as before.
    @Test func aTabInsideAValueIsText() throws {
        let plan = try PlanFixture.plan(PlanFixture.variant("    title: Tập huấn kỹ năng số\n", "    title: Tập huấn\tkỹ năng số\n"))
        #expect(plan.tasks.first { $0.id == "nv2" }?.title == "Tập huấn\tkỹ năng số")
    }
}
