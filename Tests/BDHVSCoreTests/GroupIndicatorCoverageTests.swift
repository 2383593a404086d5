import Foundation
import Testing
@testable import BDHVSCore

/// A percent indicator that names a target group (`target_group: can-bo-cong-chuc`, the old
/// key of `cbccvc`) and has no measurement of its own is that group's coverage as of the day
/// asked, the figure `results` and the report's group table show: the report said "chưa có số
/// liệu" for it beside a group table at 90% of 100%, and left it out of "Chỉ tiêu chưa đạt".
@Suite struct GroupIndicatorCoverageTests {
    static let plan = RecordsFixture.nghiaGiangKey
    static let indicator = "cbccvc-ky-nang-so"

    static func store() throws -> TaskStore {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        try store.figure(.population, "cbccvc", 100, on: "2025-10-01")
        try store.figure(.confirmed, "cbccvc", 90, on: "2025-12-01")
        return store
    }

    static func row(_ store: TaskStore, _ id: String, asOf: String = "2025-12-31") throws -> IndicatorRow {
        try #require(try store.indicators(PlanScope(plan: plan), asOf: isoDate(asOf)).first { $0.id == id })
    }

    @Test func theIndicatorIsItsGroupsCoverage() throws {
        let store = try Self.store()
        let row = try Self.row(store, Self.indicator)
        #expect(row.latest == .init(date: isoDate("2025-12-01"), valueTenths: 900, numerator: 90, denominator: 100, source: nil))
        #expect(row.met == false)
        let group = try #require(try store.results(PlanScope(plan: Self.plan)).group("cbccvc"))
        #expect(group.coverage == 0.9 && group.met == false)
        // As of a day before the persons confirmed: 0 of 100, as the group table says then.
        #expect(try Self.row(store, Self.indicator, asOf: "2025-11-30").latest
                == .init(date: isoDate("2025-10-01"), valueTenths: 0, numerator: 0, denominator: 100, source: nil))
        // A group without population has no coverage: the indicator stays not measured.
        #expect(try Self.row(store, "nguoi-dan-ky-nang-so").latest == nil)
        // The list prints it like a measurement.
        #expect(RecordText(language: .vi).indicators([row], asOf: isoDate("2025-12-31")).joined().contains("90% (90/100) ngày 01/12/2025"))
    }

    @Test func aMeasurementOfItsOwnComesFirst() throws {
        let store = try Self.store()
        _ = try store.recordMeasurement(MeasurementInput(plan: nil, indicator: Self.indicator, measuredOn: isoDate("2025-11-15"),
                                                         value: .ratio(numerator: 100, denominator: 100)),
                                        by: "Lan", recordedOn: isoDate("2025-12-31"))
        let row = try Self.row(store, Self.indicator)
        #expect(row.latest?.numerator == 100 && row.latest?.date == isoDate("2025-11-15"))
        #expect(row.met == true)
    }

    /// Only the group's indicator, its first percent one, whose target `results` shows: a later
    /// one of the same group (adults with a smartphone) measures something else.
    @Test func aSecondIndicatorOfTheGroupIsNotItsCoverage() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.figure(.population, "nguoi-dan", 10_000, on: "2025-10-01")
        try store.figure(.confirmed, "nguoi-dan", 7999, on: "2025-12-01")
        let rows = try store.indicators(.all, asOf: isoDate("2025-12-31"))
        #expect(rows.first { $0.id == "nguoi-dan-ky-nang-so" }?.latest?.numerator == 7999)
        let smartphone = try #require(rows.first { $0.id == "nguoi-dan-smartphone" })
        #expect(smartphone.latest == nil && smartphone.met == nil)
    }

    @Test func theReportsIndicatorTableAndShortcomingsSayTheGroupTablesFigure() throws {
        let store = try Self.store()
        let blocks = ReportBuilder(data: try store.reportData(plan: Self.plan, asOf: isoDate("2025-12-31"))).build().blocks
        let tables = blocks.compactMap { block -> [[String]]? in if case .table(_, let rows, _) = block { return rows } else { return nil } }
        #expect(tables.contains { $0.contains(["Cán bộ, công chức, viên chức và người lao động khu vực công", "100", "90", "90%", "100%", "Chưa đạt"]) })
        #expect(tables.contains { $0.contains(["Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản", "100%", "90% (90/100)", "Chưa đạt"]) })
        #expect(blocks.contains(.paragraph("Chỉ tiêu chưa đạt: Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản.")))
    }
}
