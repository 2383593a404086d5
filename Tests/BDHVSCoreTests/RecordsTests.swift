import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// Recording the numbers a result report needs (activities, indicator measurements,
// spending) and getting the same totals back, with the numbers of the seed reports:
//
// - 003 Nghĩa Giang: launch with AI training on 09/10/2025, 145 people; training on
//   19/11/2025, 80 people; the provincial portal course, 2.148 people of whom 631 cán bộ,
//   công chức, viên chức and 1.517 người dân.
// - 001 Đức Thịnh: 2491 lượt học viên on hatinh.mobiedu.vn by 06/12/2025; one class for the
//   community digital team with 126 people.
// - 004 Việt Hưng: adults with digital skills over 85%, smartphones over 98%, e-payment
//   accounts over 80%, 100% of public servants, 62 community digital-technology teams.
//
// The plans are small and written here (targets and estimates are illustrative); the
// numbers recorded are the reports' own.

/// Small plans for the records tests, shared by `RecordsTests`, `CSVImportTests` and
/// `IndicatorRulesTests`.
enum RecordsFixture {
    static let nghiaGiangKey = "nghia-giang-2025"
    static let ducThinhKey = "duc-thinh-2025"
    static let vietHungKey = "viet-hung-2025"

    /// Nghĩa Giang 2025: three tasks with estimates from two funding sources (45.000.000 đồng
    /// from nsnn, 5.000.000 from xhh), three indicators, one target group of its own.
    static let nghiaGiang = RecordPlans.nghiaGiang

    /// Đức Thịnh 2025: the course on the Hà Tĩnh platform and the class for the community
    /// digital team (a target group of the plan).
    static let ducThinh = RecordPlans.ducThinh

    /// Việt Hưng 2025: the five indicators of report 004 with their targets.
    static let vietHung = RecordPlans.vietHung
    /// Việt Hưng's plan with the indicator of electronic payment accounts taken out.
    static let vietHungWithoutPayments = PlanFixture.variant("""
          - id: thanh-toan-dien-tu
            name: Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử
            kind: percent
            of: người dân trong độ tuổi trưởng thành
            target: 50

        """, "", in: vietHung)

