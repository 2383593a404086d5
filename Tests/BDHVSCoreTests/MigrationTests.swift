import Foundation
import GRDB
import Testing
@testable import BDHVSCore

// Upgrading a database file written by an older bdhvs, and refusing one written by a newer.

/// Databases of older and newer schemas opened by this bdhvs.
@Suite struct MigrationTests {}

private let dongTraBong = "dong-tra-bong-2025"
private let v1 = "v1-plans-and-tasks"
private let v2 = "v2-progress-history"

/// A temporary directory removed when the value goes away.
private final class Scratch {
    let url: URL
    init() throws { url = try StoreFixture.temporaryDirectory() }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The checked plan of a file of the package.
private func examplePlan(_ relative: String) throws -> Plan {
    let outcome = PlanLoader.load(path: PackageFiles.path(relative))
    #expect(outcome.diagnostics == [])
    return try #require(outcome.plan)
}

private func appliedMigrations(_ path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
}

private func columns(_ table: String, _ db: Database, schema: String = "main") throws -> [String] {
    try Row.fetchAll(db, sql: "PRAGMA \(schema).table_info(\(table))").map { $0["name"] }
}

/// Writes at `path` a database as bdhvs's first schema (v1 only) left it, holding the plans
/// of `source` (a database of this bdhvs): every v1 column of every v1 table is copied.
private func writeV1Database(at path: String, from source: String) throws {
    let queue = try DatabaseQueue(path: path)
    let migrator = Migrations.migrator
    try migrator.migrate(queue, upTo: v1)
    try queue.writeWithoutTransaction { db in
        try db.execute(sql: "ATTACH DATABASE ? AS src", arguments: [source])
        try db.inTransaction {
            for table in ["plan", "agency", "agency_name", "task", "task_lead", "task_party"] {
                let names = try columns(table, db).map { "\"\($0)\"" }.joined(separator: ", ")
                let order = ["plan", "agency", "task"].contains(table) ? " ORDER BY id" : ""
                try db.execute(sql: "INSERT INTO main.\(table) (\(names)) SELECT \(names) FROM src.\(table)\(order)")
            }
            return .commit
        }
        try db.execute(sql: "DETACH DATABASE src")
    }
}

/// A store of this bdhvs at `path` with the Đông Trà Bồng plan loaded and nv1 done on
/// 03/09/2025 (set directly, as v1 databases had it: no history, no 'since').
private func loadedStore(at path: String) throws -> TaskStore {
    let store = try TaskStore.open(path: path)
    _ = try store.load(try examplePlan("Plans/dong-tra-bong-2025.yaml"), sourcePath: "Plans/dong-tra-bong-2025.yaml")
    try store.setState(.done, completedOn: isoDate("2025-09-03"), plan: dongTraBong, task: "nv1")
    return store
}

/// The schema and the number of rows of every table: equal before and after means untouched.
private func contents(_ path: String) throws -> [String] {
    try DatabaseQueue(path: path).read { db in
        try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY name").map { row in
            let count = row["type"] == "table" ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(row["name"] as String)\"") ?? 0 : 0
            return "\(row["type"] as String) \(row["name"] as String) \(count): \((row["sql"] as String?) ?? "")"
        }
    }
}

/// done_on_time, done_late, in_progress, overdue, ongoing, deadline_unknown.
private func counts(_ report: StatusReport) -> [Int] {
    TaskCategory.allCases.map { report.counts[$0] ?? 0 }
}

