import Foundation
import GRDB

extension TaskStore {
    /// Stores a checked plan in one transaction. A plan already loaded (same id) is
    /// updated in place: tasks keep their rows, and so everything recorded for them; a
    /// task no longer in the file is retired, not deleted.
    public func load(_ plan: Plan, sourcePath: String) throws -> LoadSummary {
        let prepared = try PreparedPlan(plan)
        return try write { db in
            var tally = StatusTally.Accumulator()
            let summary = try PlanWriter(db: db, prepared: prepared).write(sourcePath: sourcePath, tally: &tally)
            try tally.write(db)
            return summary
        }
    }

    /// Stores many checked plans in one transaction, each inside its own savepoint: a plan
    /// that fails changes nothing of its own and does not stop the others. One commit for
    /// the batch instead of one per plan is what makes a national load fast.
    ///
    /// Never a single error for the batch: each plan gets its outcome, so that a caller
    /// loading many batches can say which plans were kept when a later one fails (a disk
    /// that fills after 512 plans keeps those 512). When the commit itself fails, every plan
    /// of this batch is `planNotSaved`; batches committed before stay.
    public func load(batch: [(plan: Plan, sourcePath: String)]) throws -> [Result<LoadSummary, StoreError>] {
        // What needs no database is worked out first, on every core.
        try load(prepared: PlanToStore.all(batch))
    }

    /// The same for plans prepared beforehand (`PlanToStore`, on the checking threads).
    public func load(prepared batch: [PlanToStore]) throws -> [Result<LoadSummary, StoreError>] {
        do {
            keepStatementJournalsInMemory()
            return try write { db in
                var firstReason: String?
                // The status tallies of the plans stored, summed over the batch and written
                // once at its end: the rows by kind of body (`lead_delta`) are shared by every
                // plan, and each plan's own rows are written once instead of per plan.
                var tally = StatusTally.Accumulator()
                let results: [Result<LoadSummary, StoreError>] = batch.map { item in
                    do {
                        var summary: LoadSummary?
                        var planTally = StatusTally.Accumulator()
                        try db.inSavepoint {
                            summary = try PlanWriter(db: db, prepared: item.prepared.get()).write(sourcePath: item.sourcePath, tally: &planTally)
                            return .commit
                        }
                        tally.merge(planTally)
                        return .success(summary!)
                    } catch {
                        let reason = Self.reason(error)
                        firstReason = firstReason ?? reason
                        return .failure(.planNotSaved(plan: item.plan.id, reason: reason))
                    }
                }
                // A full disk makes SQLite roll back the whole transaction, plans that had
                // succeeded included: then none of this batch is kept.
                if !db.isInsideTransaction { throw BatchAborted(reason: firstReason ?? "the transaction was rolled back") }
                do {
                    try tally.write(db)
                } catch {
                    // Without their tallies the plans cannot be kept: the batch is rolled back.
                    throw BatchAborted(reason: Self.reason(error))
                }
                return results
            }
        } catch let error as BatchAborted {
            return batch.map { .failure(.planNotSaved(plan: $0.plan.id, reason: error.reason)) }
        } catch let error as StoreError {
            let reason: String
            if case .databaseFailed(let text) = error { reason = text } else { reason = error.text(.en) }
            return batch.map { .failure(.planNotSaved(plan: $0.plan.id, reason: reason)) }
        }
    }
}

extension TaskStore {
    /// Keeps SQLite's statement and savepoint journals in memory. Each plan of a batch is
    /// written in a savepoint, and SQLite keeps the original of every page the plan touches
    /// in a sub-journal, a temporary file by default: a plan of thirty tasks touched some
    /// 270 pages, each written to that file with a system call (most of a load's system
    /// time). In memory it costs one plan's pages (a batch's at most), and the database
    /// file and its WAL are written as before. Failing to set it only costs speed.
    func keepStatementJournalsInMemory() {
        _ = try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
    }
}

/// SQLite rolled back a batch's transaction by itself (a full disk).
private struct BatchAborted: Error {
    let reason: String
}

/// Writes one plan inside a transaction that the caller owns.
struct PlanWriter {
    let db: Database
    let prepared: PreparedPlan
    var plan: Plan { prepared.plan }

    init(db: Database, prepared: PreparedPlan) {
        self.db = db
        self.prepared = prepared
    }