    /// A fresh in-memory store with each of `texts` checked as YAML and loaded.
    static func store(_ texts: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TaskStore {
        let store = try TaskStore.inMemory()
        for (index, text) in texts.enumerated() {
            let file = "plan\(index + 1).yaml"
            let outcome = PlanLoader.check(text: text, file: file)
            #expect(outcome.diagnostics == [], sourceLocation: sourceLocation)
            _ = try store.load(try #require(outcome.plan, sourceLocation: sourceLocation), sourcePath: file)
        }
        return store
    }

    /// The change error `body` throws, or nil (and a recorded issue) when it throws none.
    /// The number out of range that `body` is refused for, or nil (and a recorded issue).
    static func outOfRange(_ body: () throws -> Any, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> RecordRefusal? {
        do {
            _ = try body()
            Issue.record("expected a RecordRefusal, the change was recorded", sourceLocation: sourceLocation)
            return nil
        } catch let error as RecordRefusal {
            return error
        } catch {
            Issue.record("expected a RecordRefusal, found \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static func refusal(_ body: () throws -> Any, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ChangeError? {
        do {
            _ = try body()
            Issue.record("expected a ChangeError, the change was recorded", sourceLocation: sourceLocation)
            return nil
        } catch let error as ChangeError {
            return error
        } catch {
            Issue.record("expected a ChangeError, found \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Rows of the record tables and of the history: (activities, measurements, spending, changes).
    static func counts(_ store: TaskStore) throws -> [Int] {
        try store.read { db in
            try ["activity", "measurement", "spending", "change_log"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
    }

    /// Every change as "#ID kind undoes/undone_by", oldest first.
    static func history(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, undoes, undone_by FROM change_log ORDER BY id").map { row in
                let undoes: Int64? = row["undoes"], undoneBy: Int64? = row["undone_by"]
                return "#\(row["id"] as Int64) \(row["kind"] as String)" + (undoes.map { " undoes #\($0)" } ?? "")
                    + (undoneBy.map { " undone by #\($0)" } ?? "")
            }
        }
    }
}

private let asOf = isoDate("2025-12-31")

private extension TaskStore {
    @discardableResult
    func activity(_ task: String, _ date: String, _ participants: Int, unit: ParticipantUnit = .people,
                  groups: [(group: String, count: Int)] = [], title: String? = nil, plan: String? = nil,
                  by: String = "Lan", recorded: String = "2025-12-31") throws -> ChangeRecord {
        try addActivity(ActivityInput(plan: plan, task: task, heldOn: isoDate(date), participants: participants, unit: unit,
                                      groups: groups, title: title),
                        by: by, recordedOn: isoDate(recorded))
    }

    @discardableResult
    func measure(_ indicator: String, _ date: String, _ value: MeasurementInput.Value, plan: String? = nil, by: String = "Lan",
                 recorded: String = "2025-12-31") throws -> ChangeRecord {
        try recordMeasurement(MeasurementInput(plan: plan, indicator: indicator, measuredOn: isoDate(date), value: value),
                              by: by, recordedOn: isoDate(recorded))
    }

    @discardableResult
    func pay(_ task: String, _ amount: Int64, source: String = "nsnn", _ date: String, kind: SpendingInput.Kind = .disbursed,
             note: String? = nil, plan: String? = nil, by: String = "Lan", recorded: String = "2025-12-31") throws -> ChangeRecord {
        try spend(SpendingInput(plan: plan, task: task, amount: amount, source: source, spentOn: isoDate(date), kind: kind, note: note),
                  by: by, recordedOn: isoDate(recorded)).change
    }

    func allActivities(_ filter: ActivityFilter = ActivityFilter()) throws -> ActivityReport {
        try activities(.all, filter: filter)
    }

    func indicatorsByID(_ plan: String, asOf date: String = "2025-12-31") throws -> [String: IndicatorRow] {
        Dictionary(uniqueKeysWithValues: try indicators(PlanScope(plan: plan), asOf: isoDate(date)).map { ($0.id, $0) })
    }
}

/// The three events of Nghĩa Giang's report, recorded as the office would.
private func nghiaGiangWithEvents(groups: [(group: String, count: Int)] = [("can-bo-cong-chuc", 631), ("nguoi-dan", 1517)]) throws -> TaskStore {
    let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
    try store.activity("nv1", "2025-10-09", 145, title: "Lễ phát động Phong trào “Bình dân học vụ số”, tập huấn AI")
    try store.activity("nv2", "2025-11-19", 80, title: "Tập huấn kỹ năng chuyển đổi số, ứng dụng công nghệ AI")
    try store.activity("nv3", "2025-12-06", 2148, groups: groups, title: "Khóa tập huấn trên Cổng Bình dân học vụ số tỉnh")
    return store
}

@Suite struct RecordsTests {}

// MARK: - Activities

extension RecordsTests {
    @Suite struct Activities {
        @Test func nghiaGiangEventsGiveTheReportsTotals() throws {
            let store = try nghiaGiangWithEvents()
            let report = try store.allActivities()
            #expect(report.activities.map(\.participants) == [145, 80, 2148])
            #expect(report.activities.map(\.task) == ["nv1", "nv2", "nv3"])
            #expect(report.activities.map(\.date) == [isoDate("2025-10-09"), isoDate("2025-11-19"), isoDate("2025-12-06")])
            #expect(report.activities.map(\.unit) == ["người", "người", "người"])
            #expect(report.activities.map(\.plan) == ["nghia-giang-2025", "nghia-giang-2025", "nghia-giang-2025"])
            #expect(report.activities[0].title == "Lễ phát động Phong trào “Bình dân học vụ số”, tập huấn AI")
            #expect(report.activities[0].groups == [:])
            #expect(report.activities[2].groups == ["cbccvc": 631, "nguoi-dan": 1517])
            #expect(report.people == 145 + 80 + 2148)
            #expect(report.people == 2373)
            #expect(report.enrolments == 0)
            #expect(report.byGroup == ["cbccvc": 631, "nguoi-dan": 1517])
            #expect(report.byGroupEnrolments == [:])
        }

        /// Groups named as people write them give the same ids.
        @Test(arguments: [
            ("can-bo-cong-chuc", "nguoi-dan"),
            ("CBCCVC", "người dân"),
            ("cán bộ, công chức, viên chức", "Người dân"),
            ("can bo, cong chuc, vien chuc", "nguoi dan"),
            ("CBCC", "Nhân dân"),
            ("Cán bộ, công chức, viên chức và người lao động khu vực công", "Người dân trong độ tuổi trưởng thành"),
        ])
        func groupsByIdOrName(officials: String, citizens: String) throws {
            let store = try nghiaGiangWithEvents(groups: [(officials, 631), (citizens, 1517)])
            let report = try store.allActivities()
            #expect(report.byGroup == ["cbccvc": 631, "nguoi-dan": 1517])
            #expect(report.activities.last?.groups == ["cbccvc": 631, "nguoi-dan": 1517])
        }

        /// Enrolments (lượt) are never added to people (người): one learner may enrol many times.
        @Test func ducThinhEnrolmentsAndPeopleAreKeptApart() throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            try store.activity("nv1", "2025-12-06", 2491, unit: .enrolments, title: "Khóa bồi dưỡng kỹ năng số trên hatinh.mobiedu.vn")
            try store.activity("nv2", "2025-11-20", 126, groups: [("Thành viên Tổ chuyển đổi số cộng đồng", 126)],
                               title: "Tập huấn kỹ năng số cho Tổ chuyển đổi số cộng đồng")
            let report = try store.allActivities()
            #expect(report.people == 126)
            #expect(report.enrolments == 2491)
            #expect(report.byGroup == ["thanh-vien-to-cns": 126])
            #expect(report.byGroupEnrolments == [:])
            #expect(report.activities.map(\.unit) == ["người", "lượt"])
            #expect(report.activities.map(\.participants) == [126, 2491])
        }

        /// A breakdown of enrolments is totalled apart from a breakdown of people.
        @Test func groupTotalsPerUnit() throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            try store.activity("nv1", "2025-12-06", 2491, unit: .enrolments, groups: [("nguoi-dan", 2000), ("CBCCVC", 491)])
            try store.activity("nv2", "2025-11-20", 126, groups: [("thanh-vien-to-cns", 100), ("can-bo-cong-chuc", 26)])
            let report = try store.allActivities()
            #expect(report.byGroup == ["thanh-vien-to-cns": 100, "cbccvc": 26])
            #expect(report.byGroupEnrolments == ["nguoi-dan": 2000, "cbccvc": 491])
            #expect(report.people == 126)
            #expect(report.enrolments == 2491)
        }

        @Test func filters() throws {
            let store = try nghiaGiangWithEvents()
            #expect(try store.allActivities(ActivityFilter(task: "nv2")).activities.map(\.participants) == [80])
            #expect(try store.allActivities(ActivityFilter(group: "người dân")).activities.map(\.participants) == [2148])
            #expect(try store.allActivities(ActivityFilter(group: "can-bo-cong-chuc")).people == 2148)
            let november = try store.allActivities(ActivityFilter(from: isoDate("2025-11-01"), to: isoDate("2025-11-30")))
            #expect(november.activities.map(\.participants) == [80])
            #expect(november.people == 80)
            #expect(try store.allActivities(ActivityFilter(from: isoDate("2025-11-19"))).people == 80 + 2148)
            #expect(try store.allActivities(ActivityFilter(to: isoDate("2025-11-19"))).people == 145 + 80)
            #expect(try store.allActivities(ActivityFilter(agency: "Phòng VH-XH")).people == 80 + 2148)
            #expect(try store.allActivities(ActivityFilter(agency: "UBND xã")).people == 145)
            #expect(try store.activities(PlanScope(plan: "nghia-giang-2025")).people == 2373)
        }

        @Test func aFilterOnAnUnknownGroupSuggestsOne() throws {
            let store = try nghiaGiangWithEvents()
            let error = RecordsFixture.refusal { try store.allActivities(ActivityFilter(group: "nguoi-dann")) }
            #expect(error == .unknownGroup("nguoi-dann", suggestion: "nguoi-dan"))
        }

        @Test func theRecordIsAChangeOfTheTask() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let change = try store.activity("nv1", "2025-10-09", 145, title: "Lễ phát động", recorded: "2025-10-10")
            #expect(change.kind == .activity)
            #expect(change.plan == "nghia-giang-2025")
            #expect(change.task == "nv1")
            #expect(change.on == isoDate("2025-10-09"))
            #expect(change.recordedOn == isoDate("2025-10-10"))
            #expect(change.by == "Lan")
            #expect(change.note == "Lễ phát động")
            #expect(change.fields == [ChangeRecord.Field(field: .record(.activity, id: 1), old: nil, new: "live")])
            #expect(ChangeText(language: .vi).confirmation(change) == "Đã ghi: nghia-giang-2025/nv1 — ghi hoạt động — “Lễ phát động”\n")
            #expect(ChangeText(language: .en).confirmation(change) == "Recorded: nghia-giang-2025/nv1 — activity recorded — “Lễ phát động”\n")
            // Recording an activity changes nothing of the task's status.
            let row = try #require(try store.tasks(PlanScope(plan: "nghia-giang-2025"), asOf: asOf).first { $0.id == "nv1" })
            #expect(row.percent == 0)
            #expect(row.status == .overdue)
        }
    }
}

// MARK: - Refusals

extension RecordsTests {
    @Suite struct Refusals {
        @Test func groupsThatDoNotAddUpAreRefused() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.refusal {
                try store.activity("nv3", "2025-12-06", 2148, groups: [("can-bo-cong-chuc", 631), ("nguoi-dan", 1500)])
            }
            #expect(error == .groupsDoNotAddUp(participants: 2148, sum: 2131))
            #expect(error?.description
                    == "the target groups add up to 2.131, not to the 2.148 participants; give every group so that they add up, or none")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func oneGroupAloneMustBeTheWhole() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(RecordsFixture.refusal { try store.activity("nv3", "2025-12-06", 2148, groups: [("nguoi-dan", 1517)]) }
                    == .groupsDoNotAddUp(participants: 2148, sum: 1517))
            try store.activity("nv3", "2025-12-06", 1517, groups: [("nguoi-dan", 1517)])
            #expect(try store.allActivities().byGroup == ["nguoi-dan": 1517])
        }

        @Test func unknownGroupWithDidYouMean() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.refusal { try store.activity("nv3", "2025-12-06", 10, groups: [("nguoi-dann", 10)]) }
            #expect(error == .unknownGroup("nguoi-dann", suggestion: "nguoi-dan"))
            #expect(error?.description == "unknown target group 'nguoi-dann'; did you mean 'nguoi-dan'?")

            let plansOwn = RecordsFixture.refusal { try store.activity("nv3", "2025-12-06", 10, groups: [("thanh-vien-to-cn", 10)]) }
            #expect(plansOwn?.description == "unknown target group 'thanh-vien-to-cn'; did you mean 'thanh-vien-to-cns'?")

            let far = RecordsFixture.refusal { try store.activity("nv3", "2025-12-06", 10, groups: [("hội viên", 10)]) }
            #expect(far == .unknownGroup("hội viên", suggestion: nil))
            #expect(far?.description == "unknown target group 'hội viên'; expected nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep or a group of the plan")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        /// The same group twice, under two names, is refused even when the counts add up.
        @Test func duplicateGroup() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.refusal {
                try store.activity("nv3", "2025-12-06", 2148, groups: [("CBCCVC", 631), ("nguoi-dan", 886), ("can-bo-cong-chuc", 631)])
            }
            #expect(error == .duplicateGroup("cbccvc"))
            #expect(error?.description == "target group 'cbccvc' is given twice")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func numeratorOverDenominator() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.refusal { try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: 641, denominator: 640)) }
            #expect(error == .numeratorOverDenominator(numerator: 641, denominator: 640))
            #expect(error?.description == "the numerator 641 is larger than the denominator 640")
            let large = RecordsFixture.refusal { try store.measure("nguoi-dan-ky-nang-so", "2025-12-06", .ratio(numerator: 12001, denominator: 12000)) }
            #expect(large?.description == "the numerator 12.001 is larger than the denominator 12.000")
            let zero = RecordsFixture.outOfRange { try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: 0, denominator: 0)) }
            #expect(zero?.text(.en) == "the denominator must be more than 0, found 0")
            #expect(zero?.text(.vi) == "mẫu số phải lớn hơn 0, nhận được 0")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func percentOver100() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.refusal { try store.measure("nguoi-dan-ky-nang-so", "2025-12-06", .tenths(1005)) }
            #expect(error == .percentOver100(indicator: "nguoi-dan-ky-nang-so", value: "100,5"))
            #expect(error?.description == "indicator 'nguoi-dan-ky-nang-so' is a percentage; 100,5 is over 100")
            // 100% itself is a value.
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-06", .tenths(1000))
            #expect(try store.indicatorsByID("nghia-giang-2025")["nguoi-dan-ky-nang-so"]?.latest?.valueTenths == 1000)
        }

        @Test func countWithADecimal() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let error = RecordsFixture.refusal { try store.measure("to-cns", "2025-12-15", .tenths(625)) }
            #expect(error == .wholeNumberNeeded(indicator: "to-cns", value: "62,5"))
            #expect(error?.description == "indicator 'to-cns' is a count; 62,5 is not a whole number")
            let ratio = RecordsFixture.refusal { try store.measure("to-cns", "2025-12-15", .ratio(numerator: 62, denominator: 62)) }
            #expect(ratio == .ratioNotForCount(indicator: "to-cns"))
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func unknownIndicatorWithDidYouMean() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let error = RecordsFixture.refusal { try store.measure("to-cn", "2025-12-15", .tenths(620)) }
            #expect(error == .unknownIndicator("to-cn", plan: nil, suggestion: "to-cns"))
            #expect(error?.description == "no indicator 'to-cn' in the loaded plans; did you mean 'to-cns'?")
        }

