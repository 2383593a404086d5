import Foundation
import GRDB

/// Checks packages' payloads (`PackagePayloadCheck`) on a connection of its own, in memory,
/// that holds nothing else: the import's reader thread checks each package there while the
/// writing connection merges the ones before (the check reads every row of a payload, a
/// tenth of a first import). The same bytes give the same answer on either connection, so
/// the writer only places the payload, sees that its schema is the one checked
/// (`PackageImporter.take`), and takes the description found here. Used by one thread at a time.
final class PackagePayloadChecker {
    private let queue: DatabaseQueue
    /// The layout of the payload checked last (see `PayloadShape`).
    private var shape: PayloadShape?

    init() throws {
        queue = try DatabaseQueue()
        try queue.inDatabase { db in
            try PackageTextCheck.register(db)
            try db.execute(sql: "ATTACH DATABASE ':memory:' AS \(PackagePayloadSlot.name(0))")
        }
    }

    /// The description of `payload`, or the refusal the importing connection would give it.
    func check(_ payload: Data) -> Result<PackageMeta, any Error> {
        Result {
            try queue.inDatabase { db in
                do {
                    try PackagePayloadSlot.place(payload, in: PackagePayloadSlot.name(0), db)
                } catch {
                    throw PackageError.badContents(.schema)
                }
                return try PackagePayloadCheck.check(db, slot: 0, shape: &shape)
            }
        }
    }

    /// What the payload checked last adds to the status tallies should it be its commune's
    /// first package (`PackagePayloadTally`); only after `check` found it sound.
    func tally() -> PackagePayloadTally? {
        try? queue.inDatabase { db in try PackagePayloadTally(db, schema: PackagePayloadSlot.name(0)) }
    }
}
