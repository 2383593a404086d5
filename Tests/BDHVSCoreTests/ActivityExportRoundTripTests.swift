import Foundation
import Testing
@testable import BDHVSCore

/// `export --activities` left out the village and the running-total mark: imported back
/// into another database, a platform's figures of 1.000 and 2.491 lượt "tính đến ngày …"
/// became two events (3.491) and the village's results were lost. The file carries
/// `village` and `running_total`, and importing it gives the same results.
@Suite struct ActivityExportRoundTripTests {
    private func store() throws -> TaskStore { try ResultsFixture.store(ResultsTests.nghiaGiang) }

    /// What an activity is, without its row id (the second database numbers its own).
    private func facts(_ report: ActivityReport) -> [String] {
        report.activities.map {
            "\($0.date.iso) \($0.task) \($0.title ?? "") \($0.participants) \($0.unit) \($0.village ?? "-") "
                + "\($0.runningTotal) \($0.counted) \($0.groups.sorted { $0.key < $1.key })"
        }
    }

    @Test func anExportImportedBackGivesTheSameResults() throws {
        let first = try store()
        try first.held(1000, .enrolments, on: "2025-11-01", village: "v1", runningTotal: true, title: "MOOC")
        try first.held(2491, .enrolments, on: "2025-12-06", village: "v1", runningTotal: true, title: "MOOC")
        try first.held(145, .people, on: "2025-10-09", village: "v2", title: "Lễ phát động", groups: [("nguoi-dan", 100), ("cbccvc", 45)])
        let exported = try first.activities(.all, filter: ActivityFilter(to: isoDate("2025-12-31")))
        let text = CSVWriter(delimiter: ";").activities(exported)
        #expect(text.hasPrefix("\u{FEFF}plan;task;date;title;place;participants;unit;village;running_total;cbccvc;nguoi-dan\r\n"))
        #expect(text.contains("\r\nnghia-giang-2025;nv1;2025-12-06;MOOC;;2491;lượt;v1;1;;\r\n"))

        let second = try store()
        let summary = try second.importCSV(text, file: "hoat-dong.csv", by: "Lan", recordedOn: isoDate("2025-12-31"))
        #expect(summary.rows == 3)
        #expect(try second.results().units == ["lượt": 2491, "người": 145])
        #expect(try second.results().units == first.results().units)
        let villages = { (store: TaskStore) in try store.results(by: .village).rows.map { "\($0.key) \($0.units.sorted { $0.key < $1.key })" } }
        #expect(try villages(second) == villages(first))
        #expect(try villages(second).contains { $0.contains("2491") })
        let imported = try second.activities(.all, filter: ActivityFilter(to: isoDate("2025-12-31")))
        #expect(facts(imported) == facts(exported))
        #expect(imported.enrolments == 2491)
    }
}