        /// An indicator id used by two plans needs --plan.
        @Test func anIndicatorOfTwoPlansNeedsThePlan() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang, RecordsFixture.vietHung)
            let error = RecordsFixture.refusal { try store.measure("cbccvc-ky-nang-so", "2025-12-15", .tenths(1000)) }
            #expect(error == .ambiguousIndicator("cbccvc-ky-nang-so", plans: ["nghia-giang-2025", "viet-hung-2025"]))
            try store.measure("cbccvc-ky-nang-so", "2025-12-15", .tenths(1000), plan: "viet-hung-2025")
            #expect(try store.indicatorsByID("viet-hung-2025")["cbccvc-ky-nang-so"]?.met == true)
            #expect(try store.indicatorsByID("nghia-giang-2025")["cbccvc-ky-nang-so"]?.met == nil)
        }

        @Test func aDateAfterTheAsOfDateIsRefused() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let expected = ChangeError.dateAfterToday(on: isoDate("2026-01-02"), today: isoDate("2025-12-31"))
            #expect(RecordsFixture.refusal { try store.activity("nv1", "2026-01-02", 10) } == expected)
            #expect(RecordsFixture.refusal { try store.measure("nguoi-dan-ky-nang-so", "2026-01-02", .tenths(853)) } == expected)
            #expect(RecordsFixture.refusal { try store.pay("nv1", 1_000_000, "2026-01-02") } == expected)
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
            // The as-of day itself is fine.
            try store.activity("nv1", "2025-12-31", 10)
            #expect(try store.allActivities().people == 10)
        }

        /// Activities, measurements and spending are recorded with `--date`, tasks with
        /// `--on`: the core names neither, the date itself says what is wrong.
        @Test func aDateAfterTheAsOfDateNamesNoOption() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = try #require(RecordsFixture.refusal { try store.pay("nv1", 1_000_000, "2026-01-02") })
            #expect(error.text(.vi) == "ngày 02/01/2026 sau ngày hôm nay (31/12/2025); chỉ ghi những việc đã xảy ra")
            #expect(error.text(.en) == "the date 02/01/2026 is after today (31/12/2025); record what has happened")
        }

        @Test func unknownFundingSourceListsTheKnownOnes() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.refusal { try store.pay("nv1", 12_500_000, source: "tw", "2025-10-09") }
            #expect(error == .unknownSource("tw", plan: "nghia-giang-2025", known: ["nsnn", "xhh"]))
            #expect(error?.description == "no funding source 'tw' in plan 'nghia-giang-2025'; expected one of 'nsnn', 'xhh'")

            let none = try RecordsFixture.store(RecordsFixture.ducThinh)
            let noSources = RecordsFixture.refusal { try none.pay("nv1", 1_000, source: "nsnn", "2025-10-09") }
            #expect(noSources?.description == "no funding source 'nsnn' in plan 'duc-thinh-2025'; the plan's budget lists none")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func anAmountOfZeroIsRefused() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let error = RecordsFixture.outOfRange { try store.pay("nv1", 0, "2025-10-09") }
            #expect(error == .outOfRange(.amount, value: 0, range: RecordLimits.amount))
            #expect(error?.text(.en) == "the amount must be more than 0, found 0")
            #expect(error?.text(.vi) == "số tiền phải lớn hơn 0, nhận được 0")
            #expect(error?.failure == .invalidInput)
            #expect(RecordsFixture.outOfRange { try store.pay("nv1", -5, "2025-10-09") }?.text(.en) == "the amount must be more than 0, found -5")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func unknownTaskWithDidYouMean() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(RecordsFixture.refusal { try store.activity("nv11", "2025-10-09", 145) }
                    == .unknownTask("nv11", plan: nil, suggestion: "nv1"))
            #expect(RecordsFixture.refusal { try store.pay("nv33", 5, "2025-10-09") }
                    == .unknownTask("nv33", plan: nil, suggestion: "nv3"))
        }
    }
}

// MARK: - Indicators

