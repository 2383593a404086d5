import bdhvs_bench
import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// A bulk replay reads the tasks of its batch once, keeps them in memory as each change
/// leaves them, and brings the status tallies up to date at its end (issue 12). What it
/// writes must be what recording the same changes one by one writes.
@Suite struct BatchRecordTests {
    static let today = CivilDate(year: 2025, month: 12, day: 31)!

    /// Two stores with the same generated national dataset loaded.
    static func stores() throws -> (TaskStore, TaskStore, tsv: String) {
        let (plans, progress) = NationalGenerator(tasks: 300, seed: 5, communesPerProvince: 1).generate()
        let checked = plans.map { file in (plan: PlanLoader.check(text: file.yaml, file: file.path).plan!, sourcePath: file.path) }
        let batch = try TaskStore.inMemory(), single = try TaskStore.inMemory()
        for store in [batch, single] { _ = try store.load(batch: checked) }
        return (batch, single, NationalGenerator.tsv(progress))
    }

    /// Every row a change writes: the tasks' columns, the change log and its fields, the
    /// occurrences done, and the tallies.
    static func rows(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'task ' || id || ' ' || state || ' ' || percent || ' ' || quote(completed_on) || ' ' || quote(state_since) || ' '
                    || quote(deadline) || ' ' || quote(recorded_deadline) || ' ' || quote(extended_from) || ' ' || quote(deadline_since)
                    || ' ' || quote(last_change_on) FROM task ORDER BY id
                """)
            + String.fetchAll(db, sql: """
                SELECT 'change ' || id || ' ' || plan_id || ' ' || quote(task_id) || ' ' || kind || ' ' || actor || ' ' || effective_on
                    || ' ' || recorded_on || ' ' || quote(note) || ' ' || quote(undoes) || ' ' || quote(undone_by) || ' ' || quote(uid)
                FROM change_log ORDER BY id
                """)
            + String.fetchAll(db, sql: """
                SELECT 'field ' || change_id || ' ' || field || ' ' || quote(old_value) || ' ' || quote(new_value)
                FROM change_field ORDER BY change_id, field
                """)
            + String.fetchAll(db, sql: "SELECT 'occurrence ' || task_id || ' ' || period || ' ' || done_on FROM occurrence_done ORDER BY 1")
            + StatusTallyTests.tallies(db)
        }
    }

    @Test func aBatchWritesWhatOneByOneWrites() throws {
        let (batch, single, tsv) = try Self.stores()
        let requests = NationalGenerator.requests(fromTSV: tsv, recordedOn: Self.today)
        // Tasks changed more than once (started then done, a deadline moved then done) are
        // what the batch's kept task rows are for.
        let names = requests.map { "\($0.plan ?? "")/\($0.task)" }
        #expect(names.count == 209 && Set(names).count == 179)
        #expect(try batch.record(batch: requests) == requests.count)
        for request in requests { _ = try single.record(request) }
        let written = try Self.rows(batch)
        #expect(written == (try Self.rows(single)))
        #expect(written.filter { $0.hasPrefix("change ") }.count == requests.count)
        try StatusTallyTests.expectTalliesEqualARebuild(batch)
    }

    /// A change the state left by an earlier change of the same batch refuses (done twice)
    /// is refused, and the whole batch with it.
    @Test func aBatchSeesItsOwnChanges() throws {
        let (batch, _, tsv) = try Self.stores()
        // A task done once (not a recurring duty's occurrence, which has a period a day).
        let line = try #require(tsv.split(separator: "\n").first { $0.split(separator: "\t")[2] == "done" })
        let done = try #require(NationalGenerator.requests(fromTSV: String(line), recordedOn: Self.today).first)
        let before = try Self.rows(batch)
        #expect {
            try batch.record(batch: [done, done])
        } throws: { error in
            guard case ChangeError.notApplicable(let task, .markDone, .done, let completedOn) = error else { return false }
            return task == done.task && completedOn == done.on
        }
        #expect(try Self.rows(batch) == before)
    }
}
