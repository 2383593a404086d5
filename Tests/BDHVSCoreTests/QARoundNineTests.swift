import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// Findings of the ninth QA round, in the library.
@Suite struct QARoundNineTests {
    /// With no name known, the recorder was stored as the Vietnamese words "không rõ", shown
    /// so in English too: the absence is stored (an empty name) and said at output in the
    /// reader's language; the changes an older bdhvs stored so are migrated the same way.
    @Test func anUnknownRecorderIsStoredAsNoNameAndSaidInTheReadersLanguage() throws {
        #expect(Invocation.actor(flag: nil, environment: [:]) == "")
        #expect(Invocation.actor(flag: "  ", environment: ["USER": " "]) == "")
        #expect(Invocation.actor(flag: nil, environment: ["LOGNAME": "lan"]) == "lan")

        // A database as the migrations before left it, holding a change of nobody known.
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v15-agency-name-sets")
        let store = TaskStore(writer: queue)
        _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        let old = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .start, on: isoDate("2025-08-01"),
                                                 recordedOn: isoDate("2025-08-01"), by: "không rõ", note: nil))
        _ = try store.record(ChangeRequest(plan: nil, task: "nv3", action: .start, on: isoDate("2025-08-01"),
                                           recordedOn: isoDate("2025-08-01"), by: "Lan", note: nil))
        try Migrations.migrator.migrate(queue)
        #expect(try queue.read { db in try String.fetchAll(db, sql: "SELECT actor FROM change_log ORDER BY id") } == ["", "Lan"])

        let change = try #require(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-12-31")).history.first)
        #expect(change.id == old.id)
        #expect(change.by == "")
        #expect(ChangeText(language: .vi).historyLine(change) == "#1  01/08/2025  không rõ  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện")
        #expect(ChangeText(language: .en).historyLine(change) == "#1  01/08/2025  unknown  started: state not started → started")
        let json = String(decoding: try JSONEncoder().encode(change), as: UTF8.self)
        #expect(json.contains("\"by\":null"))
        // Undone as nobody's, as before.
        let undo = try store.undo(by: "", recordedOn: isoDate("2025-08-02"))
        #expect(undo.undoes == old.id)
        #expect(ChangeError.nothingToUndo(by: "").text(.en) == "no change recorded with no name is left to undo")
    }

    /// `load(batch:)` opened the log copier's connection on each call and waited for its
    /// copy of the log: a caller loading batch after batch opened one per batch. One batch
    /// alone opens none now, and leaves the log to the load's own connection (its database
    /// file is not written until then); a `PlanBatchLoad` copies after each batch as before.
    @Test func aLoadOfOneBatchOpensNoLogCopier() throws {
        let folder = NSTemporaryDirectory() + "bdhvs-one-batch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func size(_ path: String) throws -> Int { try (FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        let plan = try PlanFixture.plan()

        let single = folder + "/single.sqlite"
        let store = try TaskStore.open(path: single)
        let before = try size(single)
        #expect(try store.load(batch: [(plan, "plan.yaml")]).count == 1)
        // Nothing copied the log into the file: only the log grew.
        #expect(try size(single) == before)
        #expect(try size(single + "-wal") > 0)

        let many = folder + "/many.sqlite"
        let batches = try TaskStore.open(path: many)
        let start = try size(many)
        let load = PlanBatchLoad(batches)
        _ = try load.load(PlanToStore.all([(plan, "plan.yaml")]))
        load.finish()
        // The copier copied the batch into the file.
        #expect(try size(many) > start)
    }
}
