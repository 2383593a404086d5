import Foundation
import GRDB
import Testing
@testable import BDHVSCore

// Recurring duties ("Hằng tháng" …): the periods of each kind, their keys, how they are
// counted as of a date, and what marking one done does in the store.

/// Recurring duties: periods, keys, tallies, and occurrences in the store.
@Suite struct RecurrenceTests {}

/// One expected occurrence: key, first and last day (ISO).
private struct Expected: CustomStringConvertible {
    var key: String
    var start: String
    var end: String
    init(_ key: String, _ start: String, _ end: String) { (self.key, self.start, self.end) = (key, start, end) }
    var occurrence: Occurrence { Occurrence(key: key, start: isoDate(start), end: isoDate(end)) }
    var description: String { "\(key) \(start)…\(end)" }
}

/// past, done, missed.
private func pdm(_ tally: OccurrenceTally) -> [Int] { [tally.past, tally.done, tally.missed] }

private func view(_ occurrence: Occurrence) -> String { "\(occurrence.key) \(occurrence.start.iso)…\(occurrence.end.iso)" }

// MARK: - The occurrence containing a date

extension RecurrenceTests {
    @Suite struct Containing {
        fileprivate static let cases: [(RecurrencePeriod, String, Expected)] = [
            (.daily, "2026-03-15", Expected("2026-03-15", "2026-03-15", "2026-03-15")),
            (.daily, "2028-02-29", Expected("2028-02-29", "2028-02-29", "2028-02-29")),
            (.daily, "2026-12-31", Expected("2026-12-31", "2026-12-31", "2026-12-31")),
            // ISO weeks: Monday to Sunday, numbered by the year of their Thursday.
            (.weekly, "2025-12-29", Expected("2026-W01", "2025-12-29", "2026-01-04")),
            (.weekly, "2026-01-01", Expected("2026-W01", "2025-12-29", "2026-01-04")),
            (.weekly, "2026-01-04", Expected("2026-W01", "2025-12-29", "2026-01-04")),
            (.weekly, "2026-01-05", Expected("2026-W02", "2026-01-05", "2026-01-11")),
            (.weekly, "2026-03-11", Expected("2026-W11", "2026-03-09", "2026-03-15")),
            (.weekly, "2026-12-31", Expected("2026-W53", "2026-12-28", "2027-01-03")),
            (.weekly, "2027-01-01", Expected("2026-W53", "2026-12-28", "2027-01-03")),
            (.weekly, "2027-01-03", Expected("2026-W53", "2026-12-28", "2027-01-03")),
            (.weekly, "2027-01-04", Expected("2027-W01", "2027-01-04", "2027-01-10")),
            (.weekly, "2025-01-01", Expected("2025-W01", "2024-12-30", "2025-01-05")),
            (.weekly, "2024-12-29", Expected("2024-W52", "2024-12-23", "2024-12-29")),
            (.weekly, "2021-01-03", Expected("2020-W53", "2020-12-28", "2021-01-03")),
            (.weekly, "2025-12-28", Expected("2025-W52", "2025-12-22", "2025-12-28")),
            (.monthly, "2026-01-31", Expected("2026-01", "2026-01-01", "2026-01-31")),
            (.monthly, "2026-02-10", Expected("2026-02", "2026-02-01", "2026-02-28")),
            (.monthly, "2028-02-01", Expected("2028-02", "2028-02-01", "2028-02-29")),
            (.monthly, "2024-02-29", Expected("2024-02", "2024-02-01", "2024-02-29")),
            (.monthly, "2100-02-15", Expected("2100-02", "2100-02-01", "2100-02-28")),
            (.monthly, "2000-02-15", Expected("2000-02", "2000-02-01", "2000-02-29")),
            (.monthly, "2026-04-01", Expected("2026-04", "2026-04-01", "2026-04-30")),
            (.monthly, "2026-09-30", Expected("2026-09", "2026-09-01", "2026-09-30")),
            (.monthly, "2026-12-31", Expected("2026-12", "2026-12-01", "2026-12-31")),
            (.quarterly, "2026-01-01", Expected("2026-Q1", "2026-01-01", "2026-03-31")),
            (.quarterly, "2026-03-31", Expected("2026-Q1", "2026-01-01", "2026-03-31")),
            (.quarterly, "2026-04-01", Expected("2026-Q2", "2026-04-01", "2026-06-30")),
            (.quarterly, "2026-05-15", Expected("2026-Q2", "2026-04-01", "2026-06-30")),
            (.quarterly, "2026-09-30", Expected("2026-Q3", "2026-07-01", "2026-09-30")),
            (.quarterly, "2026-10-01", Expected("2026-Q4", "2026-10-01", "2026-12-31")),
            (.quarterly, "2026-12-31", Expected("2026-Q4", "2026-10-01", "2026-12-31")),
            (.yearly, "2026-07-04", Expected("2026", "2026-01-01", "2026-12-31")),
            (.yearly, "2028-02-29", Expected("2028", "2028-01-01", "2028-12-31")),
        ]