extension RecordsTests {
    @Suite struct Indicators {
        /// Report 004's indicators against the plan's targets, all met.
        @Test func vietHungIndicatorsAreMet() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-15", .tenths(try #require(parseTenths("85"))))
            try store.measure("dien-thoai-thong-minh", "2025-12-15", .tenths(try #require(parseTenths("98"))))
            try store.measure("thanh-toan-dien-tu", "2025-12-15", .tenths(try #require(parseTenths("80"))))
            try store.measure("cbccvc-ky-nang-so", "2025-12-15", .tenths(try #require(parseTenths("100"))))
            try store.measure("to-cns", "2025-12-15", .tenths(try #require(parseTenths("62"))))

            let rows = try store.indicators(PlanScope(plan: "viet-hung-2025"), asOf: asOf)
            #expect(rows.map(\.id) == ["nguoi-dan-ky-nang-so", "dien-thoai-thong-minh", "thanh-toan-dien-tu", "cbccvc-ky-nang-so", "to-cns"])
            #expect(rows.map(\.kind) == ["percent", "percent", "percent", "percent", "count"])
            #expect(rows.map(\.targetTenths) == [800, 850, 500, 1000, 620])
            #expect(rows.map { $0.latest?.valueTenths } == [850, 980, 800, 1000, 620])
            #expect(rows.map(\.met) == [true, true, true, true, true])
            #expect(rows.map { $0.latest?.date } == Array(repeating: isoDate("2025-12-15"), count: 5))
            #expect(rows.map(\.targetGroup) == ["nguoi-dan", nil, nil, "can-bo-cong-chuc", nil])
            #expect(rows[4].unit == "tổ")
            #expect(rows[0].of == "người dân trong độ tuổi trưởng thành")
            #expect(rows.allSatisfy { $0.plan == "viet-hung-2025" })
        }

        @Test func notMeasuredYetHasNoVerdict() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let rows = try store.indicators(.all, asOf: asOf)
            #expect(rows.count == 5)
            #expect(rows.allSatisfy { $0.latest == nil && $0.met == nil })
        }

        /// Met is decided on the exact ratio, never on a rounded percentage.
        @Test(arguments: [
            (799, 1000, 799, false),
            (800, 1000, 800, true),
            (801, 1000, 801, true),
            (7995, 10000, 800, false),  // shows as 80% but is below 80%
            (4, 5, 800, true),
            (2, 3, 667, false),
        ])
        func ratioAgainstTarget80(numerator: Int, denominator: Int, shownTenths: Int, met: Bool) throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-15", .ratio(numerator: numerator, denominator: denominator))
            let row = try #require(try store.indicatorsByID("viet-hung-2025")["nguoi-dan-ky-nang-so"])
            #expect(row.met == met)
            #expect(row.latest?.valueTenths == shownTenths)
            #expect(row.latest?.numerator == numerator)
            #expect(row.latest?.denominator == denominator)
        }

        @Test(arguments: [("79,9", 799, false), ("80", 800, true), ("85,3", 853, true), ("85.3", 853, true), ("0", 0, false)])
        func valueAgainstTarget80(text: String, tenths: Int, met: Bool) throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            #expect(parseTenths(text) == tenths)
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-15", .tenths(try #require(parseTenths(text))))
            let row = try #require(try store.indicatorsByID("viet-hung-2025")["nguoi-dan-ky-nang-so"])
            #expect(row.latest?.valueTenths == tenths)
            #expect(row.latest?.numerator == nil)
            #expect(row.met == met)
        }

        @Test func countsAgainstTheirTarget() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("to-cns", "2025-08-05", .tenths(610))
            #expect(try store.indicatorsByID("viet-hung-2025")["to-cns"]?.met == false)
            try store.measure("to-cns", "2025-12-15", .tenths(620))
            #expect(try store.indicatorsByID("viet-hung-2025")["to-cns"]?.met == true)
        }

        /// The latest measurement on or before the as-of date counts.
        @Test func latestValueAsOfADate() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("nguoi-dan-ky-nang-so", "2025-06-30", .ratio(numerator: 7000, denominator: 10000))
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-15", .tenths(850))
            try store.measure("nguoi-dan-ky-nang-so", "2025-09-30", .tenths(780), recorded: "2025-12-31")

            let june = try #require(try store.indicatorsByID("viet-hung-2025", asOf: "2025-06-29")["nguoi-dan-ky-nang-so"])
            #expect(june.latest == nil)
            #expect(june.met == nil)
            let july = try #require(try store.indicatorsByID("viet-hung-2025", asOf: "2025-07-01")["nguoi-dan-ky-nang-so"])
            #expect(july.latest?.valueTenths == 700)
            #expect(july.latest?.numerator == 7000)
            #expect(july.met == false)
            let october = try #require(try store.indicatorsByID("viet-hung-2025", asOf: "2025-10-01")["nguoi-dan-ky-nang-so"])
            #expect(october.latest?.valueTenths == 780)
            #expect(october.latest?.date == isoDate("2025-09-30"))
            #expect(october.met == false)
            let december = try #require(try store.indicatorsByID("viet-hung-2025")["nguoi-dan-ky-nang-so"])
            #expect(december.latest?.valueTenths == 850)
            #expect(december.met == true)
        }

        /// Two measurements on one day: the one recorded last counts.
        @Test func aCorrectionOnTheSameDayWins() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("dien-thoai-thong-minh", "2025-12-15", .tenths(890))
            try store.measure("dien-thoai-thong-minh", "2025-12-15", .tenths(980))
            #expect(try store.indicatorsByID("viet-hung-2025")["dien-thoai-thong-minh"]?.latest?.valueTenths == 980)
        }

        @Test func theMeasurementIsAChangeOfThePlan() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let change = try store.measure("to-cns", "2025-12-15", .tenths(620))
            #expect(change.kind == .measurement)
            #expect(change.plan == "viet-hung-2025")
            #expect(change.task == nil)
            #expect(change.note == "to-cns")
            #expect(change.fields == [ChangeRecord.Field(field: .record(.measurement, id: 1), old: nil, new: "live")])
            #expect(ChangeText(language: .vi).confirmation(change) == "Đã ghi: viet-hung-2025 — ghi số liệu chỉ tiêu — “to-cns”\n")
        }

        /// A reload that changes a target keeps the measurements and judges them again.
        @Test func aReloadKeepsMeasurements() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("thanh-toan-dien-tu", "2025-12-15", .tenths(800))
            #expect(try store.indicatorsByID("viet-hung-2025")["thanh-toan-dien-tu"]?.met == true)

            let raised = PlanFixture.variant("    target: 50\n", "    target: 90\n", in: RecordsFixture.vietHung)
            _ = try store.load(try PlanFixture.plan(raised), sourcePath: "plan1.yaml")
            let row = try #require(try store.indicatorsByID("viet-hung-2025")["thanh-toan-dien-tu"])
            #expect(row.targetTenths == 900)
            #expect(row.latest?.valueTenths == 800)
            #expect(row.met == false)

            // Gone from the file: no longer listed; back: listed with its measurement.
            let without = RecordsFixture.vietHungWithoutPayments
            _ = try store.load(try PlanFixture.plan(without), sourcePath: "plan1.yaml")
            #expect(try store.indicatorsByID("viet-hung-2025")["thanh-toan-dien-tu"] == nil)
            #expect(RecordsFixture.refusal { try store.measure("thanh-toan-dien-tu", "2025-12-16", .tenths(810)) }
                    == .unknownIndicator("thanh-toan-dien-tu", plan: nil, suggestion: nil))
            _ = try store.load(try PlanFixture.plan(RecordsFixture.vietHung), sourcePath: "plan1.yaml")
            #expect(try store.indicatorsByID("viet-hung-2025")["thanh-toan-dien-tu"]?.latest?.valueTenths == 800)
        }
    }
}

// MARK: - Budget

