import bdhvs_bench
import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// A batch of plans is written at once (no savepoint per plan; a batch of new plans also
/// without statement journals and with its references checked at the end) and only a batch
/// in which a plan fails is written again plan by plan. Both ways must leave the same rows.
@Suite struct LoadAtOnceTests {
    /// The generated plans, checked; the last one is the plan a store refuses.
    static func plans() -> [(plan: Plan, sourcePath: String)] {
        let (files, _) = NationalGenerator(tasks: 400, seed: 7, communesPerProvince: 2).generate()
        return files.map { file in (plan: PlanLoader.check(text: file.yaml, file: file.path).plan!, sourcePath: file.path) }
    }

    /// A store whose database refuses to store the plan `key` (as a full disk or a broken
    /// constraint would): a batch with that plan is written plan by plan. (Not a temporary
    /// trigger: a load sets `temp_store`, which drops those.)
    static func refusing(_ key: String) throws -> TaskStore {
        let store = try TaskStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON plan WHEN NEW.key = '\(key)' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        return store
    }

    @Test func aBatchAtOnceLeavesTheRowsPlanByPlanLeaves() throws {
        let plans = Self.plans()
        #expect(plans.count == 68)
        let refused = plans.last!
        let kept = Array(plans.dropLast())
        // Written from the rows prepared with each plan (`NewPlanRows`), the other way row by row.
        #expect(try kept.allSatisfy { try PreparedPlan($0.plan).newRows != nil })
        let atOnce = try TaskStore.inMemory()
        let oneByOne = try Self.refusing(refused.plan.id)
        let first = try atOnce.load(batch: kept)
        let second = try oneByOne.load(batch: kept + [refused])
        #expect(first.map { try? $0.get() } == second.dropLast().map { try? $0.get() })
        #expect(first.allSatisfy { (try? $0.get())?.isNew == true })
        let refusal: StoreError? = if case .failure(let error)? = second.last { error } else { nil }
        #expect(refusal == .planNotSaved(plan: refused.plan.id, reason: "refused"))
        try Self.expectSameRows(atOnce, oneByOne, atLeast: 68 * 40)
        try StatusTallyTests.expectTalliesEqualARebuild(atOnce)

        // Plans stored before, loaded again with a task gone: written at once, with the
        // foreign keys checked as usual, or plan by plan.
        let again = try kept.prefix(5).map { item in
            (plan: try #require(PlanLoader.check(text: Self.yaml(of: item.sourcePath, without: "nv2"), file: item.sourcePath).plan),
             sourcePath: item.sourcePath)
        }
        let third = try atOnce.load(batch: again)
        let fourth = try oneByOne.load(batch: again + [refused])
        #expect(third.map { try? $0.get() } == fourth.dropLast().map { try? $0.get() })
        #expect(third.map { (try? $0.get())?.retired } == Array(repeating: ["nv2"], count: 5))
        try Self.expectSameRows(atOnce, oneByOne, atLeast: 68 * 40)
        try StatusTallyTests.expectTalliesEqualARebuild(atOnce)
    }

    /// A batch with one plan refused keeps every other plan of it, with the row ids a
    /// batch without the refused plan gives.
    @Test func aRefusedPlanLeavesTheOthersOfItsBatch() throws {
        let plans = Array(Self.plans().prefix(3))
        let store = try Self.refusing(plans[1].plan.id)
        let results = try store.load(batch: plans)
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        let without = try TaskStore.inMemory()
        _ = try without.load(batch: [plans[0], plans[2]])
        try Self.expectSameRows(store, without, atLeast: 2 * 40)
        #expect(try store.plans().map(\.plan) == [plans[0].plan.id, plans[2].plan.id])
    }

    /// Rows gathered in a sink that inserts them every few rows (in the middle of a plan's
    /// tasks) are the rows written plan by plan.
    @Test func aSinkInsertingOftenLeavesTheSameRows() throws {
        let plans = Array(Self.plans().prefix(4))
        let sunk = try TaskStore.inMemory()
        try sunk.writer.writeWithoutTransaction { db in
            try NewRows.withoutForeignKeyChecks(db, if: true) {
                try db.inTransaction {
                    let sink = NewRowSink(from: try NewRows(db, plans: plans.map(\.plan.id)), limit: 5)
                    var tally = StatusTally.Accumulator()
                    for item in plans {
                        _ = try PlanWriter(db: db, prepared: PreparedPlan(item.plan), rollingBack: true, sink: sink)
                            .write(sourcePath: item.sourcePath, tally: &tally)
                    }
                    try sink.flush(db)
                    try tally.write(db, rollingBack: true)
                    return .commit
                }
            }
        }
        let plain = try TaskStore.inMemory()
        for item in plans { _ = try plain.load(item.plan, sourcePath: item.sourcePath) }
        try Self.expectSameRows(sunk, plain, atLeast: 4 * 40)
    }

