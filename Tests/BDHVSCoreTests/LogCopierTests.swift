import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// The log a load writes is copied into the database by the copier's own connection, so
/// that the load's connection starts the log over instead of growing it, and has little left
/// to copy when it closes.
@Suite struct LogCopierTests {
    @Test func theLogStartsOverOnceCopied() throws {
        let folder = NSTemporaryDirectory() + "bdhvs-log-copier-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/log.sqlite"
        var configuration = Configuration()
        configuration.journalMode = .wal
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        try writer.writeWithoutTransaction { db in
            // Only the copier copies the log here.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "CREATE TABLE t (x TEXT)")
        }
        func write() throws -> Int {
            try writer.write { db in
                for _ in 0..<500 { try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [String(repeating: "x", count: 1000)]) }
            }
            return try (FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        }
        let first = try write()
        // Not copied: the log grows by what the next write adds.
        let second = try write()
        #expect(second > first + first / 2)
        let copier = try #require(LogCopier(path: path))
        copier.copy()
        copier.finish()
        // Copied: the next write starts the log over, which stays as large as it was.
        #expect(try write() == second)
        #expect(try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") } == 1500)
        #expect(LogCopier(path: ":memory:") == nil)
        #expect(LogCopier(path: folder + "/none.sqlite") == nil)
    }
}