        @Test func eachPeriodHasItsKeyStartAndEnd() {
            for (period, date, expected) in Self.cases {
                let occurrence = period.occurrence(containing: isoDate(date))
                #expect(view(occurrence) == expected.description, "\(period) containing \(date)")
                #expect(occurrence == expected.occurrence)
            }
        }

        @Test func everyDayOfAnOccurrenceIsContainedInIt() {
            for period in RecurrencePeriod.allCases {
                for occurrence in period.occurrences(inYear: 2026) {
                    var day = occurrence.start
                    while day <= occurrence.end {
                        #expect(period.occurrence(containing: day) == occurrence, "\(period) \(day)")
                        day = day.adding(days: 1)
                    }
                }
            }
        }
    }
}

// MARK: - The occurrences of a year

extension RecurrenceTests {
    @Suite struct OfAYear {
        @Test func monthsEndOnTheirLastDay() {
            let months = RecurrencePeriod.monthly.occurrences(inYear: 2026)
            #expect(months.map(\.key) == (1...12).map { String(format: "2026-%02d", $0) })
            #expect(months.map(\.start.day) == Array(repeating: 1, count: 12))
            #expect(months.map(\.end.day) == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
            #expect(RecurrencePeriod.monthly.occurrences(inYear: 2028)[1].end == isoDate("2028-02-29"))
            #expect(RecurrencePeriod.monthly.occurrences(inYear: 2100)[1].end == isoDate("2100-02-28"))
        }

        @Test func quartersAndTheYear() {
            #expect(RecurrencePeriod.quarterly.occurrences(inYear: 2026).map(view) == [
                "2026-Q1 2026-01-01…2026-03-31", "2026-Q2 2026-04-01…2026-06-30",
                "2026-Q3 2026-07-01…2026-09-30", "2026-Q4 2026-10-01…2026-12-31",
            ])
            #expect(RecurrencePeriod.yearly.occurrences(inYear: 2026).map(view) == ["2026 2026-01-01…2026-12-31"])
        }

        @Test func days() {
            let days = RecurrencePeriod.daily.occurrences(inYear: 2026)
            #expect(days.count == 365)
            #expect(days.first?.key == "2026-01-01")
            #expect(days.last?.key == "2026-12-31")
            #expect(RecurrencePeriod.daily.occurrences(inYear: 2028).count == 366)
        }

        /// A week across New Year belongs to both years.
        @Test func weeksAcrossYearEnds() {
            let weeks2026 = RecurrencePeriod.weekly.occurrences(inYear: 2026)
            #expect(weeks2026.map(\.key) == (1...53).map { String(format: "2026-W%02d", $0) })
            #expect(weeks2026.first.map(view) == "2026-W01 2025-12-29…2026-01-04")
            #expect(weeks2026.last.map(view) == "2026-W53 2026-12-28…2027-01-03")

            let weeks2025 = RecurrencePeriod.weekly.occurrences(inYear: 2025)
            #expect(weeks2025.count == 53)
            #expect(weeks2025.first.map(view) == "2025-W01 2024-12-30…2025-01-05")
            #expect(weeks2025[51].key == "2025-W52")
            #expect(weeks2025.last.map(view) == "2026-W01 2025-12-29…2026-01-04")

            let weeks2027 = RecurrencePeriod.weekly.occurrences(inYear: 2027)
            #expect(weeks2027.count == 53)
            #expect(weeks2027.first?.key == "2026-W53")
            #expect(weeks2027[1].key == "2027-W01")
            #expect(weeks2027.last.map(view) == "2027-W52 2027-12-27…2028-01-02")
        }

        @Test func occurrencesFollowEachOtherWithoutGapOrOverlap() {
            for period in RecurrencePeriod.allCases {
                for year in [2025, 2026, 2027, 2028] {
                    let all = period.occurrences(inYear: year)
                    #expect(all.first!.start <= isoDate("\(year)-01-01"))
                    #expect(all.last!.end >= isoDate("\(year)-12-31"))
                    for (a, b) in zip(all, all.dropFirst()) {
                        #expect(a.end.adding(days: 1) == b.start, "\(period) \(year): \(a.key) then \(b.key)")
                    }
                }
            }
        }

        @Test func aKeyOfTheYear() {
            #expect(RecurrencePeriod.weekly.occurrence(key: "2026-W53", inYear: 2027).map(view) == "2026-W53 2026-12-28…2027-01-03")
            #expect(RecurrencePeriod.weekly.occurrence(key: "2025-W53", inYear: 2025) == nil)
            #expect(RecurrencePeriod.monthly.occurrence(key: "2025-12", inYear: 2026) == nil)
            #expect(RecurrencePeriod.monthly.occurrence(key: "2026-Q1", inYear: 2026) == nil)
            #expect(RecurrencePeriod.quarterly.occurrence(key: "2026-Q3", inYear: 2026).map(view) == "2026-Q3 2026-07-01…2026-09-30")
        }
    }
}

