import Foundation
import GRDB
import Testing
import BDHVSTestSupport

/// Several `bdhvs` processes on one database at once: writers wait for each other (no
/// "database is locked"), and a new database is created and migrated once.
@Suite struct ConcurrencyTests {}

/// Starts one `/bin/sh -c script` per entry of `environments`, all held at a gate until every
/// one has started, then released together; waits for all (at most `timeout` seconds).
private func runAtOnce(_ script: String, environments: [[String: String]], in cli: CLI, timeout: TimeInterval = 120) throws -> [RunningProcess.Finished] {
    let gate = cli.path("gate-\(UUID().uuidString)")
    let gated = "while [ ! -e \"$GATE\" ]; do sleep 0.01; done\n" + script
    let running = try environments.map { extra in
        var environment = cli.sandboxEnvironment(overrides: [:])
        environment["BDHVS"] = try CLI.executable().path
        environment["GATE"] = gate
        environment.merge(extra) { $1 }
        return try RunningProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", gated], environment: environment, in: CLI.packageRoot,
                                  scratch: cli.directory)
    }
    _ = FileManager.default.createFile(atPath: gate, contents: nil)
    let deadline = Date().addingTimeInterval(timeout)
    return try running.map { process in
        var finished = try process.wait(until: deadline)
        finished.stdout = cli.sanitize(finished.stdout)
        finished.stderr = cli.sanitize(finished.stderr)
        return finished
    }
}

extension ConcurrencyTests {
    @Suite struct Writers {
        static let processes = 8
        // 25 each keeps the 8 writers overlapping all along (every process spends its life
        // waiting for the others) at half the cost of 50: this test bounds the whole run.
        static let updatesEach = 25

        /// 8 processes × 25 notes on the same task, all started at once: every update is
        /// recorded, none waits in vain.
        @Test(.timeLimit(.minutes(2)))
        func eightProcessesRecordTwoHundredChanges() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.dongTraBong)
            let script = """
                for j in $(seq 1 \(Self.updatesEach)); do
                    "$BDHVS" task note nv2 "p$I-$j" --by "p$I" --as-of 2025-10-01 > /dev/null
                    echo "$j $?"
                done
                """
            let started = Date()
            let finished = try runAtOnce(script, environments: (1...Self.processes).map { ["I": String($0)] }, in: cli)
            let seconds = Date().timeIntervalSince(started)

            #expect(finished.count == Self.processes)
            for (index, run) in finished.enumerated() {
                #expect(run.status == 0, "process \(index + 1): \(run)")
                let lines = run.stdout.split(separator: "\n").map(String.init)
                #expect(lines == (1...Self.updatesEach).map { "\($0) 0" }, "process \(index + 1): every bdhvs exits 0")
                #expect(!run.stderr.lowercased().contains("locked"), "process \(index + 1): \(run.stderr)")
                #expect(run.stderr == "", "process \(index + 1)")
            }

            let show = try cli.run("task", "show", "nv2", "--format", "json", "--as-of", "2025-10-01")
            #expect(show.succeeded, "\(show)")
            let history = try array(object(parseJSON(show))["history"]).map { try object($0) }
            #expect(history.count == Self.processes * Self.updatesEach)
            let ids = history.compactMap { $0["id"] as? Int }
            #expect(ids == Array(1...Self.processes * Self.updatesEach))
            let notes = Set(history.compactMap { $0["note"] as? String })
            #expect(notes == Set((1...Self.processes).flatMap { i in (1...Self.updatesEach).map { "p\(i)-\($0)" } }))
            var perActor: [String: Int] = [:]
            for change in history { perActor[change["by"] as? String ?? "?", default: 0] += 1 }
            #expect(perActor == Dictionary(uniqueKeysWithValues: (1...Self.processes).map { ("p\($0)", Self.updatesEach) }))
            #expect(Set(history.compactMap { $0["kind"] as? String }) == ["note"])
            // Each process's own notes are in the order it made them.
            for i in 1...Self.processes {
                let own = history.filter { $0["by"] as? String == "p\(i)" }.compactMap { $0["note"] as? String }
                #expect(own == (1...Self.updatesEach).map { "p\(i)-\($0)" })
            }

            // The same count in the database itself.
            let queue = try DatabaseQueue(path: cli.databasePath)
            let stored = try queue.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM change_log c JOIN task t ON t.id = c.task_id WHERE t.key = 'nv2' AND c.kind = 'note'
                    """)
            }
            #expect(stored == Self.processes * Self.updatesEach)
            #expect(seconds < 90, "took \(Int(seconds)) s")
        }

        /// 8 processes loading the same plan into a database that does not exist yet: it is
        /// created and migrated once, the plan is stored once, and every process succeeds.
        @Test(.timeLimit(.minutes(1)))
        func eightProcessesLoadIntoANewDatabase() throws {
            let cli = try CLI()
            #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
            let script = "exec \"$BDHVS\" plan load \(ExamplePlan.dongTraBong)"
            let finished = try runAtOnce(script, environments: Array(repeating: [:], count: 8), in: cli)

            for (index, run) in finished.enumerated() {
                #expect(run.status == 0, "process \(index + 1): \(run)")
                #expect(run.stderr == "", "process \(index + 1)")
            }
            let added = "Đã nạp kế hoạch dong-tra-bong-2025 từ Plans/dong-tra-bong-2025.yaml:\n  thêm 7: nv1, nv2, nv3, nv3a, nv3b, nv4, nv5\n"
            let unchanged = "Kế hoạch dong-tra-bong-2025 trong Plans/dong-tra-bong-2025.yaml không thay đổi (7 nhiệm vụ và nhiệm vụ con).\n"
            #expect(finished.filter { $0.stdout == added }.count == 1)
            #expect(finished.filter { $0.stdout == unchanged }.count == 7)

            let list = try cli.run("plan", "list", "--format", "json")
            #expect(list.succeeded, "\(list)")
            let plans = try array(parseJSON(list)).map { try object($0) }
            #expect(plans.map { $0["plan"] as? String } == ["dong-tra-bong-2025"])
            let tasks = try cli.run("task", "list", "--format", "json", "--as-of", "2025-12-31")
            #expect(try array(parseJSON(tasks)).count == 7)

            let queue = try DatabaseQueue(path: cli.databasePath)
            let (migrations, planRows, taskRows, journal) = try queue.read { db in
                (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plan"),
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM task"),
                 try String.fetchOne(db, sql: "PRAGMA journal_mode"))
            }
            #expect(migrations.count == Set(migrations).count)
            #expect(migrations.prefix(2) == ["v1-plans-and-tasks", "v2-progress-history"])
            #expect(planRows == 1)
            #expect(taskRows == 7)
            #expect(journal == "wal")
        }
    }
}
