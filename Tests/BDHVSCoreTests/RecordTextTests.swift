@testable import BDHVSCore
import BDHVSTestSupport
import GRDB
import Testing

/// A text typed for a record (a note, a reason, a title, a place, a source, a name, who
/// records it) with a control character is refused, and nothing is written: the province
/// refuses a package that carries one, so one BEL pasted into a note kept every later package
/// of the commune out.
@Suite struct RecordTextTests {
    private static let bell = "Lễ phát động\u{07}"
    private static let today = isoDate("2025-12-31")

    /// The refusal `body` throws, checked in both languages, and the history left empty.
    private func expectRefused(_ store: TaskStore, code: String = "U+0007", text: String = bell,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Any) throws {
        let error = RecordsFixture.refusal(body, sourceLocation: sourceLocation)
        #expect(error?.id == "change.control-character", sourceLocation: sourceLocation)
        #expect(error?.failure == .invalidInput, sourceLocation: sourceLocation)
        #expect(error?.text(.vi) == "'\(text)' có ký tự điều khiển \(code); hãy xóa ký tự này", sourceLocation: sourceLocation)
        #expect(error?.text(.en) == "'\(text)' holds the control character \(code); remove it", sourceLocation: sourceLocation)
        let changes = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log") }
        #expect(changes == 0, sourceLocation: sourceLocation)
    }

    @Test func taskNotesReasonsAndWhoRecordsAreChecked() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        func request(_ action: TaskAction, by: String = "Lan", note: String?) -> ChangeRequest {
            ChangeRequest(plan: nil, task: "nv1", action: action, on: Self.today, recordedOn: Self.today, by: by, note: note)
        }
        try expectRefused(store) { try store.record(request(.note, note: Self.bell)) }
        try expectRefused(store) { try store.record(request(.start, by: Self.bell, note: nil)) }
        try expectRefused(store, code: "U+001B", text: "\u{1B}[2J") { try store.record(request(.start, note: "\u{1B}[2J")) }
        // A vertical tab (a line break in Word) is refused too: the package check refuses its byte.
        try expectRefused(store, code: "U+000B", text: "a\u{0B}b") { try store.record(request(.note, note: "a\u{0B}b")) }
        // Tabs and line breaks pass, as in a plan's long texts.
        _ = try store.record(request(.note, note: "dòng 1\ndòng 2\tcột"))
    }

    @Test func activityMeasurementAndSpendingTextsAreChecked() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        func activity(title: String? = nil, place: String? = nil) throws -> ChangeRecord {
            try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: Self.today, participants: 3, title: title, place: place),
                                  by: "Lan", recordedOn: Self.today)
        }
        try expectRefused(store) { try activity(title: Self.bell) }
        try expectRefused(store) { try activity(place: Self.bell) }
        try expectRefused(store) {
            try store.recordMeasurement(MeasurementInput(plan: nil, indicator: "cbccvc-ky-nang-so", measuredOn: Self.today,
                                                         value: .tenths(500), source: Self.bell), by: "Lan", recordedOn: Self.today)
        }
        try expectRefused(store) {
            try store.spend(SpendingInput(plan: nil, task: "nv1", amount: 1000, source: "nsnn", spentOn: Self.today, note: Self.bell),
                            by: "Lan", recordedOn: Self.today)
        }
        #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
    }

    @Test func figureAndTeamTextsAreChecked() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try expectRefused(store) { try store.figure(.population, "cbccvc", 640, on: "2025-10-01", source: Self.bell) }
        try expectRefused(store) {
            try store.addTeam(TeamInput(plan: nil, village: "v1", members: 5, decision: Self.bell, foundedOn: Self.today),
                              by: "Lan", recordedOn: Self.today)
        }
        try expectRefused(store) {
            try store.addTeam(TeamInput(plan: nil, village: "v1", members: 5, named: [.init(name: "An", role: Self.bell)],
                                        foundedOn: Self.today), by: "Lan", recordedOn: Self.today)
        }
        let teams = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM team") }
        #expect(teams == 0)
    }
}