extension MigrationTests {
    @Suite struct Upgrade {
        @Test func aVersion1DatabaseIsUpgradedWithItsDataIntact() throws {
            let scratch = try Scratch()
            let reference = try loadedStore(at: scratch.path("reference.sqlite"))
            let old = scratch.path("v1.sqlite")
            try writeV1Database(at: old, from: scratch.path("reference.sqlite"))

            // Really a v1 database: one migration, no progress columns or history tables.
            #expect(try appliedMigrations(old) == [v1])
            let (taskColumns, taskCount, changeTables) = try DatabaseQueue(path: old).read { db in
                (try columns("task", db), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM task"),
                 try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%change%'"))
            }
            #expect(!taskColumns.contains("percent"))
            #expect(!taskColumns.contains("plan_deadline"))
            #expect(taskCount == 7)
            #expect(changeTables == [])

            let store = try TaskStore.open(path: old)
            // Every migration this bdhvs knows is applied, in order, once.
            #expect(try appliedMigrations(old) == Migrations.migrator.migrations)
            #expect(Migrations.migrator.migrations.prefix(2) == [v1, v2])

            // The data is intact: the plan, its tasks, their deadlines (now also the plan's) and states.
            #expect(try store.plans() == reference.plans())
            let (mismatched, touched, deadlines, done) = try store.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM task WHERE plan_deadline IS NOT deadline"),
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM task WHERE percent <> 0 OR state_since IS NOT NULL"),
                 try String.fetchAll(db, sql: "SELECT key || ' ' || COALESCE(plan_deadline, '-') FROM task ORDER BY id"),
                 try String.fetchAll(db, sql: "SELECT key FROM task WHERE state = 'done' AND completed_on = '2025-09-03'"))
            }
            #expect(mismatched == 0)
            #expect(touched == 0)
            #expect(deadlines == ["nv1 2025-08-31", "nv2 -", "nv3 -", "nv3a -", "nv3b -", "nv4 -", "nv5 2025-10-10"])
            #expect(done == ["nv1"])
            for asOf in ["2025-07-31", "2025-09-02", "2025-09-30", "2025-12-31"] {
                let date = isoDate(asOf)
                #expect(try store.tasks(.all, asOf: date) == reference.tasks(.all, asOf: date), "tasks as of \(asOf)")
                #expect(try store.status(PlanScope(plan: dongTraBong), asOf: date) == reference.status(PlanScope(plan: dongTraBong), asOf: date),
                        "status as of \(asOf)")
            }

            // Status works: nv1 done late, nv5 overdue, nv3 unknown, nv2 and nv4 ongoing.
            let status = try store.status(PlanScope(plan: dongTraBong), asOf: isoDate("2025-12-31"))
            #expect(counts(status) == [0, 1, 0, 1, 2, 1])
            let completion: [Int] = [status.completion.done, status.completion.total, status.completion.dueDone, status.completion.due]
            #expect(completion == [1, 5, 1, 2])
            // With no history, the completion date alone says when it was done.
            #expect(try store.tasks(.all, asOf: isoDate("2025-08-15")).first { $0.id == "nv1" }?.status == .inProgress)

