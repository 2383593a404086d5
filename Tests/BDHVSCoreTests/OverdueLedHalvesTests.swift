import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// The overdue list of a kind of body read in two halves on two connections
/// (`TaskStore.eachTaskInHalves`, issue 12): on the dataset of `OverdueLedListTests` (two
/// plans, changes of every kind) copied to a file, the first half's tasks then the second's
/// are the full computation's overdue tasks on its 50 as-of dates, and the text written in
/// halves is the text of the whole list, byte for byte.
@Suite struct OverdueLedHalvesTests {
    /// The tasks the second half hands over, on its own thread.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var tasks: [TaskRow] = []

        func add(_ task: TaskRow) { lock.withLock { tasks.append(task) } }
        var rows: [TaskRow] { lock.withLock { tasks } }
    }

    /// The in-memory dataset and the same database in a file, opened for reading.
    private static func stores(in directory: URL) throws -> (memory: TaskStore, file: TaskStore) {
        let memory = try OverdueLedListTests.makeStore()
        let path = directory.appendingPathComponent("halves.sqlite").path
        try memory.writer.backup(to: try DatabaseQueue(path: path))
        // In WAL mode, as bdhvs writes its databases.
        _ = try TaskStore.open(path: path, access: .write)
        return (memory, try TaskStore.open(path: path, access: .read))
    }

    @Test func theHalvesInTurnAreTheFullComputationsOverdueListOnFiftyDates() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (memory, store) = try Self.stores(in: directory)
        let keys = try store.read { try String.fetchAll($0, sql: "SELECT DISTINCT key FROM agency ORDER BY key") }
        var firstCount = 0, secondCount = 0
        for date in OverdueLedListTests.dates {
            for agency in keys + ["Phòng Văn hóa - Xã hội"] {
                let full = try memory.tasks(.all, asOf: date, filter: TaskFilter(agency: agency))
                var first: [TaskRow] = []
                let second = Collected()
                try store.eachTaskInHalves(.all, asOf: date, filter: TaskFilter(agency: agency, overdueOnly: true), minimumPlans: 2,
                                           first: { first.append($0) }, second: second.add)
                #expect(first + second.rows == full.filter { $0.status == .overdue }, "as of \(date.iso), \(agency)")
                // A plan is never cut: the first half is the first plan's ('Đông Trà Bồng' sorts first).
                #expect(Set(first.map(\.plan)).isSubset(of: ["xa-b-2025"]), "as of \(date.iso), \(agency)")
                #expect(Set(second.rows.map(\.plan)).isSubset(of: ["xa-a-2025"]), "as of \(date.iso), \(agency)")
                firstCount += first.count
                secondCount += second.rows.count
            }
        }
        #expect(firstCount > 300)
        #expect(secondCount > 300)
    }

    @Test func aListOfFewerPlansThanTheMinimumIsReadWholeOnOneConnection() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (memory, store) = try Self.stores(in: directory)
        let date = CivilDate(year: 2025, month: 12, day: 31)!
        let filter = TaskFilter(agency: "vhxh", overdueOnly: true)
        var first: [TaskRow] = []
        let second = Collected()
        try store.eachTaskInHalves(.all, asOf: date, filter: filter, first: { first.append($0) }, second: second.add)
        #expect(first == (try memory.tasks(.all, asOf: date, filter: filter)))
        #expect(first.count > 20)
        #expect(second.rows.isEmpty)
        // An unknown body is the same error as the whole list's.
        #expect(throws: StoreError.self) {
            try store.eachTaskInHalves(.all, asOf: date, filter: TaskFilter(agency: "khong-co", overdueOnly: true), minimumPlans: 2,
                                       first: { _ in }, second: { _ in })
        }
    }

    /// The text of the second half appended to the first's is the text of the whole list, in
    /// both languages.
    @Test func theTextWrittenInHalvesIsTheWholeListsText() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (memory, store) = try Self.stores(in: directory)
        for date in ["2025-06-30", "2025-12-31"].map({ CivilDate(iso: $0)! }) {
            let filter = TaskFilter(agency: "vhxh", overdueOnly: true)
            var first: [TaskRow] = []
            let second = Collected()
            try store.eachTaskInHalves(.all, asOf: date, filter: filter, minimumPlans: 2, first: { first.append($0) }, second: second.add)
            #expect(!first.isEmpty && !second.rows.isEmpty)
            for language in [Language.vi, .en] {
                var writer = TaskListText.Writer(language: language)
                for task in first { writer.add(task) }
                var later = TaskListText.Writer(language: language)
                for task in second.rows { later.add(task) }
                let whole = TaskListText(language: language).render(try memory.tasks(.all, asOf: date, filter: filter))
                #expect(Self.joined(&writer, later) == whole, "as of \(date.iso) in \(language)")
            }
            // An empty second half changes nothing.
            var writer = TaskListText.Writer(language: .vi)
            for task in first { writer.add(task) }
            #expect(Self.joined(&writer, TaskListText.Writer(language: .vi)) == TaskListText(language: .vi).render(first))
        }
    }

    /// The whole text of `first` then `later`, put together as the command prints them
    /// (`TaskListPipe`): the first half's text, what goes between, the second's, the end.
    private static func joined(_ first: inout TaskListText.Writer, _ later: TaskListText.Writer) -> String {
        var later = later
        let head = first.take()
        let between = first.join(later)
        return head + between + later.take() + first.finish()
    }
}
