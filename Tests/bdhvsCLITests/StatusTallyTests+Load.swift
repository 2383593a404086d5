import bdhvs_bench
import GRDB
import Testing
@testable import BDHVSCore

/// A plan loaded for the first time is counted from the plan itself (`NewPlanTally`, worked
/// out before its rows are written): right after a national load, with no progress yet, the
/// tallies are those a rebuild from the rows makes, and a re-load (counted from its rows)
/// leaves them so.
extension StatusTallyTests {
    @Test func tallyOfNewPlansEqualsARebuild() throws {
        let store = try TaskStore.inMemory()
        let (plans, _) = NationalGenerator(tasks: 400, seed: 5, communesPerProvince: 2).generate()
        let checked = plans.map { file in (plan: PlanLoader.check(text: file.yaml, file: file.path).plan!, sourcePath: file.path) }
        #expect(try store.load(batch: checked).filter { if case .success = $0 { true } else { false } }.count == 68)
        let subtasks = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM task WHERE parent_id IS NOT NULL") }
        #expect((subtasks ?? 0) > 0)
        try Self.expectTalliesEqualARebuild(store)
        _ = try store.load(batch: Array(checked.prefix(3)))
        try Self.expectTalliesEqualARebuild(store)
    }
}
