import Foundation
import GRDB

/// The status facts of a package's plans before and after its merge: what the package
/// changes in the status tallies (`StatusTally`) is the second's count less the first's.
struct PackageTallyFacts: Sendable {
    var before: [StatusFacts]
    var after: [StatusFacts]
}

/// Adds up the tallies' changes of the packages merged in one transaction on a second
/// thread, while the connection goes on merging the next package: counting what each task
/// group stands for on each day its status can change is a seventh of a first import's
/// work, and needs nothing of the database once the facts are read. `drain` waits for
/// what was given and hands the sum over, to be written before the commit.
///
/// A commune's first package is counted from its payload alone (`prepare`), on this thread's
/// own connection, while the importing connection checks and merges: its rows go into the
/// database as the payload has them, ids aside, so the writing connection only inserts them.
final class PackageTallyWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "bdhvs.package-import.tally")
    /// Touched only on `queue`.
    private var tally = StatusTally.Accumulator()
    /// The counts of the payloads prepared, by the caller's ticket, with the package's ids
    /// (nil when the payload could not be read here). Touched only on `queue`.
    private var prepared: [Int: NewPackageTally?] = [:]
    /// An in-memory connection holding the payload being counted; made at the first one.
    private var reader: DatabaseQueue?

    /// Adds the change of a package taken (its savepoint released).
    func add(_ facts: PackageTallyFacts) {
        queue.async { [self] in
            tally.add(StatusGroup.groups(facts.before), sign: -1)
            tally.add(StatusGroup.groups(facts.after), sign: 1)
        }
    }

    /// Adds counts already worked out (a first package's, with this database's ids).
    func add(_ counts: StatusTally.Accumulator) {
        queue.async { [self] in tally.merge(counts) }
    }

    /// Counts what the payload given with `ticket` adds to the tallies if it is merged as a
    /// commune's first package; `prepared(ticket)` hands the counts over.
    func prepare(_ payload: Data, ticket tag: Int) {
        queue.async { [self] in
            do {
                if reader == nil { reader = try DatabaseQueue() }
                prepared[tag] = try reader?.inDatabase { db in
                    // The statements of the payload before are dropped: one of the same schema
                    // may bear the same schema cookie, so SQLite would not know to recompile them.
                    db.clearSchemaCache()
                    try PackagePayloadSlot.place(payload, in: "main", db)
                    return try NewPackageTally(db)
                }
            } catch {
                // Counted from the merged rows instead (`PackageImporter.merge`).
                prepared[tag] = .some(nil)
            }
        }
    }

    /// The counts prepared for ticket `tag` once they are ready, nil when none could be; forgotten here.
    func prepared(_ tag: Int) -> NewPackageTally? {
        queue.sync { prepared.removeValue(forKey: tag) ?? nil }
    }

    /// Forgets what was prepared for the tickets `tags` and not used (packages refused or already here).
    func forget(_ tags: [Int]) {
        queue.async { [self] in for tag in tags { prepared[tag] = nil } }
    }

    /// The sum of every change given since the last drain, once all are added up.
    func drain() -> StatusTally.Accumulator {
        queue.sync {
            let sum = tally
            tally = StatusTally.Accumulator()
            return sum
        }
    }
}
