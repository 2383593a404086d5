import Foundation
import GRDB

extension TaskStore {
    /// The tasks of `eachTask` read in two halves at once, on two connections to the file and
    /// two cores (issue 12: the overdue list of a kind of body is 75,000 rows at a million
    /// tasks, and stepping SQLite through them on one thread was most of its time).
    ///
    /// `first` is called on this thread with the tasks of the first half, `second` on a
    /// thread of its own with those of the second half, each in order; every task of the
    /// first half comes before every task of the second in `eachTask`'s order, so the two in
    /// turn are exactly `eachTask`'s tasks. The halves are the listed bodies' plans cut in
    /// two in plan order (a plan is never cut), and both connections read the same state of
    /// the database. Only an overdue list led by bodies of at least `minimumPlans` plans
    /// read from a file is cut; anything else is read by `first` alone, and then `second`
    /// is never called. Returns when both halves are read; an error of either is thrown.
    public func eachTaskInHalves(_ scope: PlanScope, asOf: CivilDate, filter: TaskFilter = TaskFilter(), minimumPlans: Int = 16,
                                 first: (TaskRow) throws -> Void, second: @escaping @Sendable (TaskRow) throws -> Void) throws {
        guard reopen != nil, let agency = filter.agency, filter.overdueOnly, filter.dueWithin == nil else {
            return try eachTask(scope, asOf: asOf, filter: filter, first)
        }
        // Which bodies each half lists, found on this connection's first snapshot; a list too
        // small to be worth a second connection is read here and then.
        let cut: (planIDs: [Int64]?, halves: [[Int64]], version: Int)? = try snapshot { db in
            defer { Self.dropListTables(db) }
            let ids = try planIDs(scope, db)
            try listAgencies(db, try agencyIDs(matching: agency, planIDs: ids, db))
            if let halves = try Self.halves(db, minimumPlans: minimumPlans) {
                return (ids, halves, try Self.dataVersion(db))
            }
            try Self.each(db, try overdueLedSQL(db, planIDs: ids, asOf: asOf), first)
            return nil
        }
        guard let cut else { return }
        let read: Void? = try alongside(sameAs: cut.version, second: { [self] db in
            defer { Self.dropListTables(db) }
            try listAgencies(db, cut.halves[1])
            try Self.each(db, try overdueLedSQL(db, planIDs: cut.planIDs, asOf: asOf), second)
        }, first: { db in
            defer { Self.dropListTables(db) }
            try listAgencies(db, cut.halves[0])
            try Self.each(db, try overdueLedSQL(db, planIDs: cut.planIDs, asOf: asOf), first)
        })
        // The database changed since the first snapshot: read the whole list again, alone.
        if read == nil { try eachTask(scope, asOf: asOf, filter: filter, first) }
    }

    /// The listed bodies (`temp.listed_agency`) in two halves by their plans, in plan
    /// order, or nil when they belong to fewer than `minimumPlans` plans. (Read from the
    /// listed bodies: SQLite otherwise chose to scan every agency, 83 M instructions at 100k.)
    private static func halves(_ db: Database, minimumPlans: Int) throws -> [[Int64]]? {
        let rows = try Row.fetchAll(db, sql: """
            SELECT la.id, a.plan_id FROM temp.listed_agency la CROSS JOIN agency a ON a.id = la.id CROSS JOIN plan p ON p.id = a.plan_id
            ORDER BY p.province_key, p.commune_key, p.key, la.id
            """)
        var plans: [[Int64]] = []
        var lastPlan: Int64?
        for row in rows {
            let plan: Int64 = row[1]
            if plan != lastPlan { plans.append([]) }
            plans[plans.count - 1].append(row[0])
            lastPlan = plan
        }
        guard plans.count >= max(minimumPlans, 2) else { return nil }
        let middle = plans.count / 2
        return [plans[..<middle].flatMap { $0 }, plans[middle...].flatMap { $0 }]
    }

    /// Calls `body` with each `TaskRowSQL` row of `sql`.
    static func each(_ db: Database, _ sql: SQL, _ body: (TaskRow) throws -> Void) throws {
        let rows = try SQLRequest<Row>(literal: sql).fetchCursor(db)
        while let row = try rows.next() { try body(TaskRowSQL.decode(row)) }
    }

    /// Drops the temporary tables a task list fills.
    static func dropListTables(_ db: Database) {
        for table in ["listed_agency", "listed_root", "status_changed"] { try? db.execute(sql: "DROP TABLE IF EXISTS temp.\(table)") }
    }
}