    /// Runs one statement, compiled once per connection: a national load runs the same
    /// few statements hundreds of thousands of times.
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Writes the plan; what its tasks count for in the status tallies is added to `tally`
    /// (taken away first for a plan loaded before), for the caller to write.
    func write(sourcePath: String, tally: inout StatusTally.Accumulator) throws -> LoadSummary {
        let document = plan.document
        let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM plan WHERE key = ?"), arguments: [plan.id])
        let documentJSON = prepared.documentJSON
        // A listing shows `commune_kind commune`: a commune by its kind and name, a name that
        // holds its kind ("Phường 3") or another level's issuer alone (the kind empty).
        let place = document.place
        let span = document.yearSpan
        let values: StatementArguments = [
            document.title, place.name, place.kind,
            TaskStore.placeKey(place.name, prefixes: TaskStore.communePrefixes),
            document.province, TaskStore.placeKey(document.province, prefixes: TaskStore.provincePrefixes), document.year, sourcePath, documentJSON, plan.issuedOn?.iso,
            document.planLevel.rawValue, span.last == span.first ? nil : span.last,
        ]
        let previousJSON = try existing.flatMap { try String.fetchOne(db.cachedStatement(sql: "SELECT document_json FROM plan WHERE id = ?"), arguments: [$0]) }
        let planID: Int64
        if let existing {
            try run("""
                UPDATE plan SET title = ?, commune = ?, commune_kind = ?, commune_key = ?, province = ?,
                    province_key = ?, year = ?, source_path = ?, document_json = ?, issued_on = ?, level = ?, last_year = ?
                WHERE id = ?
                """, arguments: values + [existing])
            planID = existing
        } else {
            try run("""
                INSERT INTO plan (title, commune, commune_kind, commune_key, province, province_key, year,
                    source_path, document_json, issued_on, level, last_year, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: values + [plan.id])
            planID = db.lastInsertedRowID
        }
        let agencies = try writeAgencies(planID: planID, isNew: existing == nil)
        var summary = LoadSummary(plan: plan.id, isNew: existing == nil, added: [], changed: [], retired: [], restored: [], unchanged: 0)
        if let previousJSON { summary.planFields = PlanDocumentDiff.changedKeys(from: previousJSON, to: documentJSON) }
        let agencyIDs = document.agencies.compactMap { agencies[$0.id] }
        if existing == nil, agencyIDs.count == document.agencies.count {
            // A new plan counts for what its tasks, all open, count for: worked out beforehand.
            try writeTasks(planID: planID, agencies: agencies, summary: &summary)
            tally.merge(prepared.newPlanTally.counts(planID: planID, agencyIDs: agencyIDs))
        } else {
            // The plan's tasks change as a whole: its status tallies are taken away and added again.
            try StatusTally.collecting(db, tasks: "t.plan_id = \(planID)", into: &tally) {
                try writeTasks(planID: planID, agencies: agencies, summary: &summary)
            }
        }
        try writeIndicatorsAndSources(planID: planID)
        try writeVillagesAndGroups(planID: planID)
        return summary
    }

    /// Upserts the plan's agencies and their folded names; agencies gone from the file
    /// are retired (retired tasks may still name them). Returns row ids by agency id.
    private func writeAgencies(planID: Int64, isNew: Bool) throws -> [String: Int64] {
        if !isNew { try run("UPDATE agency SET retired = 1 WHERE plan_id = ?", arguments: [planID]) }
        var ids: [String: Int64] = [:]
        var names: [(Int64, String, String)] = []
        let agencies = plan.document.agencies
        // A new plan's agencies are all new rows: they are given their row ids here (the ones
        // SQLite would give, one after the other) and inserted in one statement, instead of
        // one upsert each. Ids written twice (the plan rules refuse them) take the upsert.
        let insertedAtOnce = isNew && Set(agencies.map(\.id)).count == agencies.count
        if insertedAtOnce {
            var next = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM agency")) ?? 1
            var rows: [[DatabaseValue]] = []
            for (agency, folded) in zip(agencies, prepared.agencyNames) {
                rows.append([next.databaseValue, planID.databaseValue, agency.id.databaseValue, agency.name.databaseValue,
                             (agency.massOrganisation ?? false).databaseValue, false.databaseValue])
                ids[agency.id] = next
                names += folded.map { (next, $0.folded, $0.compact) }
                next += 1
            }
            try Self.newAgency.run(db, rows)
        }
        for (agency, folded) in zip(agencies, prepared.agencyNames) where !insertedAtOnce {
            let rowID = try Int64.fetchOne(db.cachedStatement(sql: """
                INSERT INTO agency (plan_id, key, name, mass_organisation, retired) VALUES (?, ?, ?, ?, 0)
                ON CONFLICT (plan_id, key) DO UPDATE SET name = excluded.name,
                    mass_organisation = excluded.mass_organisation, retired = 0
                RETURNING id
                """), arguments: [planID, agency.id, agency.name, agency.massOrganisation ?? false])!
            ids[agency.id] = rowID
            if !isNew { try run("DELETE FROM agency_name WHERE agency_id = ?", arguments: [rowID]) }
            names += folded.map { (rowID, $0.folded, $0.compact) }
        }
        // Every folded name of every agency in a few statements: a plan's dozen agencies have
        // some fifty names, and a national load writes them for thousands of plans.
        try Self.agencyName.run(db, names.map { [$0.0.databaseValue, $0.1.databaseValue, $0.2.databaseValue] })
        return ids
    }

    private static let agencyName = RowChunks(head: "INSERT INTO agency_name (agency_id, folded, compact) VALUES", columns: 3)
    private static let newAgency = RowChunks(head: "INSERT INTO agency (id, plan_id, key, name, mass_organisation, retired) VALUES",
                                             columns: 6)
}