    /// Batches stored through one `PlanBatchLoad` (foreign key checks turned off once for
    /// its batches of new plans, on again for a batch of plans stored before) leave the rows
    /// of the same batches stored one at a time, and the connection as it was when it ends.
    @Test func batchesThroughOneLoadLeaveTheRowsOfSeparateLoads() throws {
        let plans = Self.plans()
        let again = try plans.prefix(3).map { item in
            (plan: try #require(PlanLoader.check(text: Self.yaml(of: item.sourcePath, without: "nv2"), file: item.sourcePath).plan),
             sourcePath: item.sourcePath)
        }
        let batches = [Array(plans[0..<20]), Array(plans[20..<40]), again, Array(plans[40...])]
        let together = try TaskStore.inMemory()
        func setting(_ name: String) throws -> Int { try together.read { db in try Int.fetchOne(db, sql: "PRAGMA \(name)") ?? -1 } }
        let load = PlanBatchLoad(together)
        #expect(try setting("wal_autocheckpoint") == TaskStore.bulkCheckpointPages)
        var foreignKeys: [Int] = []
        for batch in batches {
            let results = try load.load(PlanToStore.all(batch))
            #expect(results.allSatisfy { (try? $0.get()) != nil })
            foreignKeys.append(try setting("foreign_keys"))
        }
        #expect(foreignKeys == [0, 0, 1, 0])
        load.finish()
        #expect(try setting("foreign_keys") == 1)
        #expect(try setting("wal_autocheckpoint") == 1000)
        let apart = try TaskStore.inMemory()
        for batch in batches { _ = try apart.load(batch: batch) }
        try Self.expectSameRows(together, apart, atLeast: 68 * 40)
        try StatusTallyTests.expectTalliesEqualARebuild(together)
    }

    /// A new row that names a row that does not exist is found at the end of the batch.
    @Test func aDanglingReferenceIsFound() throws {
        let store = try TaskStore.inMemory()
        _ = try store.load(batch: Array(Self.plans().prefix(1)))
        try store.writer.writeWithoutTransaction { db in
            try NewRows.withoutForeignKeyChecks(db, if: true) {
                try db.inTransaction {
                    let mark = try NewRows(db, plans: ["p-moi"])
                    try db.execute(sql: "INSERT INTO plan (key, title, commune, commune_kind, commune_key, province, province_key, year, source_path, document_json) VALUES ('p-moi', '', '', '', '', '', '', 2025, '', '{}')")
                    try mark.checkReferences(db)
                    // A batch of prepared plans counts the rows given ids instead: one missing is found.
                    try mark.checkRanges(db, nextAgency: mark.firstAgency, nextTask: mark.firstTask)
                    #expect(throws: NewRows.Broken.self) { try mark.checkRanges(db, nextAgency: mark.firstAgency + 1, nextTask: mark.firstTask) }
                    #expect(throws: NewRows.Broken.self) { try mark.checkRanges(db, nextAgency: mark.firstAgency, nextTask: mark.firstTask + 1) }
                    // An agency whose set of names does not exist.
                    try db.execute(sql: "INSERT INTO agency (id, plan_id, key, name, name_set) VALUES (?, ?, 'x', 'x', 999999)",
                                   arguments: [mark.firstAgency, mark.firstPlan])
                    #expect(throws: NewRows.Broken.self) { try mark.checkReferences(db) }
                    try db.execute(sql: "DELETE FROM agency WHERE id = ?", arguments: [mark.firstAgency])
                    try db.execute(sql: "INSERT INTO task_lead (task_id, agency_id, position) VALUES (?, 1, 0)", arguments: [mark.firstTask])
                    #expect(throws: NewRows.Broken.self) { try mark.checkReferences(db) }
                    return .rollback
                }
            }
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
        }
        // A plan named twice, or stored already, is not new.
        let stored = Self.plans()[0].plan.id
        let new = try store.read { db in
            try [["p-moi", "p-khac"], ["p-moi", "p-moi"], [stored]].map { try NewRows.allNew(db, plans: $0) }
        }
        #expect(new == [true, false, false])
    }

    /// The plan file at `path` (generated) without the task `task`.
    static func yaml(of path: String, without task: String) -> String {
        let (files, _) = NationalGenerator(tasks: 400, seed: 7, communesPerProvince: 2).generate()
        let text = files.first { $0.path == path }!.yaml
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  - {id: \(task),") }.joined(separator: "\n")
    }

    /// Both stores hold the same rows in every table a load writes.
    static func expectSameRows(_ one: TaskStore, _ other: TaskStore, atLeast: Int) throws {
        let tables = ["plan", "agency", "agency_name", "task", "task_party", "task_lead", "funding_source", "indicator",
                      "village", "plan_group", "status_final", "status_delta", "lead_final", "lead_delta"]
        func rows(_ store: TaskStore) throws -> [String] {
            try store.read { db in
                try tables.flatMap { table in try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table) \($0)" }.sorted() }
            }
        }
        let first = try rows(one)
        #expect(first == (try rows(other)))
        #expect(first.count >= atLeast)
    }
}

/// Many-row statements bind their values themselves: texts (empty, Vietnamese, long)
/// rebound over the texts of the chunk before, numbers and NULLs come back as given.
@Suite struct RowChunksBindingTests {
    @Test func rowsComeBackAsBound() throws {
        let store = try TaskStore.inMemory()
        let rows: [[DatabaseValue]] = (0..<600).map { n in
            let text = n % 3 == 0 ? "" : n % 3 == 1 ? "Ủy ban nhân dân xã \(n)" : String(repeating: "đ", count: n)
            return [n.databaseValue, text.databaseValue, n % 5 == 0 ? .null : Double(n).databaseValue]
        }
        let back = try store.writer.write { db in
            try db.execute(sql: "CREATE TEMP TABLE t (n INTEGER, text TEXT, x REAL)")
            // 600 rows: chunks of 256, 256 (bound again over the first), 64, 16 and 8.
            try RowChunks(head: "INSERT INTO temp.t (n, text, x) VALUES", columns: 3).run(db, rows)
            return try Row.fetchAll(db, sql: "SELECT n, text, x FROM temp.t ORDER BY n").map { [$0[0] as DatabaseValue, $0[1], $0[2]] }
        }
        #expect(back == rows)
        #expect(RowChunks.ranges(600).map(\.count) == [256, 256, 64, 16, 8])
    }
}