// MARK: - Keys

extension RecurrenceTests {
    @Suite struct Keys {
        @Test(arguments: RecurrencePeriod.allCases)
        func everyKeyOf2026RoundTrips(period: RecurrencePeriod) {
            let all = period.occurrences(inYear: 2026)
            #expect(!all.isEmpty)
            for occurrence in all {
                #expect(Occurrence(key: occurrence.key) == occurrence, "\(period) \(occurrence.key)")
            }
        }

        @Test func keysOfOtherYearsRoundTrip() {
            for (period, year) in [(RecurrencePeriod.weekly, 2020), (.weekly, 2027), (.daily, 2028), (.monthly, 2028)] {
                for occurrence in period.occurrences(inYear: year) {
                    #expect(Occurrence(key: occurrence.key) == occurrence, "\(period) \(occurrence.key)")
                }
            }
        }

        @Test func aKeyNamesItsPeriod() {
            #expect(Occurrence(key: "2026-W11").map(view) == "2026-W11 2026-03-09…2026-03-15")
            #expect(Occurrence(key: "2026-W53").map(view) == "2026-W53 2026-12-28…2027-01-03")
            #expect(Occurrence(key: "2020-W53").map(view) == "2020-W53 2020-12-28…2021-01-03")
            #expect(Occurrence(key: "2026-02").map(view) == "2026-02 2026-02-01…2026-02-28")
            #expect(Occurrence(key: "2028-02").map(view) == "2028-02 2028-02-01…2028-02-29")
            #expect(Occurrence(key: "2026-Q4").map(view) == "2026-Q4 2026-10-01…2026-12-31")
            #expect(Occurrence(key: "2026").map(view) == "2026 2026-01-01…2026-12-31")
            #expect(Occurrence(key: "2026-03-15").map(view) == "2026-03-15 2026-03-15…2026-03-15")
        }

        @Test(arguments: [
            "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-W54", "2026-W00", "2025-W53", "2026-02-30", "2025-02-29",
            "2026-3", "2026-W1", "2026-Q", "2026-W", "2026-", "-2026", "26-03", "2026-03-15-01", "2026/03", "2026-q1",
            "2026-w11", "quý 1", "abcd", "", "1800", "2026-03-5", "2026-Q+1", "2026-W+11",
        ])
        func garbageIsRejected(key: String) {
            #expect(Occurrence(key: key) == nil)
        }
    }
}

// MARK: - Tallies

extension RecurrenceTests {
    @Suite struct Tally {
        private func tally(_ period: RecurrencePeriod, _ year: Int, asOf: String, done: Set<String> = [], since: String? = nil) -> OccurrenceTally {
            OccurrenceTally.count(period, year: year, asOf: isoDate(asOf), doneKeys: done, since: since.map(isoDate))
        }

