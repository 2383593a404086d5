import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// `TaskStore.alongside` (issue 12) reads on a second connection only the state the first
/// one's snapshot saw: when another connection has committed since, it runs neither side and
/// says so (nil), and the caller reads alone.
@Suite struct SecondReaderTests {
    /// Whether the second side ran, set on its thread.
    private final class Ran: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func mark() { lock.withLock { value = true } }
        var ran: Bool { lock.withLock { value } }
    }

    /// A database file written by bdhvs (WAL mode), opened for reading and for writing.
    private static func stores(in directory: URL) throws -> (reading: TaskStore, writing: TaskStore) {
        let path = directory.appendingPathComponent("second.sqlite").path
        let writing = try TaskStore.open(path: path, access: .write)
        return (try TaskStore.open(path: path, access: .read), writing)
    }

    @Test func bothSidesReadTheSnapshotsStateWhenNothingWasCommitted() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (reading, _) = try Self.stores(in: directory)
        let version = try reading.snapshot { try TaskStore.dataVersion($0) }
        let ran = Ran()
        let plans = try reading.alongside(sameAs: version, second: { db in
            _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plan")
            ran.mark()
        }, first: { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plan") })
        #expect(plans == 0)
        #expect(ran.ran)
    }

    @Test func aCommitAfterTheSnapshotRunsNeitherSide() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (reading, writing) = try Self.stores(in: directory)
        let version = try reading.snapshot { try TaskStore.dataVersion($0) }
        try writing.writer.write { db in
            try db.execute(sql: "CREATE TABLE committed_between (x)")
        }
        let ran = Ran()
        var firstRan = false
        let result: Int? = try reading.alongside(sameAs: version, second: { _ in ran.mark() }, first: { _ in
            firstRan = true
            return 1
        })
        #expect(result == nil)
        #expect(!firstRan)
        #expect(!ran.ran)
    }

    @Test func aStoreInMemoryHasNoSecondConnection() throws {
        let store = try TaskStore.inMemory()
        let ran = Ran()
        let result: Int? = try store.alongside(sameAs: 0, second: { _ in ran.mark() }, first: { _ in 1 })
        #expect(result == nil)
        #expect(!ran.ran)
    }
}
