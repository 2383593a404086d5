import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// A database written before issue 13 upgrades: activities keep their ids and rows, gain a
/// village and a running-total mark, may count in any unit, and the old key of the public
/// servants' group becomes `cbccvc`.
@Suite struct ResultsMigrationTests {
    @Test func aVersion5DatabaseUpgrades() throws {
        let folder = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("now.sqlite").path, old = folder.appendingPathComponent("v5.sqlite").path
        let plan = try #require(PlanLoader.check(text: ResultsTests.ducThinh, file: "p.yaml").plan)
        _ = try TaskStore.open(path: source).load(plan, sourcePath: "p.yaml")

        let queue = try DatabaseQueue(path: old)
        try Migrations.migrator.migrate(queue, upTo: "v5-recurrence-half-year-and-day")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS src", arguments: [source])
            for table in ["plan", "agency", "agency_name", "task", "task_lead", "task_party"] {
                let names = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map { "\"\($0["name"] as String)\"" }.joined(separator: ", ")
                try db.execute(sql: "INSERT INTO main.\(table) (\(names)) SELECT \(names) FROM src.\(table)")
            }
            try db.execute(sql: "DETACH DATABASE src")
            try db.execute(sql: """
                INSERT INTO activity (id, task_id, held_on, participants, unit) VALUES (7, 1, '2025-11-20', 126, 'người');
                INSERT INTO activity_group (activity_id, target_group, count) VALUES (7, 'can-bo-cong-chuc', 26), (7, 'nguoi-dan', 100);
                """)
        }
        try queue.close()

        let store = try TaskStore.open(path: old)
        let report = try store.activities(.all)
        #expect(report.activities.map(\.id) == [7])
        #expect(report.byGroup == ["cbccvc": 26, "nguoi-dan": 100])
        try store.held(16, ParticipantUnit(rawValue: "khóa"), on: "2025-12-01")
        try store.held(2491, .enrolments, on: "2025-12-06", runningTotal: true)
        #expect(try store.results().units == ["người": 126, "khóa": 16, "lượt": 2491])
    }
}
