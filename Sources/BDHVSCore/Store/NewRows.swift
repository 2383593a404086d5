import GRDB

/// The rows a batch of new plans writes (a first load: no plan of the batch stored
/// before), written without SQLite's statement journals and checked as a whole.
///
/// A statement of many rows that may fail halfway (every insert into a table with a NOT
/// NULL, CHECK or foreign key constraint) makes SQLite copy each page it changes that
/// existed before it into a statement journal, to undo that statement alone: some hundred
/// pages a plan (the ends of every index its rows go into), copied and allocated 1 KiB at a
/// time, a fifth of a first load's writing. A batch that is rolled back whole on any error
/// needs none of that: its inserts are `INSERT OR ROLLBACK` (`RowChunks.run`), which
/// still checks NOT NULL, CHECK and UNIQUE and ends the transaction when one is broken.
/// Immediate foreign key checks would still ask for the journal, so they are off for the
/// transaction, and the references its rows make are checked at its end instead, the new
/// rows only (`checkReferences`): a dangling one rolls the batch back like a broken
/// constraint, and the batch is written again with every check on. Nothing is deleted or
/// updated, so no cascade is missed.
struct NewRows {
    /// The first row id of each table the batch's rows get (ids are given in order).
    let firstPlan: Int64
    let firstAgency: Int64
    let firstTask: Int64
    let planCount: Int

    /// Marks where the batch's new rows start; the batch's plans must still be new.
    init(_ db: Database, plans: [String]) throws {
        guard try Self.allNew(db, plans: plans) else { throw Broken(what: "a plan of the batch is already stored") }
        func next(_ table: String) throws -> Int64 {
            try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)") ?? 1
        }
        firstPlan = try next("plan")
        firstAgency = try next("agency")
        firstTask = try next("task")
        planCount = plans.count
    }

    /// Whether none of `plans` is stored, each named once.
    static func allNew(_ db: Database, plans: [String]) throws -> Bool {
        guard Set(plans).count == plans.count else { return false }
        return try plans.isEmpty || !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM plan WHERE key IN ("
            + Array(repeating: "?", count: plans.count).joined(separator: ", ") + "))",
            arguments: StatementArguments(plans))!
    }

    /// Runs `work` with foreign key checks off when `off` (outside any transaction: SQLite
    /// ignores the setting inside one), on again after.
    static func withoutForeignKeyChecks<T>(_ db: Database, if off: Bool, _ work: () throws -> T) throws -> T {
        guard off else { return try work() }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        return try work()
    }

    /// The tallies name only the batch's plans and agencies (theirs are all new rows).
    func check(_ tally: StatusTally.Accumulator) throws {
        let plans = firstPlan..<firstPlan + Int64(planCount)
        guard tally.planFinal.keys.allSatisfy({ plans.contains($0.plan) }),
              tally.planDelta.keys.allSatisfy({ plans.contains($0.key.plan) }),
              tally.leadFinal.keys.allSatisfy({ $0.agency >= firstAgency }),
              tally.prepared.allSatisfy({ plans.contains($0.planID) && $0.firstAgency >= firstAgency }) else {
            throw Broken(what: "a tally names a plan or agency outside the batch")
        }
    }

    /// Every reference the new rows make names an existing row, as the foreign keys require,
    /// and the batch's plans are the rows `check` took them for.
    func checkReferences(_ db: Database) throws {
        let dangling = try Bool.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM plan WHERE id BETWEEN :plan AND :lastPlan) <> :plans
                OR EXISTS (SELECT 1 FROM agency a WHERE a.id >= :agency AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.id = a.plan_id))
                OR EXISTS (SELECT 1 FROM agency a WHERE a.id >= :agency AND a.name_set IS NOT NULL
                           AND NOT EXISTS (SELECT 1 FROM name_set s WHERE s.id = a.name_set))
                OR EXISTS (SELECT 1 FROM task t WHERE t.id >= :task AND (NOT EXISTS (SELECT 1 FROM plan p WHERE p.id = t.plan_id)
                           OR (t.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM task u WHERE u.id = t.parent_id))))
                OR EXISTS (SELECT 1 FROM task_lead l WHERE l.task_id >= :task AND (NOT EXISTS (SELECT 1 FROM task t WHERE t.id = l.task_id)
                           OR NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = l.agency_id)))
                OR EXISTS (SELECT 1 FROM task_party r WHERE r.task_id >= :task AND (NOT EXISTS (SELECT 1 FROM task t WHERE t.id = r.task_id)
                           OR (r.agency_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = r.agency_id))))
                OR EXISTS (SELECT 1 FROM status_final s WHERE s.plan_id >= :plan AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.id = s.plan_id))
                OR EXISTS (SELECT 1 FROM lead_final f WHERE f.agency_id >= :agency
                           AND NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = f.agency_id))
            """, arguments: ["plan": firstPlan, "lastPlan": firstPlan + Int64(planCount) - 1, "plans": planCount,
                                     "agency": firstAgency, "task": firstTask])!
        if dangling { throw Broken(what: "a new row names a row that does not exist") }
    }

    /// The cheaper check for a batch whose rows all came from prepared plans
    /// (`NewRowSink.onlyPrepared`): each of their references names a row of its own plan, by
    /// construction (`NewPlanRows`: an agency's or a task's place in the plan, a reference to
    /// nothing bound as NULL, which NOT NULL or CHECK refuse), made whole with the ids the
    /// sink gave the plan, one range after another; an agency's set of names is one `NameSets`
    /// found or stored in this transaction. So every row given an id must exist:
    /// the batch's plans, and the agencies and tasks up to the sink's next ids. Checking
    /// each reference instead was a tenth of a 10k load's writing thread.
    func checkRanges(_ db: Database, nextAgency: Int64, nextTask: Int64) throws {
        let missing = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT COUNT(*) FROM plan WHERE id BETWEEN :plan AND :lastPlan) <> :plans
                OR (SELECT COUNT(*) FROM agency WHERE id >= :agency) <> :agencies
                OR (SELECT COUNT(*) FROM task WHERE id >= :task) <> :tasks
            """), arguments: ["plan": firstPlan, "lastPlan": firstPlan + Int64(planCount) - 1, "plans": planCount,
                              "agency": firstAgency, "agencies": nextAgency - firstAgency,
                              "task": firstTask, "tasks": nextTask - firstTask])!
        if missing { throw Broken(what: "a new row was not stored with the id it was given") }
    }

    /// Why the batch is written again with every check on.
    struct Broken: Error {
        let what: String
    }
}
