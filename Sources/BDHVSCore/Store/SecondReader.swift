import Foundation
import GRDB

extension TaskStore {
    /// `PRAGMA data_version` of this connection's current transaction: it moves when another
    /// connection has committed since the transaction before.
    static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }

    /// Runs `first` on this connection and `second` on a second connection to the same file,
    /// on a thread of its own, both reading the state of the database that a snapshot on this
    /// connection saw when it read `version` (`dataVersion`), so that a national answer
    /// is read on two cores (issue 12). Returns `first`'s result once `second` has ended
    /// too (an error of either is thrown), or nil, having run neither, when there is no
    /// second connection (a store that writes or lives in memory) or when another connection
    /// has committed since that snapshot: the caller then reads alone.
    ///
    /// How the state is known to be the same: the second connection begins reading (which
    /// fixes what it sees), then this one begins again and finds its data version still
    /// `version`: no commit came between the first snapshot and now, so the two
    /// transactions see the first snapshot's state.
    func alongside<T>(sameAs version: Int, second: @escaping @Sendable (Database) throws -> Void,
                      first: (Database) throws -> T) throws -> T? {
        guard let reopen else { return nil }
        let other = SecondReader()
        Thread { other.run(reopen, second) }.start()
        let reading = other.waitUntilReading()
        let result: T?
        do {
            result = try snapshot { db -> T? in
                guard reading, try Self.dataVersion(db) == version else { return nil }
                other.proceed(true)
                return try first(db)
            }
        } catch {
            // The second thread ends before the error is reported.
            other.proceed(false)
            try? other.waitUntilDone()
            throw error
        }
        other.proceed(result != nil)
        try other.waitUntilDone()
        return result
    }
}

/// The second connection of `TaskStore.alongside`: it opens and begins reading on its
/// thread, says so, and runs its work only when the first connection has found the state it
/// reads to be its own.
private final class SecondReader: @unchecked Sendable {
    private let reading = DispatchSemaphore(value: 0)
    private let go = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    // Each written before the semaphore that publishes it to the other thread is signalled.
    private var began = false
    private var told = false
    private var proceeding = false
    private var failure: (any Error)?

    /// On the second thread: opens a connection with `reopen` and runs `work` in one read
    /// transaction, if told to proceed.
    func run(_ reopen: @Sendable () throws -> DatabaseQueue, _ work: (Database) throws -> Void) {
        defer { done.signal() }
        do {
            let queue = try reopen()
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.deferred) {
                    // A read fixes the state this transaction sees.
                    _ = try TaskStore.dataVersion(db)
                    began = true
                    reading.signal()
                    go.wait()
                    if proceeding { try work(db) }
                    return .commit
                }
            }
        } catch {
            failure = error
            if !began { reading.signal() }
        }
    }

    /// Whether the second connection is reading (false: it could not open or begin).
    func waitUntilReading() -> Bool {
        reading.wait()
        return began
    }

    /// Lets the second connection's work run (or not), once it is reading. Only the first
    /// call counts (all from the first thread).
    func proceed(_ proceeding: Bool) {
        guard began, !told else { return }
        told = true
        self.proceeding = proceeding
        go.signal()
    }

    /// Waits for the second thread to end; its error, if it ran its work and failed.
    func waitUntilDone() throws {
        done.wait()
        if proceeding, let failure { throw failure }
    }
}