extension RecordsTests {
    @Suite struct Budget {
        @Test func estimatesPerSourceAreSummedFromTheTasks() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let report = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.sources == [
                BudgetRow(source: "nsnn", name: "Ngân sách nhà nước theo phân cấp", estimate: 45_000_000, disbursed: 0, settled: 0,
                          remaining: 45_000_000),
                BudgetRow(source: "xhh", name: "Nguồn xã hội hóa", estimate: 5_000_000, disbursed: 0, settled: 0, remaining: 5_000_000),
            ])
            #expect(report.estimate == 50_000_000)
            #expect(report.planTotal == 50_000_000)
        }

        @Test func disbursedAndSettledAreKeptApart() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.pay("nv1", 12_500_000, "2025-10-09", note: "Chi tổ chức Lễ phát động")
            try store.pay("nv1", 10_000_000, source: "Ngân sách nhà nước theo phân cấp", "2025-12-20", kind: .settled)
            try store.pay("nv2", 7_300_000, source: "ngan sach nha nuoc theo phan cap", "2025-11-19")
            try store.pay("nv3", 2_000_000, source: "XHH", "2025-12-06")

            let report = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.sources == [
                BudgetRow(source: "nsnn", name: "Ngân sách nhà nước theo phân cấp", estimate: 45_000_000, disbursed: 19_800_000,
                          settled: 10_000_000, remaining: 25_200_000),
                BudgetRow(source: "xhh", name: "Nguồn xã hội hóa", estimate: 5_000_000, disbursed: 2_000_000, settled: 0,
                          remaining: 3_000_000),
            ])
            #expect(report.estimate == 50_000_000)
            #expect(report.disbursed == 21_800_000)
            #expect(report.settled == 10_000_000)
            #expect(report.remaining == 50_000_000 - 21_800_000)
        }

        @Test func spendingAfterTheAsOfDateIsNotCounted() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.pay("nv1", 12_500_000, "2025-10-09")
            try store.pay("nv2", 5_000_000, "2025-11-20")
            try store.pay("nv2", 5_000_000, "2025-11-25", kind: .settled)
            let october = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: isoDate("2025-10-31"))
            #expect(october.disbursed == 12_500_000)
            #expect(october.settled == 0)
            #expect(october.remaining == 37_500_000)
            let dayBefore = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: isoDate("2025-11-19"))
            #expect(dayBefore.disbursed == 12_500_000)
            let sameDay = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: isoDate("2025-11-20"))
            #expect(sameDay.disbursed == 17_500_000)
            #expect(sameDay.settled == 0)
            let december = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(december.disbursed == 17_500_000)
            #expect(december.settled == 5_000_000)
            #expect(december.remaining == 32_500_000)
        }

        /// 9.000.000.000.000 đồng and one đồng more: whole đồng, exact.
        @Test func largeAmountsAreExact() throws {
            let big = PlanFixture.variant([
                ("      estimate: 25000000\n", "      estimate: 9000000000000\n"),
                ("  total: 50000000\n", "  total: 9000020000001\n"),
                ("      estimate: 5000000\n", "      estimate: 1\n"),
            ], in: RecordsFixture.nghiaGiang)
            let store = try RecordsFixture.store(big)
            try store.pay("nv1", 8_999_999_999_999, "2025-10-09")
            try store.pay("nv1", 9_000_000_000_000, "2025-12-20", kind: .settled)
            let report = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.sources.map(\.estimate) == [9_000_020_000_000, 1])
            #expect(report.sources.first?.disbursed == 8_999_999_999_999)
            #expect(report.sources.first?.settled == 9_000_000_000_000)
            #expect(report.sources.first?.remaining == 20_000_001)
            #expect(report.estimate == 9_000_020_000_001)
            #expect(report.planTotal == 9_000_020_000_001)
            #expect(Money.format(report.estimate) == "9.000.020.000.001")
            let lines = RecordText(language: .vi).budget(report)
            #expect(lines.count == 4)
            #expect(lines[3].hasPrefix("  Tổng cộng"))
            #expect(lines[3].contains("9.000.020.000.001 đồng"))
            #expect(lines[1].contains("8.999.999.999.999 đồng"))
            #expect(lines[1].hasSuffix("  20.000.001 đồng"))
        }

        @Test func anEstimateWithoutASourceIsShownApart() throws {
            let noSource = PlanFixture.variant("""
                      estimate: 5000000
                      source: xhh

                """, """
                      estimate: 5000000

                """, in: RecordsFixture.nghiaGiang)
            let store = try RecordsFixture.store(noSource)
            let report = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.sources.map(\.source) == ["", "nsnn"])
            #expect(report.sources.map(\.name) == ["", "Ngân sách nhà nước theo phân cấp"])
            #expect(report.sources.map(\.estimate) == [5_000_000, 45_000_000])
            #expect(RecordText(language: .vi).budget(report)[1].hasPrefix("  (chưa ghi nguồn)"))
        }

        @Test func aPlanWithNothingHasAnEmptyBudget() throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            let report = try store.budget(PlanScope(plan: "duc-thinh-2025"), asOf: asOf)
            #expect(report.sources == [])
            #expect(report.estimate == 0)
            #expect(report.remaining == 0)
            #expect(RecordText(language: .vi).budget(report) == ["  Chưa có dự toán hay khoản chi nào."])
            #expect(RecordText(language: .en).budget(report) == ["  No estimate or spending yet."])
        }

        @Test func theSpendingIsAChangeOfTheTask() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let change = try store.pay("nv1", 12_500_000, "2025-10-09", note: "Chi tổ chức Lễ phát động")
            #expect(change.kind == .spending)
            #expect(change.task == "nv1")
            #expect(change.note == "Chi tổ chức Lễ phát động")
            #expect(change.fields == [ChangeRecord.Field(field: .record(.spending, id: 1), old: nil, new: "live")])
            #expect(ChangeText(language: .vi).confirmation(change) == "Đã ghi: nghia-giang-2025/nv1 — ghi khoản chi — “Chi tổ chức Lễ phát động”\n")
        }
    }
}

// MARK: - Numbers

extension RecordsTests {
    @Suite struct NumberFormats {
        @Test(arguments: [
            (Int64(12_500_000), "12.500.000"),
            (0, "0"),
            (999, "999"),
            (1_000, "1.000"),
            (117_000_000, "117.000.000"),
            (9_000_000_000_000, "9.000.000.000.000"),
            (-12_500_000, "-12.500.000"),
            (Int64.max, "9.223.372.036.854.775.807"),
        ])
        func moneyFormat(amount: Int64, text: String) {
            #expect(Money.format(amount) == text)
        }

        @Test(arguments: [(853, "85,3"), (850, "85"), (21480, "2.148"), (5, "0,5"), (0, "0"), (1000, "100"), (620, "62"), (12345, "1.234,5")])
        func tenths(value: Int, text: String) {
            #expect(Numbers.tenths(value) == text)
        }

        @Test func moneyAndParticipantsInText() {
            let vi = RecordText(language: .vi), en = RecordText(language: .en)
            #expect(vi.money(12_500_000) == "12.500.000 đồng")
            #expect(en.money(12_500_000) == "12,500,000 VND")
            #expect(vi.participants(2148, unit: "người") == "2.148 người")
            #expect(en.participants(2148, unit: "người") == "2,148 people")
            #expect(en.participants(1, unit: "người") == "1 person")
            #expect(vi.participants(2491, unit: "lượt") == "2.491 lượt")
            #expect(en.participants(2491, unit: "lượt") == "2,491 enrolments")
            #expect(vi.value(853, percent: true) == "85,3%")
            #expect(en.value(853, percent: true) == "85.3%")
            #expect(vi.value(21480, percent: false) == "2.148")
        }

