import Foundation
import GRDB

/// What importing one package did.
public struct PackageImportResult: Sendable, Equatable {
    /// The package's description.
    public var meta: PackageMeta
    /// The rows per carried table; nil when the package was the one already imported.
    public var counts: [String: PackageCounts]?

    /// The counts of every table added up.
    public var total: PackageCounts { (counts ?? [:]).values.reduce(PackageCounts(), +) }
}

extension TaskStore {
    /// Runs `body` with an importer that holds this store's connection for every package
    /// it is given: the payloads are checked and merged on that one connection, with the
    /// staging tables made once and each statement compiled once for the whole run.
    public func importingPackages<T>(_ body: (PackageImporter) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            let importer: PackageImporter
            do {
                importer = try PackageImporter(db)
            } catch let error as DatabaseError {
                throw StoreError.databaseFailed(Self.reason(error))
            }
            defer { importer.finish() }
            return try body(importer)
        }
    }
}

/// Imports packages into one store on one connection (see `TaskStore.importingPackages`);
/// valid only inside that call. Payloads are taken one after another into the slots of
/// `PackagePayloadSlot` and checked there; when the slots are full (or hold many bytes)
/// they are merged in one transaction, each package in its own savepoint: a refused package
/// rolls back its savepoint alone, and a commit holds whole packages only, so a run killed
/// at any moment leaves every package taken whole or not at all, with one commit (and its
/// writes to the log) per batch instead of one per package.
public final class PackageImporter {
    /// What became of the package given with `tag`.
    public typealias Settled = (tag: Int, result: Result<PackageImportResult, any Error>)

    private struct Queued {
        let slot: Int
        let meta: PackageMeta
        let publicKey: String
        let digest: String
        let tag: Int
        let tally: PackagePayloadTally?
    }

    /// Payload bytes after which the queued packages are merged even with slots left, so
    /// that a transaction stays a bounded size.
    static let batchBytes = 64 << 20

    private let db: Database
    /// Per slot, the layout of the last payload placed there: statements compiled for it are reused.
    private var shapes: [PayloadShape?] = Array(repeating: nil, count: PackagePayloadSlot.count)
    /// The packages placed and checked, waiting to be merged, in the order given.
    private var queued: [Queued] = []
    private var queuedBytes = 0
    /// Adds up the tallies' changes of the batch being merged.
    private let tallies = StatusTallyWorker()
    /// The connection's checkpoint interval before the run, restored after it.
    private var autocheckpoint = 1000
    /// The temporary schema's `secure_delete` before the run, restored after it.
    private var temporarySecureDelete = 1

    /// Pages of log written between two checkpoints during an import run.
    static let checkpointPages = 131_072

