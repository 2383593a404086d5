import Foundation
import GRDB

extension TaskStore {
    /// Stores a checked plan in one transaction. A plan already loaded (same id) is
    /// updated in place: tasks keep their rows, and so everything recorded for them; a
    /// task no longer in the file is retired, not deleted.
    public func load(_ plan: Plan, sourcePath: String) throws -> LoadSummary {
        try write { db in try PlanWriter(db: db, plan: plan).write(sourcePath: sourcePath) }
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
        do {
            return try write { db in
                var firstReason: String?
                let results: [Result<LoadSummary, StoreError>] = batch.map { item in
                    do {
                        var summary: LoadSummary?
                        try db.inSavepoint {
                            summary = try PlanWriter(db: db, plan: item.plan).write(sourcePath: item.sourcePath)
                            return .commit
                        }
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

/// SQLite rolled back a batch's transaction by itself (a full disk).
private struct BatchAborted: Error {
    let reason: String
}

/// Writes one plan inside a transaction that the caller owns.
struct PlanWriter {
    let db: Database
    let plan: Plan

    /// Runs one statement, compiled once per connection: a national load runs the same
    /// few statements hundreds of thousands of times.
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func write(sourcePath: String) throws -> LoadSummary {
        let document = plan.document
        let existing = try Int64.fetchOne(db, sql: "SELECT id FROM plan WHERE key = ?", arguments: [plan.id])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let documentJSON = String(decoding: try encoder.encode(document), as: UTF8.self)
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
        let previousJSON = try existing.flatMap { try String.fetchOne(db, sql: "SELECT document_json FROM plan WHERE id = ?", arguments: [$0]) }
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
        // The plan's tasks change as a whole: its status tallies are taken away and added again.
        try StatusTally.updating(db, tasks: "t.plan_id = \(planID)") {
            try writeTasks(planID: planID, agencies: agencies, summary: &summary)
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
        var names: [(Int64, String)] = []
        for agency in plan.document.agencies {
            let rowID = try Int64.fetchOne(db.cachedStatement(sql: """
                INSERT INTO agency (plan_id, key, name, mass_organisation, retired) VALUES (?, ?, ?, ?, 0)
                ON CONFLICT (plan_id, key) DO UPDATE SET name = excluded.name,
                    mass_organisation = excluded.mass_organisation, retired = 0
                RETURNING id
                """), arguments: [planID, agency.id, agency.name, agency.massOrganisation ?? false])!
            ids[agency.id] = rowID
            if !isNew { try run("DELETE FROM agency_name WHERE agency_id = ?", arguments: [rowID]) }
            names += Set(AgencyDirectory.names(of: agency).map(Folding.key)).sorted().map { (rowID, $0) }
        }
        // Every folded name of every agency in one statement: a plan's dozen agencies have
        // some fifty names, and a national load writes them for thousands of plans.
        if !names.isEmpty {
            var arguments: [(any DatabaseValueConvertible)?] = []
            for (rowID, name) in names { arguments += [rowID, name, Folding.compactKey(name)] }
            try run("INSERT INTO agency_name (agency_id, folded, compact) VALUES "
                        + Array(repeating: "(?, ?, ?)", count: names.count).joined(separator: ", "),
                    arguments: StatementArguments(arguments))
        }
        return ids
    }
}