        @Test(arguments: [
            ("85,3", 853), ("85.3", 853), ("2.148", 21480), ("85", 850), ("85,35", nil), ("85,3%", 853), (" 85,3 ", 853),
            ("0,5", 5), ("100", 1000), ("2,148", nil), ("1,5", 15), ("62", 620), ("", nil), ("abc", nil), ("-5", nil),
            ("85,", nil), (",5", nil), ("85.3.1", nil),
        ] as [(String, Int?)])
        func parseTenthsTable(text: String, tenths: Int?) {
            #expect(parseTenths(text) == tenths)
        }

        @Test(arguments: [
            ("2148", 2148), ("2.148", 2148), ("2,148", nil), ("12,500,000", nil), ("2 148", 2148), ("2\u{00A0}148", 2148), (" 2148 ", 2148),
            ("12.500.000", 12_500_000), ("9.000.000.000.000", 9_000_000_000_000), ("0", 0), ("1.517", 1517),
            ("2.14", nil), ("21.48", nil), ("2148.5", nil), ("2.1480", nil), ("1234.567", nil), ("-3", nil), ("", nil),
            ("abc", nil), ("1.234,5", nil), ("12.500,000", nil), ("2..148", nil),
        ] as [(String, Int?)])
        func parseWholeNumberTable(text: String, value: Int?) {
            #expect(parseWholeNumber(text) == value)
        }

        /// A number too large for tenths is not a number (it must not stop the program).
        @Test func parseTenthsOfAHugeNumberIsNil() {
            #expect(parseTenths("999999999999999999") == nil)
            #expect(parseTenths("922337203685477580,7") == nil)
        }
    }
}

// MARK: - Numbers out of range

extension RecordsTests {
    /// Every number a person types has a range (`RecordLimits`); out of it is a refusal, and
    /// sums are checked: nothing here may stop the program.
    @Suite struct Ranges {
        @Test func participantsAndGroupCounts() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(RecordsFixture.outOfRange { try store.activity("nv1", "2025-10-09", 100_000_001) }
                    == .outOfRange(.participants, value: 100_000_001, range: 1...100_000_000))
            #expect(try store.activity("nv1", "2025-10-09", 100_000_000).kind == .activity)
            // Two groups of Int.max once overflowed their sum.
            let groups = RecordsFixture.outOfRange {
                try store.activity("nv1", "2025-10-09", 10, groups: [("CBCCVC", Int.max), ("người dân", Int.max)])
            }
            #expect(groups?.text(.en) == "the count of group 'CBCCVC' must be at most 100.000.000, found 9.223.372.036.854.775.807")
            #expect(groups?.text(.vi) == "số người của nhóm 'CBCCVC' tối đa là 100.000.000, nhận được 9.223.372.036.854.775.807")
            #expect(try RecordsFixture.counts(store) == [1, 0, 0, 1])
        }

        @Test func amountsAndValues() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(RecordsFixture.outOfRange { try store.pay("nv1", Int64.max, "2025-10-09") }?.text(.en)
                    == "the amount must be at most 1.000.000.000.000.000 đồng, found 9.223.372.036.854.775.807")
            #expect(RecordsFixture.outOfRange { try store.measure("nguoi-tham-gia-cong", "2025-12-06", .tenths(Int.max)) }?.text(.en)
                    == "the value must be at most 1.000.000.000.000, found 922.337.203.685.477.580")
            #expect(RecordsFixture.outOfRange {
                try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: Int.max, denominator: Int.max))
            }?.text(.en) == "the denominator must be at most 1.000.000.000.000, found 9.223.372.036.854.775.807")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
            // The largest ratio in range is compared with its target exactly.
            try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: 1_000_000_000_000, denominator: 1_000_000_000_000))
            #expect(try store.indicatorsByID("nghia-giang-2025")["cbccvc-ky-nang-so"]?.met == true)
        }

        /// Two spendings of Int64.max, written before the ranges existed, once crashed
        /// `budget show`, `plan status`, `report` and `export`: now a refusal that says what to do.
        @Test func sumsPastTheLargestNumberAreRefused() throws {
            for sources in [("nsnn", "xhh"), ("nsnn", "nsnn")] {
                let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
                try store.write { db in
                    for source in [sources.0, sources.1] {
                        try db.execute(sql: """
                            INSERT INTO spending (task_id, spent_on, amount, source, kind) VALUES (1, '2025-10-09', ?, ?, 'disbursed')
                            """, arguments: [Int64.max, source])
                    }
                }
                for scope in [PlanScope.all, PlanScope(plan: "nghia-giang-2025")] {
                    #expect(RecordsFixture.outOfRange { try store.budget(scope, asOf: asOf) } == .totalTooLarge(.amount))
                }
                let refusal = RecordsFixture.outOfRange { try store.status(PlanScope(plan: "nghia-giang-2025"), asOf: asOf) }
                #expect(refusal?.text(.vi)
                        == "tổng số tiền đã ghi vượt quá số lớn nhất bdhvs đếm được (9.223.372.036.854.775.807); hãy hoàn tác bản ghi sai")
                #expect(refusal?.failure == .operational)
            }
        }

        @Test func activityTotalsPastTheLargestNumberAreRefused() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.write { db in
                for _ in 0..<2 {
                    try db.execute(sql: "INSERT INTO activity (task_id, held_on, participants, unit) VALUES (1, '2025-10-09', ?, 'người')",
                                   arguments: [Int64.max])
                }
            }
            #expect(RecordsFixture.outOfRange { try store.activities(.all) } == .totalTooLarge(.participants))
        }
    }
}

// MARK: - History and undo

extension RecordsTests {
    @Suite struct HistoryAndUndo {
        @Test func undoTakesAnActivityBack() throws {
            let store = try nghiaGiangWithEvents()
            #expect(try store.allActivities().people == 2373)
            let undo = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(undo.kind == .undo)
            #expect(undo.undoes == 3)
            #expect(undo.task == "nv3")
            #expect(undo.fields == [ChangeRecord.Field(field: .record(.activity, id: 3), old: "live", new: nil)])
            #expect(ChangeText(language: .vi).confirmation(undo) == "Đã ghi: nghia-giang-2025/nv3 — hoàn tác (hoàn tác thay đổi #3)\n")

            let report = try store.allActivities()
            #expect(report.people == 225)
            #expect(report.byGroup == [:])
            #expect(report.activities.map(\.participants) == [145, 80])

            let history = try store.detail(task: "nv3", plan: nil, asOf: asOf).history
            #expect(history.map(\.kind) == [.activity, .undo])
            #expect(history.map(\.id) == [3, 4])
            #expect(history[0].undoneBy == 4)
            #expect(history[1].undoes == 3)
            #expect(ChangeText(language: .vi).historyLine(history[0])
                    == "#3  06/12/2025  Lan  ghi hoạt động — “Khóa tập huấn trên Cổng Bình dân học vụ số tỉnh” · ghi ngày 31/12/2025 · đã hoàn tác (#4)")
            #expect(ChangeText(language: .vi).historyLine(history[1]).hasPrefix("#4  31/12/2025  Lan  hoàn tác"))
            // The row is kept, no longer counted.
            #expect(try RecordsFixture.counts(store) == [3, 0, 0, 4])
        }

        @Test func undoTakesAMeasurementBack() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.measure("nguoi-dan-ky-nang-so", "2025-06-30", .tenths(700))
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-15", .tenths(850))
            #expect(try store.indicatorsByID("viet-hung-2025")["nguoi-dan-ky-nang-so"]?.met == true)

            let undo = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(undo.undoes == 2)
            #expect(undo.task == nil)
            #expect(undo.plan == "viet-hung-2025")
            let row = try #require(try store.indicatorsByID("viet-hung-2025")["nguoi-dan-ky-nang-so"])
            #expect(row.latest?.valueTenths == 700)
            #expect(row.met == false)