            // Updates can be recorded, and refused, as in a new database.
            let start = try store.record(ChangeRequest(plan: nil, task: "nv5", action: .start, on: isoDate("2025-10-01"),
                                                       recordedOn: isoDate("2025-10-01"), by: "Lan"))
            #expect(start.fields.first == ChangeRecord.Field(field: .state, old: "open", new: "started"))
            #expect(throws: ChangeError.notApplicable(task: "nv1", attempt: .markDone, state: .done, completedOn: isoDate("2025-09-03"))) {
                try store.record(ChangeRequest(plan: nil, task: "nv1", action: .done(period: nil), on: isoDate("2025-10-01"),
                                               recordedOn: isoDate("2025-10-01"), by: "Lan"))
            }
            _ = try store.record(ChangeRequest(plan: nil, task: "nv3b", action: .deadline(isoDate("2025-11-30")), on: isoDate("2025-10-01"),
                                           recordedOn: isoDate("2025-10-01"), by: "Lan"))
            #expect(try store.detail(task: "nv5", plan: nil, asOf: isoDate("2025-10-02")).history.map(\.kind) == [.start])
            #expect(try store.tasks(.all, asOf: isoDate("2025-12-01")).first { $0.id == "nv3b" }?.status == .overdue)
            #expect(try store.undo(by: "Lan", recordedOn: isoDate("2025-10-02")).kind == .undo)

            // Opening it again changes nothing.
            _ = try TaskStore.open(path: old)
            #expect(try appliedMigrations(old) == Migrations.migrator.migrations)
        }

        /// The history tables as the release that brought progress (fcd8bf6) created them,
        /// under the name `v2-progress-history`. That migration was later edited in place
        /// (tables renamed to `change_log`/`change_field`, a `plan_id` column added), so a
        /// database it wrote keeps `task_change` and the current bdhvs fails on it with
        /// "no such table: change_log" for `task show`, `plan status` and every update.
        static let shippedV2 = """
            ALTER TABLE task ADD COLUMN percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100);
            ALTER TABLE task ADD COLUMN state_since TEXT;
            ALTER TABLE task ADD COLUMN plan_deadline TEXT;
            ALTER TABLE task ADD COLUMN recorded_deadline TEXT;
            ALTER TABLE task ADD COLUMN deadline_since TEXT;
            ALTER TABLE task ADD COLUMN extended_from TEXT;
            UPDATE task SET plan_deadline = deadline;
            ALTER TABLE plan ADD COLUMN issued_on TEXT;
            CREATE TABLE task_change (
                id INTEGER PRIMARY KEY,
                task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN
                    ('start', 'done', 'pause', 'cancel', 'reopen', 'progress', 'note', 'deadline', 'occurrence', 'undo')),
                actor TEXT NOT NULL,
                effective_on TEXT NOT NULL,
                recorded_on TEXT NOT NULL,
                note TEXT,
                undoes INTEGER REFERENCES task_change(id),
                undone_by INTEGER REFERENCES task_change(id)
            );
            CREATE INDEX task_change_by_task ON task_change(task_id, effective_on);
            CREATE INDEX task_change_by_actor ON task_change(actor, id);
            CREATE TABLE task_change_field (
                change_id INTEGER NOT NULL REFERENCES task_change(id) ON DELETE CASCADE,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT,
                PRIMARY KEY (change_id, field)
            ) WITHOUT ROWID;
            CREATE TABLE occurrence_done (
                task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                period TEXT NOT NULL,
                done_on TEXT NOT NULL,
                PRIMARY KEY (task_id, period)
            ) WITHOUT ROWID;
            """

    }
}

extension MigrationTests {
    @Suite struct Newer {
        @Test func aDatabaseOfANewerBdhvsIsRefusedAndLeftAlone() throws {
            let scratch = try Scratch()
            let path = scratch.path("newer.sqlite")
            _ = try loadedStore(at: path)
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
            }
            let before = try contents(path)

            #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["v9-from-the-future"])) {
                try TaskStore.open(path: path)
            }
            let error = StoreError.newerDatabase(path: path, unknownMigrations: ["v9-from-the-future"])
            #expect(error.description == "the database '\(path)' was written by a newer bdhvs (schema v9-from-the-future); upgrade bdhvs to use it")
            #expect(try appliedMigrations(path) == Migrations.migrator.migrations + ["v9-from-the-future"])
            #expect(try contents(path) == before)
        }

        /// A newer database with an older schema otherwise (only v1 and an unknown one) is
        /// refused before anything is migrated.
        @Test func aNewerDatabaseIsNotMigrated() throws {
            let scratch = try Scratch()
            let path = scratch.path("newer-v1.sqlite")
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: v1)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-something-else'), ('v3-another')")
            }
            #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["v2-something-else", "v3-another"])) {
                try TaskStore.open(path: path)
            }
            #expect(try appliedMigrations(path) == [v1, "v2-something-else", "v3-another"])
            let taskColumns = try queue.read { db in try columns("task", db) }
            #expect(!taskColumns.contains("percent"))
        }

        @Test func aFileThatIsNotADatabaseIsRefused() throws {
            let scratch = try Scratch()
            let path = scratch.path("notes.sqlite")
            try Data(String(repeating: "Biên bản họp Ban Chỉ đạo. ", count: 200).utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.notADatabase(path: path)) { try TaskStore.open(path: path) }
        }
    }
}
