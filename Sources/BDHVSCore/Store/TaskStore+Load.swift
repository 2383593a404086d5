import Foundation
import GRDB

extension TaskStore {
    /// Stores a checked plan in one transaction. A plan already loaded (same id) is
    /// updated in place: tasks keep their rows, and so everything recorded for them; a
    /// task no longer in the file is retired, not deleted, on `day` (the load's as-of date).
    public func load(_ plan: Plan, sourcePath: String, on day: CivilDate? = nil) throws -> LoadSummary {
        let prepared = try PreparedPlan(plan)
        return try write { db in
            var tally = StatusTally.Accumulator()
            let summary = try PlanWriter(db: db, prepared: prepared, loadedOn: day).write(sourcePath: sourcePath, tally: &tally)
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
    public func load(batch: [(plan: Plan, sourcePath: String)], on day: CivilDate? = nil) throws -> [Result<LoadSummary, StoreError>] {
        // What needs no database is worked out first, on every core.
        try load(prepared: PlanToStore.all(batch), on: day)
    }

    /// The same for plans prepared beforehand (`PlanToStore`, on the checking threads). A
    /// load of many batches goes through one `PlanBatchLoad` instead, which opens the log
    /// copier's connection once for all its batches; one batch alone opens none (it opened
    /// one per call, and waited for its copy: a second connection and a copy of the log
    /// for every call of a caller loading batch after batch).
    public func load(prepared batch: [PlanToStore], on day: CivilDate? = nil) throws -> [Result<LoadSummary, StoreError>] {
        let load = PlanBatchLoad(self, copyingLog: false, on: day)
        defer { load.finish() }
        return try load.load(batch)
    }

    /// Stores one batch of a `PlanBatchLoad`.
    func load(prepared batch: [PlanToStore], in load: PlanBatchLoad) throws -> [Result<LoadSummary, StoreError>] {
        // Almost every batch stores all its plans: it is written first without a savepoint
        // per plan, and only a batch in which a plan fails is rolled back and written again
        // plan by plan, so that the others are kept.
        if batch.allSatisfy({ (try? $0.prepared.get()) != nil }), let results = try? loadAtOnce(batch, in: load) { return results }
        try writer.writeWithoutTransaction { db in try load.setForeignKeys(off: false, db) }
        return try loadOneByOne(batch, on: load.day)
    }

    /// Stores the batch in one transaction with no savepoint per plan: a savepoint keeps a
    /// copy of every page its plan changes that existed before it (the ends of every index
    /// the plans write). Any failure throws, and the whole batch is rolled back.
    ///
    /// A batch of plans none of which is stored yet (a first load) writes new rows only:
    /// see `NewRows` for how it is written without statement journals either, and
    /// `NewRowSink` for how its rows are inserted together.
    private func loadAtOnce(_ batch: [PlanToStore], in load: PlanBatchLoad) throws -> [Result<LoadSummary, StoreError>] {
        try writer.writeWithoutTransaction { db in
            let allNew = try NewRows.allNew(db, plans: batch.map(\.plan.id))
            // Off for new rows only (`NewRows`); left as it is for the next batch.
            try load.setForeignKeys(off: allNew, db)
            var results: [Result<LoadSummary, StoreError>] = []
            try db.inTransaction {
                let mark = try allNew ? NewRows(db, plans: batch.map(\.plan.id)) : nil
                var tally = StatusTally.Accumulator()
                let sink = mark.map { NewRowSink(from: $0) }
                let nameSets = NameSets(rollingBack: allNew)
                results = try batch.map { item in
                    .success(try PlanWriter(db: db, prepared: item.prepared.get(), rollingBack: allNew, sink: sink, nameSets: nameSets, loadedOn: load.day)
                        .write(sourcePath: item.sourcePath, tally: &tally))
                }
                try sink?.flush(db)
                try mark?.check(tally)
                try tally.write(db, rollingBack: allNew)
                if let mark, let sink, sink.onlyPrepared, let agency = sink.nextAgency, let task = sink.nextTask {
                    try mark.checkRanges(db, nextAgency: agency, nextTask: task)
                } else {
                    try mark?.checkReferences(db)
                }
                return .commit
            }
            return results
        }
    }

    /// Stores the batch in one transaction, each plan in a savepoint: a plan that fails is
    /// rolled back alone.
    private func loadOneByOne(_ batch: [PlanToStore], on day: CivilDate?) throws -> [Result<LoadSummary, StoreError>] {
        do {
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
                            summary = try PlanWriter(db: db, prepared: item.prepared.get(), loadedOn: day).write(sourcePath: item.sourcePath, tally: &planTally)
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
    /// Keeps SQLite's statement and savepoint journals in memory. Each plan of a batch written
    /// plan by plan is in a savepoint, and SQLite keeps the original of every page the plan touches
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