        @Test func pastDoneMissedAndCurrent() {
            let t = tally(.monthly, 2026, asOf: "2026-06-15", done: ["2026-02", "2026-03", "2026-06"])
            #expect(pdm(t) == [5, 2, 3])
            #expect(t.current?.key == "2026-06")
            #expect(t.currentDone)
        }

        @Test func aPeriodIsPastTheDayAfterItsLastDay() {
            let lastDay = tally(.monthly, 2026, asOf: "2026-05-31")
            #expect(lastDay.past == 4)
            #expect(lastDay.current?.key == "2026-05")
            let nextDay = tally(.monthly, 2026, asOf: "2026-06-01")
            #expect(nextDay.past == 5)
            #expect(nextDay.current?.key == "2026-06")
            #expect(!nextDay.currentDone)
            let february = tally(.monthly, 2028, asOf: "2028-03-01")
            #expect(february.past == 2)
            #expect(tally(.monthly, 2028, asOf: "2028-02-29").past == 1)
        }

        @Test func acrossTheYearEnd() {
            let lastDay = tally(.monthly, 2025, asOf: "2025-12-31", done: ["2025-01"])
            #expect(pdm(lastDay) == [11, 1, 10])
            #expect(lastDay.current?.key == "2025-12")
            // After the plan's year: every month is past and there is no current one.
            let after = tally(.monthly, 2025, asOf: "2026-01-15", done: ["2025-01", "2026-01"])
            #expect(pdm(after) == [12, 1, 11])
            #expect(after.current == nil)
            #expect(!after.currentDone)
            // Before it: nothing past, nothing current.
            let before = tally(.monthly, 2026, asOf: "2025-12-20")
            #expect(pdm(before) == [0, 0, 0])
            #expect(before.current == nil)
            // A week across New Year is already current before it.
            let week = tally(.weekly, 2026, asOf: "2025-12-30")
            #expect(week.past == 0)
            #expect(week.current?.key == "2026-W01")
            let lastWeek = tally(.weekly, 2026, asOf: "2027-01-02")
            #expect(lastWeek.past == 52)
            #expect(lastWeek.current?.key == "2026-W53")
            #expect(tally(.weekly, 2026, asOf: "2027-01-04").past == 53)
            #expect(tally(.quarterly, 2026, asOf: "2027-01-01").past == 4)
            #expect(tally(.yearly, 2026, asOf: "2026-12-31").past == 0)
            #expect(tally(.yearly, 2026, asOf: "2027-01-01").past == 1)
        }

        /// Periods that ended before the plan was issued do not count.
        @Test func sinceTheIssueDate() {
            let t = tally(.monthly, 2026, asOf: "2026-06-15", done: ["2026-01"], since: "2026-03-15")
            #expect(pdm(t) == [3, 0, 3])  // March (ends after the 15th), April, May
            #expect(t.current?.key == "2026-06")
            let quarter = tally(.quarterly, 2026, asOf: "2026-12-31", since: "2026-04-01")
            #expect(quarter.past == 2)  // Q2 and Q3; Q1 ended 31/03
            #expect(tally(.monthly, 2026, asOf: "2026-06-15", since: "2026-02-28").past == 4)
            #expect(tally(.monthly, 2026, asOf: "2026-06-15", since: "2026-03-01").past == 3)
        }
    }
}

// MARK: - In the store

/// A 2026 plan with a monthly duty, an ongoing task with monthly check-ins, a quarterly
/// and a weekly duty and a dated task.
private let recurringPlan = """
    format: 1
    id: dinh-ky-2026
    title: Kế hoạch thử nghiệm các nhiệm vụ định kỳ năm 2026
    commune: Thử Nghiệm
    commune_kind: xã
    province: Quảng Ngãi
    year: 2026
    issuer: UBND xã Thử Nghiệm
    agencies:
      - id: ubnd
        name: Ủy ban nhân dân xã Thử Nghiệm
      - id: vhxh
        name: Phòng Văn hóa - Xã hội
    tasks:
      - id: nv1
        title: Báo cáo kết quả thực hiện Phong trào
        lead: vhxh
        timeline: Hằng tháng
      - id: nv2
        title: Tuyên truyền trên trang thông tin điện tử xã
        lead: vhxh
        timeline: Thường xuyên
        check_in: hằng tháng
      - id: nv3
        title: Họp giao ban Ban Chỉ đạo
        lead: ubnd
        timeline: Hằng quý
      - id: nv4
        title: Lễ phát động
        lead: ubnd
        timeline: Tháng 3/2026
      - id: nv5
        title: Cập nhật dữ liệu người học
        lead: vhxh
        timeline: Hằng tuần

    """