    fileprivate init(_ db: Database) throws {
        self.db = db
        // The staging tables, and the journals of the savepoints each package is merged in,
        // in memory: as temporary files they were written page by page with a system call
        // each (four in five of a first import's writes, 150 MB for 200 packages at 100k tasks).
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
        // The staging tables are emptied for every package. The system's SQLite is built
        // with SECURE_DELETE, which overwrites with zeros every page so freed: 1% of the
        // writing thread's instructions at 100k tasks, for tables no one else ever reads.
        // (The province's own database keeps its setting: turning it off there too saved
        // another 0.4% only.)
        temporarySecureDelete = try Int.fetchOne(db, sql: "PRAGMA temp.secure_delete") ?? 1
        try db.execute(sql: "PRAGMA temp.secure_delete = 0")
        // A checkpoint every 131,072 pages of log (512 MiB of 4 KiB pages) rather than every
        // 1,000: the pages many batches touch (the ends of the indexes, the tallies) are
        // copied into the database once per checkpoint, not once per batch. The first import
        // of 3,321 packages holding 1M tasks, alone on the 2-core machine: 60.1 s with a
        // checkpoint every 64 MiB, 54.7 s every 256 MiB, 51.7 s every 512 MiB, 51.4 s every
        // GiB. The log file grows to that size during a run; SQLite removes it when the last
        // connection to the database closes.
        autocheckpoint = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
        try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.checkpointPages)")
        try PackageTextCheck.register(db)
        try PackagePayloadSlot.attach(db)
        do {
            try PackageStaging.create(db)
        } catch {
            PackagePayloadSlot.detach(db)
            throw error
        }
    }

    /// The connection's checkpoint interval now, in pages of log.
    var checkpointInterval: Int {
        get throws { try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 0 }
    }

    fileprivate func finish() {
        _ = try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(autocheckpoint)")
        try? PackageStaging.drop(db)
        _ = try? db.execute(sql: "PRAGMA temp.secure_delete = \(temporarySecureDelete)")
        PackagePayloadSlot.detach(db)
    }

    /// Whether packages wait to be merged.
    public var hasQueued: Bool { !queued.isEmpty }

    /// The package with this `digest`, signed by `publicKey`, when it is the latest one
    /// taken from its commune and that key is still the one trusted for it: importing it
    /// again would change nothing, so it is not even opened (a re-import of every commune's
    /// unchanged package costs a checksum and a signature check each). Packages still
    /// queued are not seen: merge them first (`mergeQueued`) when it matters.
    public func alreadyImported(digest: String, publicKey: String) throws -> PackageImportResult? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT i.province, i.province_key, i.commune, i.commune_key, i.as_of, i.made_at,
                COALESCE((SELECT p.commune_kind FROM plan p WHERE p.province_key = i.province_key AND p.commune_key = i.commune_key
                          ORDER BY p.year DESC, p.key LIMIT 1), '') AS commune_kind
            FROM package_import i
            JOIN package_key k ON k.province_key = i.province_key AND k.commune_key = i.commune_key
            WHERE i.digest = ? AND k.public_key = ?
            """), arguments: [digest, publicKey]).map { row in
            PackageImportResult(meta: PackageMeta(format: PackagePayload.format, province: row["province"], provinceKey: row["province_key"],
                                                  commune: row["commune"], communeKey: row["commune_key"], asOf: row["as_of"],
                                                  madeAt: row["made_at"], plans: [], communeKind: row["commune_kind"]), counts: nil)
        }
    }

    /// The checksums of the packages taken so far: a file whose checksum is one of them is
    /// most likely the package already taken (`alreadyImported` says for sure), not worth checking ahead.
    public func importedDigests() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT digest FROM package_import"))
    }

    /// Takes a package's `payload` (a database image) whose signature by `publicKey` and
    /// whose `digest` the caller has verified: the payload is placed in a free slot and
    /// checked at once, then queued. Returns what became of packages settled meanwhile:
    /// this one when its payload is refused, and those merged first when the slots were full.
    /// At the merge the key must be the one trusted for its commune, the package newer than
    /// the last one taken from that commune, and its plans no other commune's here; all of
    /// it is merged or nothing is, and the same package again changes nothing at all.
    /// `checked` is what `PackagePayloadChecker` found for this payload, when it was checked ahead.
    public func take(_ payload: Data, publicKey: String, digest: String, tag: Int,
                     checked: Result<PackageMeta, any Error>? = nil) -> [Settled] {
        take(payload, publicKey: publicKey, digest: digest, tag: tag, checked: checked, tally: nil)
    }

    /// The same, with what the payload adds to the status tallies as its commune's first
    /// package, when counted ahead (`PackagePayloadTally`).
    func take(_ payload: Data, publicKey: String, digest: String, tag: Int,
              checked: Result<PackageMeta, any Error>?, tally: PackagePayloadTally?) -> [Settled] {
        var settled = queued.count == PackagePayloadSlot.count || queuedBytes >= Self.batchBytes ? mergeQueued() : []
        let slot = queued.count
        do {
            // Refused ahead: the same bytes are refused here, with the same words.
            if case .failure(let refusal) = checked { throw refusal }
            do {
                try PackagePayloadSlot.place(payload, in: PackagePayloadSlot.name(slot), db)
            } catch {
                throw PackageError.badContents(.schema)
            }
            let meta = try PackagePayloadCheck.check(db, slot: slot, shape: &shapes[slot], checked: try checked?.get())
            queued.append(Queued(slot: slot, meta: meta, publicKey: publicKey, digest: digest, tag: tag, tally: tally))
            queuedBytes += payload.count
        } catch {
            settled.append((tag, .failure(error)))
        }
        return settled
    }

    /// Merges every queued package in one transaction, each in its own savepoint, and
    /// commits; what became of each.
    public func mergeQueued() -> [Settled] {
        let batch = queued
        queued = []
        queuedBytes = 0
        guard !batch.isEmpty else { return [] }
        do {
            try db.execute(sql: "BEGIN IMMEDIATE")
        } catch {
            return batch.map { ($0.tag, .failure(Self.refusal(error))) }
        }
        var refused: [Settled] = []
        var taken: [(entry: Queued, result: PackageImportResult)] = []
        // The status tallies' changes of every package taken are added up meanwhile, and
        // written once before the commit (the changes of many communes to the national rows
        // by kind of body add up).
        for (position, entry) in batch.enumerated() {
            do {
                try db.execute(sql: "SAVEPOINT package")
                let (result, change) = try merge(entry)
                try db.execute(sql: "RELEASE package")
                taken.append((entry, result))
                switch change {
                case .facts(let facts):
                    tallies.add(facts.before, sign: -1)
                    tallies.add(facts.after, sign: 1)
                case .counts(let counts):
                    tallies.add(counts)
                case nil:
                    break
                }
            } catch {
                refused.append((entry.tag, .failure(Self.refusal(error))))
                guard db.isInsideTransaction else {
                    // SQLite ended the whole transaction (a full disk, an I/O error): nothing of
                    // the batch is written. The others are still in their slots: merged again.
                    _ = tallies.drain()
                    queued = taken.map(\.entry) + batch[(position + 1)...]
                    return refused + mergeQueued()
                }
                try? db.execute(sql: "ROLLBACK TO package")
                try? db.execute(sql: "RELEASE package")
            }
        }
        do {
            try tallies.drain().write(db)
            try db.execute(sql: "COMMIT")
        } catch {
            try? db.execute(sql: "ROLLBACK")
            return refused + taken.map { ($0.entry.tag, .failure(Self.refusal(error))) }
        }
        return refused + taken.map { ($0.entry.tag, .success($0.result)) }
    }

    /// Merges one queued package, inside the batch's transaction; what it did, and what
    /// it changes in the status tallies (nil when it was the package already taken).
    private func merge(_ entry: Queued) throws -> (PackageImportResult, PackageTallyChange?) {
        let schema = PackagePayloadSlot.name(entry.slot)
        let meta = entry.meta
        guard try TaskStore.admit(meta, publicKey: entry.publicKey, digest: entry.digest, schema: schema, db) else {
            return (PackageImportResult(meta: meta, counts: nil), nil)
        }
        let (counts, facts) = try PackageMerge.run(db, schema: schema, counted: entry.tally)
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO package_import (province_key, commune_key, province, commune, as_of, made_at, digest)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [meta.provinceKey, meta.communeKey, meta.province, meta.commune, meta.asOf, meta.madeAt, entry.digest])
        return (PackageImportResult(meta: meta, counts: counts), facts)
    }

    /// What a refused package's outcome says: the database's own wording for a row it refused.
    private static func refusal(_ error: any Error) -> any Error {
        if let error = error as? DatabaseError { return PackageError.badContents(.rejected(TaskStore.reason(error))) }
        return error
    }
}
