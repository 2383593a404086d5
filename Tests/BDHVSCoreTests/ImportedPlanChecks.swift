import Foundation
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

// What the table-import tests read from a plan `plan import` made.

/// The warnings as printed, in `language`.
func importWarnings(_ plan: ImportedPlan, _ language: Language = .en) -> [String] {
    plan.diagnostics.map { $0.rendered(language) }
}

/// The plan written, with its head filled in, checked as `plan validate` checks it: no error.
func checkedImport(_ plan: ImportedPlan) throws -> Plan {
    let outcome = PlanLoader.check(text: FilledIn.plan(PlanYAMLWriter.yaml(plan)), file: "out.yaml")
    #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    return try #require(outcome.plan)
}
