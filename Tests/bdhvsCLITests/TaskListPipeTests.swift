@testable import BDHVSCore
import Foundation
import Testing
@testable import bdhvs

/// The text a task list writes on its own thread is the whole list's text, in order, however
/// the tasks come in batches.
@Suite struct TaskListPipeTests {
    static func rows(_ count: Int) -> [TaskRow] {
        (0..<count).map { index in
            TaskRow(plan: "p\(index / 700)", id: "nv\(index)", parent: index % 3 == 0 ? nil : "nv0", title: "Việc \(index)",
                    lead: index % 5 == 0 ? [] : ["Phòng \(index % 7)"], timeline: index % 2 == 0 ? "Tháng \(index % 12 + 1)" : nil,
                    deadline: CivilDate(iso: "2025-10-01")!.adding(days: index % 90), tentative: index % 11 == 0, status: .overdue,
                    daysOverdue: index % 90, percent: index % 4 * 10, extendedFrom: nil)
        }
    }

    @Test(arguments: [0, 1, 255, 256, 257, 5000, 20_000])
    func theTextIsTheWholeListsInOrder(count: Int) {
        let rows = Self.rows(count)
        let console = Console(capturing: true)
        let pipe = TaskListPipe(language: .vi, console: console)
        var start = 0
        while start < rows.count {
            let end = min(start + TaskListPipe.batchSize, rows.count)
            pipe.put(Array(rows[start..<end]))
            start = end
        }
        pipe.finish(complete: true)
        #expect(String(decoding: console.capturedOut, as: UTF8.self) == TaskListText(language: .vi).render(rows))
    }

    /// A list read in halves: the second half's text, written in pieces on its own thread,
    /// is printed after the first half's, and the whole is the whole list's text (a plan
    /// is never cut between the halves: plans of 700 tasks, cut at a plan's first task).
    @Test(arguments: [(0, 0), (0, 700), (700, 0), (700, 700), (1400, 19_600), (19_600, 1400)])
    func aListReadInHalvesIsTheWholeListsText(first: Int, second: Int) {
        let rows = Self.rows(first + second)
        for language in [Language.vi, .en] {
            let console = Console(capturing: true)
            let pipe = TaskListPipe(language: language, console: console)
            pipe.put(Array(rows[..<first]))
            let later = TaskListHalf(language: language)
            for task in rows[first...] { later.add(task) }
            pipe.finish(complete: true, later: later)
            #expect(String(decoding: console.capturedOut, as: UTF8.self) == TaskListText(language: language).render(rows))
        }
    }

    @Test func aListWhoseReadingFailedEndsWithoutItsCount() {
        let console = Console(capturing: true)
        let pipe = TaskListPipe(language: .en, console: console)
        pipe.put(Self.rows(3))
        pipe.finish(complete: false)
        #expect(console.capturedOut.isEmpty, "less than a chunk was written, and it is not written after a failure")
    }
}
