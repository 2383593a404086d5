import bdhvs_bench
import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// Issue 12: a national status reads counts kept with every write (the tallies) and
/// recomputes only the task groups changed after the as-of date. It must give exactly what
/// the full computation from every task gives, for any as-of date: past dates replay history.
@Suite struct StatusTallyTests {
    /// A generated national dataset (two communes per province, so a province is a roll-up
    /// too) loaded with its year of progress, then a plan loaded again with a task dropped,
    /// and one change undone.
    static func makeStore() throws -> TaskStore {
        let store = try TaskStore.inMemory()
        let (plans, progress) = NationalGenerator(tasks: 400, seed: 11, communesPerProvince: 2).generate()
        let checked = plans.map { file in (plan: PlanLoader.check(text: file.yaml, file: file.path).plan!, sourcePath: file.path) }
        #expect(try store.load(batch: checked).filter { if case .success = $0 { true } else { false } }.count == 68)
        let today = CivilDate(year: 2025, month: 12, day: 31)!
        let requests = NationalGenerator.requests(fromTSV: NationalGenerator.tsv(progress), recordedOn: today)
        #expect(try store.record(batch: requests) == requests.count)
        // A re-load that retires a task, and an undo, go through the same tallies.
        let first = plans[0].yaml
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false)
        let shorter = lines.filter { !$0.hasPrefix("  - {id: nv3,") }.joined(separator: "\n")
        #expect(shorter != first)
        _ = try store.load(PlanLoader.check(text: shorter, file: plans[0].path).plan!, sourcePath: plans[0].path)
        _ = try store.undo(by: "bench", recordedOn: today)
        return store
    }

    /// The dataset, made once for the suite (its tests only read it, or write in a transaction rolled back).
    static let shared = Result { try makeStore() }
    static func store() throws -> TaskStore { try shared.get() }

    /// Every 7th day of 2025 and a few of 2026: 50 as-of dates, most before some change.
    static let dates: [CivilDate] = (0..<46).map { CivilDate(year: 2025, month: 1, day: 3)!.adding(days: $0 * 8) }
        + ["2025-06-30", "2025-12-31", "2026-01-01", "2026-03-31"].map { CivilDate(iso: $0)! }

    @Test func fastStatusEqualsTheFullComputationOnFiftyDates() throws {
        let store = try Self.store()
        #expect(Self.dates.count == 50)
        var overdueSeen = 0
        for date in Self.dates {
            let fast = try store.status(.all, asOf: date, tallies: true)
            let full = try store.status(.all, asOf: date, tallies: false)
            #expect(fast == full, "as of \(date.iso)")
            overdueSeen += full.overdueTotal
            // The overdue lists of every fifth date (they read the same counts).
            guard Self.dates.firstIndex(of: date)! % 5 == 0 else { continue }
            let fastOverdue = try store.overdueByAgency(.all, asOf: date, limit: 50, tallies: true)
            let fullOverdue = try store.overdueByAgency(.all, asOf: date, limit: 50, tallies: false)
            #expect(fastOverdue.groups == fullOverdue.groups && fastOverdue.total == fullOverdue.total, "as of \(date.iso)")
        }
        // The dates cover the year: tasks fall overdue, get done, are counted as they were.
        #expect(overdueSeen > 0)
    }

    /// The tallies a write keeps are those a rebuild from the tasks makes.
    @Test func keptTalliesEqualARebuild() throws {
        try Self.expectTalliesEqualARebuild(try Self.store())
    }

    /// Expects the tallies `store` keeps to be those a rebuild from its tasks makes (the
    /// rebuild rolled back), and to be more than a hundred rows.
    static func expectTalliesEqualARebuild(_ store: TaskStore) throws {
        let kept = try store.read { db in try tallies(db) }
        var rebuilt: [String] = []
        try store.writer.writeWithoutTransaction { db in
            try db.inTransaction {
                try StatusTally.rebuild(db)
                rebuilt = try tallies(db)
                return .rollback
            }
        }
        #expect(kept == rebuilt)
        #expect(kept.count > 100)
    }

    /// Every tally row with a count, as text.
    static func tallies(_ db: Database) throws -> [String] {
        let columns = ["status_final": "plan_id, measure", "status_delta": "day, plan_id, measure",
                       "lead_final": "agency_id, measure", "lead_delta": "day, agency_key, measure"]
        var lines: [String] = []
        for (table, key) in columns.sorted(by: { $0.key < $1.key }) {
            lines += try String.fetchAll(db, sql: """
                SELECT '\(table) ' || \(key.replacingOccurrences(of: ", ", with: " || ' ' || ")) || ' ' || n
                FROM \(table) WHERE n <> 0 ORDER BY \(key)
                """)
        }
        return lines
    }
}