            _ = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(try store.indicatorsByID("viet-hung-2025")["nguoi-dan-ky-nang-so"]?.latest == nil)
            #expect(try RecordsFixture.history(store) == [
                "#1 measurement undone by #4", "#2 measurement undone by #3", "#3 undo undoes #2", "#4 undo undoes #1",
            ])
        }

        @Test func undoTakesSpendingBack() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.pay("nv1", 12_500_000, "2025-10-09")
            try store.pay("nv1", 10_000_000, "2025-12-20", kind: .settled)
            _ = try store.undo(by: "Lan", recordedOn: asOf)
            let report = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.disbursed == 12_500_000)
            #expect(report.settled == 0)
            _ = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf).disbursed == 0)
            let history = try store.detail(task: "nv1", plan: nil, asOf: asOf).history
            #expect(history.map(\.kind) == [.spending, .spending, .undo, .undo])
            #expect(history.map(\.undoneBy) == [4, 3, nil, nil])
            #expect(history.map(\.undoes) == [nil, nil, 2, 1])
        }

        /// Each user undoes their own last change.
        @Test func undoIsPerUser() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.activity("nv1", "2025-10-09", 145, by: "Lan")
            try store.activity("nv2", "2025-11-19", 80, by: "Hùng")
            _ = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(try store.allActivities().activities.map(\.participants) == [80])
            #expect(RecordsFixture.refusal { try store.undo(by: "Lan", recordedOn: asOf) } == .nothingToUndo(by: "Lan"))
            #expect(try store.allActivities().people == 80)
        }

        /// An activity recorded after a task update: undo takes the activity, then the update.
        @Test func recordsAndTaskUpdatesShareOneHistory() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            _ = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .done(period: nil), on: isoDate("2025-10-09"),
                                               recordedOn: isoDate("2025-10-10"), by: "Lan", note: nil))
            try store.activity("nv1", "2025-10-09", 145, recorded: "2025-10-10")
            _ = try store.undo(by: "Lan", recordedOn: isoDate("2025-10-10"))
            #expect(try store.allActivities().people == 0)
            #expect(try store.tasks(PlanScope(plan: "nghia-giang-2025"), asOf: asOf).first { $0.id == "nv1" }?.status == .doneOnTime)
            _ = try store.undo(by: "Lan", recordedOn: isoDate("2025-10-10"))
            #expect(try store.tasks(PlanScope(plan: "nghia-giang-2025"), asOf: asOf).first { $0.id == "nv1" }?.status == .overdue)
            #expect(try store.detail(task: "nv1", plan: nil, asOf: asOf).history.map(\.kind) == [.done, .activity, .undo, .undo])
        }

        /// A measurement of an indicator a later load took out of the plan file was undone
        /// (a retired task's change is not): the retired indicator lost its value. Refused in
        /// both languages, nothing written; once the indicator is back, it is undone.
        @Test func undoOfAMeasurementOfARetiredIndicatorIsRefused() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let change = try store.measure("thanh-toan-dien-tu", "2025-12-15", .tenths(800))
            let without = RecordsFixture.vietHungWithoutPayments
            _ = try store.load(try PlanFixture.plan(without), sourcePath: "plan1.yaml")
            let refused = RecordsFixture.refusal { try store.undo(by: "Lan", recordedOn: asOf) }
            #expect(refused == .undoRetiredIndicator(plan: "viet-hung-2025", indicator: "thanh-toan-dien-tu", change: change.id))
            #expect(refused?.id == "change.undo-retired-indicator")
            #expect(refused?.text(.vi) == "không thể hoàn tác thay đổi #1: chỉ tiêu 'viet-hung-2025/thanh-toan-dien-tu' không còn trong tệp kế hoạch (đã thôi theo dõi), các số đo đã ghi của chỉ tiêu được giữ nguyên")
            #expect(refused?.text(.en) == "cannot undo change #1: indicator 'viet-hung-2025/thanh-toan-dien-tu' is no longer in its plan file (retired), and the measurements recorded for it stay as they are")
            #expect(try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM change_log") } == 1)
            #expect(try store.read { try Int.fetchOne($0, sql: "SELECT live FROM measurement WHERE id = 1") } == 1)

            _ = try store.load(try PlanFixture.plan(RecordsFixture.vietHung), sourcePath: "plan1.yaml")
            let undo = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(undo.undoes == change.id)
            #expect(try store.indicatorsByID("viet-hung-2025")["thanh-toan-dien-tu"]?.latest == nil)
        }
    }
}

// MARK: - Status and JSON

extension RecordsTests {
    @Suite struct StatusAndJSON {
        /// The keys of a JSON object, sorted.
        private func keys(_ value: some Encodable) throws -> [String] {
            let object = try JSONSerialization.jsonObject(with: Data(try JSONOutput.render(value).utf8))
            return (object as? [String: Any])?.keys.sorted() ?? []
        }

        @Test func statusOfAPlanShowsIndicatorsAndBudget() throws {
            let store = try nghiaGiangWithEvents()
            try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: 631, denominator: 640))
            try store.measure("nguoi-tham-gia-cong", "2025-12-06", .tenths(21480))
            try store.pay("nv1", 12_500_000, "2025-10-09")

            let report = try store.status(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.indicators.map(\.id) == ["cbccvc-ky-nang-so", "nguoi-dan-ky-nang-so", "nguoi-tham-gia-cong"])
            #expect(report.indicators.map(\.met) == [false, nil, true])
            #expect(report.indicators.map { $0.latest?.valueTenths } == [986, nil, 21480])
            #expect(report.budget.sources.map(\.source) == ["nsnn", "xhh"])
            #expect(report.budget.disbursed == 12_500_000)
            #expect(report.budget.remaining == 37_500_000)
            #expect(report.budget.planTotal == 50_000_000)

