import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// More persons confirmed than people is refused on every day a figure counts, not only on
/// its own day: a population back-dated below persons confirmed later (50 people on 01/11,
/// 90 confirmed on 01/12: 180% "đạt"), and a commune-wide number confirmed past the
/// villages' populations added up (100 people in two villages, 200 confirmed: 200% "đạt"),
/// were accepted. A refused figure writes nothing.
@Suite struct FigureInForceTests {
    private func refusal(_ body: () throws -> Any) -> ResultsRefusal? {
        do { _ = try body(); return nil } catch { return error as? ResultsRefusal }
    }

    /// Figures and changes stored.
    private func rows(_ store: TaskStore) throws -> [Int] {
        try store.read { db in
            try ["group_figure", "change_log"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
    }

    @Test func aPopulationBackDatedBelowLaterConfirmedIsRefused() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.figure(.population, "cbccvc", 100, on: "2025-10-01")
        try store.figure(.confirmed, "cbccvc", 90, on: "2025-12-01")
        let before = try rows(store)
        let over = refusal { try store.figure(.population, "cbccvc", 50, on: "2025-11-01") }
        #expect(over == .confirmedOverPopulation(group: "cbccvc", village: nil, confirmed: 90, population: 50, on: isoDate("2025-12-01")))
        #expect(over?.text(.vi) == "số người đạt (90) nhiều hơn số dân (50) của nhóm 'cbccvc' tính đến ngày 01/12/2025; hãy kiểm tra lại hai số liệu")
        #expect(over?.text(.en) == "the persons confirmed (90) outnumber the population (50) of group 'cbccvc' as of 01/12/2025; check both figures")
        #expect(try rows(store) == before)
        #expect(try store.results().group("cbccvc")?.population == 100)
        #expect(try store.results().group("cbccvc")?.met == false)

        // Enough people back-dated, or a figure replaced before the persons confirmed count: accepted.
        try store.figure(.population, "cbccvc", 95, on: "2025-11-01")
        try store.figure(.population, "cbccvc", 40, on: "2025-09-01")
        #expect(try store.results().group("cbccvc")?.population == 95)
        // The same in a village.
        try store.figure(.confirmed, "nguoi-dan", 300, on: "2025-12-01", village: "v1")
        #expect(refusal { try store.figure(.population, "nguoi-dan", 200, on: "2025-10-01", village: "v1") }
                == .confirmedOverPopulation(group: "nguoi-dan", village: "v1", confirmed: 300, population: 200, on: isoDate("2025-12-01")))
    }

    @Test func confirmedBackDatedAboveALaterPopulationIsRefused() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.figure(.population, "cbccvc", 100, on: "2025-10-01")
        try store.figure(.population, "cbccvc", 60, on: "2025-12-15")
        #expect(refusal { try store.figure(.confirmed, "cbccvc", 90, on: "2025-12-01") }
                == .confirmedOverPopulation(group: "cbccvc", village: nil, confirmed: 90, population: 60, on: isoDate("2025-12-15")))
        try store.figure(.confirmed, "cbccvc", 60, on: "2025-12-01")
        #expect(try store.results().group("cbccvc")?.confirmed == 60)
    }

    @Test func communeWideConfirmedPastTheVillagesPopulationIsRefused() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.figure(.population, "cbccvc", 50, on: "2025-10-01", village: "v1")
        try store.figure(.population, "cbccvc", 50, on: "2025-10-01", village: "v2")
        let before = try rows(store)
        let over = refusal { try store.figure(.confirmed, "cbccvc", 200, on: "2025-12-01") }
        #expect(over == .communeOverVillagesPopulation(group: "cbccvc", confirmed: 200, population: 100, on: isoDate("2025-12-01")))
        #expect(over?.text(.vi) == "số người đạt của cả xã (200) nhiều hơn số dân của xã (100, cộng các thôn, tổ dân phố) ở nhóm 'cbccvc' "
                + "tính đến ngày 01/12/2025; hãy ghi số dân của cả xã hoặc kiểm tra lại các số liệu")
        #expect(over?.text(.en) == "the persons confirmed in the whole commune (200) outnumber its population (100, its villages added up) "
                + "in group 'cbccvc' as of 01/12/2025; record the commune's population or check the figures")
        #expect(try rows(store) == before)
        #expect(try store.results().group("cbccvc")?.confirmed == 0)
        try store.figure(.confirmed, "cbccvc", 100, on: "2025-12-01")
        #expect(try store.results().group("cbccvc")?.coverage == 1)
    }

    /// The same refusal from a spreadsheet, at the row's cell, and nothing of the file kept.
    @Test func aFileWithABackDatedPopulationIsRefusedAtItsCell() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        let text = """
            Nhóm đối tượng;Ngày;Số dân;Số người đạt
            cbccvc;01/12/2025;;90
            cbccvc;01/11/2025;50;
            """
        let error = #expect(throws: ImportError.self) { try store.importCSV(text, file: "so-lieu.csv", by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(error?.diagnostics.map(\.description) == [
            "so-lieu.csv:3:19: error: the persons confirmed (90) outnumber the population (50) of group 'cbccvc' as of 01/12/2025; check both figures",
        ])
        #expect(try rows(store) == [0, 0])
    }
}