private let recurringPlanKey = "dinh-ky-2026"

private func recurringStore(_ text: String = recurringPlan) throws -> TaskStore {
    let outcome = PlanLoader.check(text: text, file: "dinh-ky.yaml")
    #expect(outcome.diagnostics == [])
    let store = try TaskStore.inMemory()
    _ = try store.load(try #require(outcome.plan), sourcePath: "dinh-ky.yaml")
    return store
}

private extension TaskStore {
    @discardableResult
    func markDone(_ task: String, on: String, period: String? = nil, by: String = "Lan") throws -> ChangeRecord {
        try record(ChangeRequest(plan: nil, task: task, action: .done(period: period), on: isoDate(on), recordedOn: isoDate(on), by: by))
    }

    func tally(_ task: String, asOf: String) throws -> OccurrenceTally? {
        try detail(task: task, plan: nil, asOf: isoDate(asOf)).occurrences
    }

    func occurrenceRows() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT t.key || ' ' || o.period || ' ' || o.done_on FROM occurrence_done o JOIN task t ON t.id = o.task_id
                ORDER BY t.key, o.period
                """)
        }
    }

    func taskState(_ task: String) throws -> [String?] {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT state, completed_on FROM task WHERE key = ?", arguments: [task])!
            return [row["state"], row["completed_on"]]
        }
    }

    func categories(asOf: String) throws -> [String: TaskCategory] {
        Dictionary(uniqueKeysWithValues: try tasks(PlanScope(plan: recurringPlanKey), asOf: isoDate(asOf)).map { ($0.id, $0.status) })
    }
}

private func refusal(_ body: () throws -> Any) -> ChangeError? {
    do { _ = try body() } catch let error as ChangeError { return error } catch { Issue.record("unexpected \(error)") }
    return nil
}

extension RecurrenceTests {
    @Suite struct InTheStore {
        @Test func markingTheCurrentPeriodDoneDoesNotMarkTheDutyDone() throws {
            let store = try recurringStore()
            let change = try store.markDone("nv1", on: "2026-03-10")
            #expect(change.kind == .occurrence)
            #expect(change.fields == [ChangeRecord.Field(field: .occurrence("2026-03"), old: nil, new: "2026-03-10")])

            #expect(try store.taskState("nv1") == ["open", nil])
            #expect(try store.categories(asOf: "2026-03-15")["nv1"] == .ongoing)
            #expect(try store.categories(asOf: "2026-12-31")["nv1"] == .ongoing)
            let report = try store.status(PlanScope(plan: recurringPlanKey), asOf: isoDate("2026-03-15"))
            #expect(report.counts[.ongoing] == 4)
            #expect(report.counts[.doneOnTime] == 0)
            #expect(report.completion.done == 0)

            let tally = try #require(try store.tally("nv1", asOf: "2026-03-15"))
            #expect(pdm(tally) == [2, 0, 2])
            #expect(tally.current?.key == "2026-03")
            #expect(tally.currentDone)
            // Before the day it was done, the period was not done.
            #expect(try store.tally("nv1", asOf: "2026-03-09")?.currentDone == false)
            #expect(try store.occurrenceRows() == ["nv1 2026-03 2026-03-10"])
            #expect(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2026-03-15")).recurrence == .monthly)
        }

        /// Five months with nothing done: five missed occurrences, and not one row for them.
        @Test func aDutyMissedForFiveMonthsShowsFiveMissedOccurrences() throws {
            let store = try recurringStore()
            let tally = try #require(try store.tally("nv1", asOf: "2026-06-15"))
            #expect(pdm(tally) == [5, 0, 5])
            #expect(tally.current?.key == "2026-06")
            #expect(!tally.currentDone)
            let report = try store.status(PlanScope(plan: recurringPlanKey), asOf: isoDate("2026-06-15"))
            let nv1 = try #require(report.recurring.first { $0.id == "nv1" })
            #expect(nv1.period == .monthly)
            #expect(nv1.occurrences.missed == 5)
            #expect(try store.occurrenceRows() == [])
            #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM occurrence_done") } == 0)
            #expect(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2026-06-15")).history == [])

            // Marking one of them done is one row, and one fewer missed.
            try store.markDone("nv1", on: "2026-06-15", period: "2026-02")
            let after = try #require(try store.tally("nv1", asOf: "2026-06-15"))
            #expect(pdm(after) == [5, 1, 4])
            #expect(try store.occurrenceRows() == ["nv1 2026-02 2026-06-15"])
            // Done on 15/06: as of 14/06 February was still missed.
            #expect(try store.tally("nv1", asOf: "2026-06-14")?.missed == 5)

            let endOfYear = try #require(try store.tally("nv1", asOf: "2027-01-10"))
            #expect(pdm(endOfYear) == [12, 1, 11])
            #expect(endOfYear.current == nil)
        }

        @Test func periodsBeforeThePlanWasIssuedDoNotCount() throws {
            let issued = recurringPlan.replacingOccurrences(
                of: "issuer: UBND xã Thử Nghiệm\n", with: "issuer: UBND xã Thử Nghiệm\ndocument:\n  number: 05/KH-UBND\n  date: 15/03/2026\n")
            let store = try recurringStore(issued)
            let tally = try #require(try store.tally("nv1", asOf: "2026-06-15"))
            #expect(pdm(tally) == [3, 0, 3])
        }

        @Test func everyRecurringDutyInStatus() throws {
            let store = try recurringStore()
            try store.markDone("nv1", on: "2026-03-05", period: "2026-02")
            try store.markDone("nv1", on: "2026-03-06")
            try store.markDone("nv3", on: "2026-03-20", period: "2026-Q1")
            try store.markDone("nv5", on: "2026-03-11", period: "2026-W11")
            let report = try store.status(PlanScope(plan: recurringPlanKey), asOf: isoDate("2026-06-15"))
            #expect(report.recurring.map(\.id) == ["nv1", "nv2", "nv3", "nv5"])
            #expect(report.recurring.map(\.period) == [.monthly, .monthly, .quarterly, .weekly])
            #expect(report.recurring.map { pdm($0.occurrences) }
                == [[5, 2, 3], [5, 0, 5], [1, 1, 0], [24, 1, 23]])
            #expect(report.recurring.map { $0.occurrences.current?.key } == ["2026-06", "2026-06", "2026-Q2", "2026-W25"])
            #expect(report.occurrences == OccurrenceTotals(past: 35, done: 4, missed: 31, currentOpen: 4))
            // The duties are ongoing; the dated task is overdue.
            #expect(report.counts[.ongoing] == 4)
            #expect(report.counts[.overdue] == 1)
            #expect(try store.occurrenceRows() == ["nv1 2026-02 2026-03-05", "nv1 2026-03 2026-03-06", "nv3 2026-Q1 2026-03-20",
                                                   "nv5 2026-W11 2026-03-11"])
        }

        @Test func aPeriodDoneTwiceIsRefused() throws {
            let store = try recurringStore()
            try store.markDone("nv1", on: "2026-03-12", period: "2026-02")
            let twice = refusal { try store.markDone("nv1", on: "2026-03-13", period: "2026-02") }
            #expect(twice == .periodAlreadyDone(task: "nv1", period: "2026-02", on: isoDate("2026-03-12")))
            #expect(twice?.description == "period 2026-02 of task 'nv1' is already done (on 12/03/2026)")
            // The current period named by the date counts the same.
            try store.markDone("nv1", on: "2026-03-14")
            let current = refusal { try store.markDone("nv1", on: "2026-03-20") }
            #expect(current?.description == "period 2026-03 of task 'nv1' is already done (on 14/03/2026)")
            let named = refusal { try store.markDone("nv1", on: "2026-03-20", period: "2026-03") }
            #expect(named == .periodAlreadyDone(task: "nv1", period: "2026-03", on: isoDate("2026-03-14")))
            #expect(try store.occurrenceRows() == ["nv1 2026-02 2026-03-12", "nv1 2026-03 2026-03-14"])
            #expect(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2026-03-20")).history.count == 2)
        }

        @Test func periodsThatDoNotApplyAreRefused() throws {
            let store = try recurringStore()
            let unknown = refusal { try store.markDone("nv1", on: "2026-03-12", period: "2026-13") }
            #expect(unknown == .unknownPeriod(task: "nv1", period: "2026-13", example: "2026-01"))
            #expect(unknown?.description == "task 'nv1' has no period '2026-13' in its plan's year; periods look like '2026-01'")
            #expect(refusal { try store.markDone("nv1", on: "2026-03-12", period: "2025-12") }
                == .unknownPeriod(task: "nv1", period: "2025-12", example: "2026-01"))
            #expect(refusal { try store.markDone("nv1", on: "2026-03-12", period: "2026-Q1") }
                == .unknownPeriod(task: "nv1", period: "2026-Q1", example: "2026-01"))
            #expect(refusal { try store.markDone("nv3", on: "2026-03-12", period: "2026-03") }?.description
                == "task 'nv3' has no period '2026-03' in its plan's year; periods look like '2026-Q1'")
            #expect(refusal { try store.markDone("nv5", on: "2026-03-12", period: "2026-W54") }?.description
                == "task 'nv5' has no period '2026-W54' in its plan's year; periods look like '2026-W01'")

            let early = refusal { try store.markDone("nv1", on: "2026-03-12", period: "2026-04") }
            #expect(early == .periodNotStarted(task: "nv1", period: "2026-04", start: isoDate("2026-04-01")))
            #expect(early?.description == "period 2026-04 of task 'nv1' starts on 01/04/2026; it cannot be done before it starts")

            let notRecurring = refusal { try store.markDone("nv4", on: "2026-03-12", period: "2026-03") }
            #expect(notRecurring == .notRecurring(task: "nv4"))
            #expect(notRecurring?.description == "task 'nv4' is not a recurring duty; only recurring duties are done by period")
            #expect(try store.occurrenceRows() == [])
            // The dated task is done the ordinary way.
            #expect(try store.markDone("nv4", on: "2026-03-12").kind == .done)
            #expect(try store.categories(asOf: "2026-03-31")["nv4"] == .doneOnTime)
        }

        @Test func anOngoingTaskWithCheckInsGetsOccurrences() throws {
            let store = try recurringStore()
            let detail = try store.detail(task: "nv2", plan: nil, asOf: isoDate("2026-04-10"))
            #expect(detail.recurrence == .monthly)
            #expect(detail.occurrences.map(pdm) == [3, 0, 3])
            #expect(detail.occurrences?.current?.key == "2026-04")
            #expect(detail.task.status == .ongoing)

            let change = try store.markDone("nv2", on: "2026-04-10")
            #expect(change.kind == .occurrence)
            #expect(change.fields.map(\.field) == [.occurrence("2026-04")])
            #expect(try store.taskState("nv2") == ["open", nil])
            #expect(try store.categories(asOf: "2026-04-30")["nv2"] == .ongoing)
            #expect(try store.tally("nv2", asOf: "2026-05-01").map(pdm) == [4, 1, 3])

            // A dated task has no occurrences.
            let dated = try store.detail(task: "nv4", plan: nil, asOf: isoDate("2026-04-10"))
            #expect(dated.recurrence == nil)
            #expect(dated.occurrences == nil)
        }

        @Test func undoingAPeriodRemovesItsRow() throws {
            let store = try recurringStore()
            let done = try store.markDone("nv1", on: "2026-03-10", by: "Lan")
            let undo = try store.undo(by: "Lan", recordedOn: isoDate("2026-03-11"))
            #expect(undo.undoes == done.id)
            #expect(undo.fields == [ChangeRecord.Field(field: .occurrence("2026-03"), old: "2026-03-10", new: nil)])
            #expect(try store.occurrenceRows() == [])
            #expect(try store.tally("nv1", asOf: "2026-03-15")?.currentDone == false)
            // Done again once undone.
            try store.markDone("nv1", on: "2026-03-12", by: "Lan")
            #expect(try store.occurrenceRows() == ["nv1 2026-03 2026-03-12"])
        }
    }
}