            let text = StatusText(language: .vi).render(report)
            #expect(text.contains("\nChỉ tiêu:\n"))
            #expect(text.contains("\nKinh phí (đến ngày 31/12/2025):\n"))
            #expect(text.contains("98,6% (631/640) ngày 06/12/2025  chưa đạt"))
            #expect(text.contains("12.500.000 đồng"))
        }

        /// A roll-up of several plans totals the budget but lists no indicators.
        @Test func rollUpHasNoIndicators() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang, RecordsFixture.vietHung)
            try store.measure("to-cns", "2025-12-15", .tenths(620))
            try store.pay("nv1", 1_000_000, "2025-10-09", plan: "nghia-giang-2025")
            let report = try store.status(.all, asOf: asOf)
            #expect(report.indicators == [])
            #expect(report.budget.estimate == 50_000_000)
            #expect(report.budget.disbursed == 1_000_000)
            #expect(report.budget.planTotal == nil)
        }

        @Test func statusJSONKeys() throws {
            let store = try nghiaGiangWithEvents()
            let report = try store.status(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            let reportKeys = try keys(report)
            #expect(reportKeys.contains("indicators"))
            #expect(reportKeys.contains("budget"))
            #expect(try self.keys(report.budget) == ["disbursed", "estimate", "plan_total", "remaining", "settled", "sources"])
            #expect(try self.keys(report.budget.sources[0]) == ["disbursed", "estimate", "name", "remaining", "settled", "source"])
            #expect(try self.keys(report.indicators[0])
                    == ["id", "kind", "latest", "met", "name", "of", "plan", "target_group", "target_tenths", "unit"])
        }

        @Test func indicatorJSON() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: 631, denominator: 640))
            let rows = try store.indicators(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            let json = try JSONOutput.render(rows)
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(array.count == 3)
            let first = array[0]
            #expect(first["id"] as? String == "cbccvc-ky-nang-so")
            #expect(first["met"] as? Bool == false)
            #expect(first["target_tenths"] as? Int == 1000)
            let latest = try #require(first["latest"] as? [String: Any])
            #expect(latest.keys.sorted() == ["date", "denominator", "numerator", "source", "value_tenths"])
            #expect(latest["date"] as? String == "2025-12-06")
            #expect(latest["value_tenths"] as? Int == 986)
            #expect(latest["numerator"] as? Int == 631)
            #expect(latest["denominator"] as? Int == 640)
            // Not measured: latest and met are null, not missing.
            #expect(array[1]["latest"] is NSNull)
            #expect(array[1]["met"] is NSNull)
            #expect(array[1].keys.sorted() == first.keys.sorted())
        }

        @Test func activityJSON() throws {
            let store = try nghiaGiangWithEvents()
            let report = try store.allActivities()
            #expect(try keys(report) == ["activities", "by_group", "by_group_enrolments", "enrolments", "other_units", "people"])
            #expect(try keys(report.activities[0]) == ["counted", "date", "groups", "id", "participants", "place", "plan", "running_total", "task", "title", "unit", "village"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(try JSONOutput.render(report).utf8)) as? [String: Any])
            #expect(object["people"] as? Int == 2373)
            #expect(object["enrolments"] as? Int == 0)
            #expect(object["by_group"] as? [String: Int] == ["cbccvc": 631, "nguoi-dan": 1517])
        }

        /// JSON keys are stable: `plan_total` is null when not known, never missing.
        @Test func budgetJSONKeysAreStableWithoutAPlan() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let report = try store.budget(.all, asOf: asOf)
            #expect(try keys(report) == ["disbursed", "estimate", "plan_total", "remaining", "settled", "sources"])
            #expect(try JSONOutput.render(report).contains("\"plan_total\" : null"))
        }
    }
}

// MARK: - The database keeps the invariants

extension RecordsTests {
    /// Migration v3's checks refuse what the store never writes, whoever writes it.
    @Suite struct Schema {
        @Test(arguments: [
            "INSERT INTO spending (task_id, spent_on, amount, source, kind) VALUES (1, '2025-10-09', 0, 'nsnn', 'disbursed')",
            "INSERT INTO spending (task_id, spent_on, amount, source, kind) VALUES (1, '2025-10-09', 5, 'nsnn', 'paid')",
            "INSERT INTO activity (task_id, held_on, participants, unit) VALUES (1, '2025-10-09', 10, '')",
            "INSERT INTO activity (task_id, held_on, participants, unit) VALUES (1, '2025-10-09', -1, 'người')",
            "INSERT INTO measurement (indicator_id, measured_on, numerator, denominator, value_tenths) VALUES (1, '2025-12-06', 641, 640, 1002)",
            "INSERT INTO measurement (indicator_id, measured_on, numerator, denominator, value_tenths) VALUES (1, '2025-12-06', 631, NULL, 986)",
            "INSERT INTO measurement (indicator_id, measured_on, numerator, denominator, value_tenths) VALUES (1, '2025-12-06', 0, 0, 0)",
            "INSERT INTO indicator (plan_id, key, position, name, kind, target_tenths) VALUES (1, 'x', 9, 'X', 'percent', 1001)",
            "INSERT INTO indicator (plan_id, key, position, name, kind, target_tenths) VALUES (1, 'y', 9, 'Y', 'ratio', 10)",
            "INSERT INTO indicator (plan_id, key, position, name, kind, target_tenths) VALUES (1, 'cbccvc-ky-nang-so', 9, 'Z', 'count', 10)",
        ])
        func checksRefuse(sql: String) throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            // The store reports a failed statement as its own error, naming the constraint.
            let error = #expect(throws: StoreError.self) { try store.write { db in try db.execute(sql: sql) } }
            #expect(error?.description.contains("constraint failed") == true, "\(String(describing: error))")
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func aPercentOf100IsAllowed() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.write { db in
                try db.execute(sql: "INSERT INTO measurement (indicator_id, measured_on, numerator, denominator, value_tenths) VALUES (1, '2025-12-06', 640, 640, 1000)")
            }
            #expect(try RecordsFixture.counts(store) == [0, 1, 0, 0])
        }
    }
}

// MARK: - Text

extension RecordsTests {
    @Suite struct Text {
        @Test func activitiesInVietnameseAndEnglish() throws {
            let store = try nghiaGiangWithEvents()
            let report = try store.allActivities()
            let vi = RecordText(language: .vi).activities(report).components(separatedBy: "\n")
            #expect(vi.contains("Tổng cộng: 2.373 lượt người"))
            #expect(vi.contains { $0.contains("2.148 người") && $0.contains("06/12/2025") && $0.contains("nghia-giang-2025/nv3") })
            #expect(vi.contains("Theo nhóm đối tượng (lượt người):"))
            #expect(vi.contains { $0.hasPrefix("  Người dân trong độ tuổi trưởng thành") && $0.hasSuffix(" 1.517") })
            let en = RecordText(language: .en).activities(report).components(separatedBy: "\n")
            #expect(en.contains("Total: 2,373 attendances"))
            #expect(en.contains { $0.contains("2,148 people") })
            #expect(en.contains("By target group (attendances):"))
        }

        @Test func enrolmentsAreTotalledApart() throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            try store.activity("nv1", "2025-12-06", 2491, unit: .enrolments)
            try store.activity("nv2", "2025-11-20", 126, groups: [("thanh-vien-to-cns", 126)])
            let report = try store.allActivities()
            let groups = try store.read { db in try store.targetGroups(db, planRowID: 1) }
            let vi = RecordText(language: .vi).activities(report, groups: groups)
            #expect(vi.contains("Tổng cộng: 126 lượt người; 2.491 lượt\n"))
            #expect(vi.contains("Thành viên Tổ chuyển đổi số cộng đồng: 126"))
            let en = RecordText(language: .en).activities(report)
            #expect(en.contains("Total: 126 attendances; 2,491 enrolments\n"))
        }

        @Test func nothingRecorded() throws {
            let report = try RecordsFixture.store(RecordsFixture.ducThinh).allActivities()
            #expect(RecordText(language: .vi).activities(report) == "Chưa có hoạt động nào phù hợp.\n")
            #expect(RecordText(language: .en).activities(report) == "No matching activities.\n")
        }

        @Test func indicatorLines() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.measure("cbccvc-ky-nang-so", "2025-12-06", .ratio(numerator: 631, denominator: 640))
            try store.measure("nguoi-dan-ky-nang-so", "2025-12-06", .tenths(853))
            let rows = try store.indicators(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            let vi = RecordText(language: .vi).indicators(rows, asOf: asOf)
            #expect(vi.count == 3)
            // The third indicator counts people: its target shows its unit, which sets the column width.
            #expect(vi[0].hasPrefix("  cbccvc-ky-nang-so     chỉ tiêu 100%         98,6% (631/640) ngày 06/12/2025  chưa đạt"))
            #expect(vi[1].contains("chỉ tiêu 80%          85,3% ngày 06/12/2025            đạt "))
            #expect(vi[2].contains("chưa có số liệu"))
            let en = RecordText(language: .en).indicators(rows, asOf: asOf)
            #expect(en[0].contains("target 100%         98.6% (631/640) on 06/12/2025  not met"))
            #expect(RecordText(language: .vi).indicators([], asOf: asOf) == ["  Kế hoạch chưa có chỉ tiêu."])
        }
    }
}
