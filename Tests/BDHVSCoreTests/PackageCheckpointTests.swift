import Foundation
import GRDB
import Testing
@testable import BDHVSCore

// An import run checkpoints the log far less often than SQLite's default (a first national
// import fell from 60 to 52 s): the interval holds for the run only, and the connection
// gets its own back after it, whatever it was.

@Suite("Package import's checkpoint interval")
struct PackageCheckpointTests {
    @Test("an import run checkpoints every 131,072 pages of log, then the connection's own interval is back")
    func intervalDuringARunAndAfter() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        try province.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 2500") }
        let during = try province.importingPackages { try $0.checkpointInterval }
        let after = try province.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") }
        #expect(during == 131_072)
        #expect(PackageImporter.checkpointPages == 131_072)
        #expect(after == 2500)
    }
}
