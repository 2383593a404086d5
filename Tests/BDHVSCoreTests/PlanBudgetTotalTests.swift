import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// The budget total a status reads from the plan's document JSON in SQLite
/// (`planBudgetTotal`) is the one the whole document decodes to.
@Suite struct PlanBudgetTotalTests {
    @Test func isTheDecodedDocumentsTotalForEveryPlanOfTheRepository() throws {
        let store = try TaskStore.inMemory()
        let files = ["dong-tra-bong-2025", "nghia-giang-2025", "nghia-giang-2026", "viet-hung-2025"]
        for file in files {
            let outcome = PlanLoader.load(path: PackageFiles.path("Plans/\(file).yaml"))
            _ = try store.load(try #require(outcome.plan), sourcePath: "\(file).yaml")
        }
        let totals = try store.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM plan ORDER BY id").map { id in
                (fast: try store.planBudgetTotal(db, planRowID: id), full: try store.planDocument(db, planRowID: id)?.budget?.total)
            }
        }
        #expect(totals.count == 4)
        #expect(totals.map(\.fast) == totals.map(\.full))
        #expect(totals.map(\.fast) == [nil, 60_000_000, 117_000_000, 147_000_000])
    }

    @Test func aDocumentThatIsNotJSONOrATotalThatIsNoWholeNumberHasNone() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let totals = try store.write { db in
            let id = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM plan"))
            let before = try store.planBudgetTotal(db, planRowID: id)
            try db.execute(sql: "UPDATE plan SET document_json = json_set(document_json, '$.budget.total', 1.5)")
            let fraction = try store.planBudgetTotal(db, planRowID: id)
            try db.execute(sql: "UPDATE plan SET document_json = '{not json'")
            let broken = try store.planBudgetTotal(db, planRowID: id)
            return [before, fraction, broken, try store.planBudgetTotal(db, planRowID: id + 1)]
        }
        #expect(totals == [50_000_000, nil, nil, nil])
    }
}
