import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// The results of many communes read their figures in two halves on two connections
/// (`TaskStore.alongside`, issue 12): on six communes of two provinces with figures of
/// several days per commune and village, teams and activities, copied to a file, every
/// report (the country, a province; no breakdown, per commune, per province) is the one
/// read on one connection, on twelve as-of dates.
@Suite struct ResultsHalvesTests {
    static let communes = [("a-2025", "Nghĩa Giang", "Quảng Ngãi"), ("b-2025", "Đông Trà Bồng", "Quảng Ngãi"),
                           ("c-2025", "Đức Thịnh", "Hà Tĩnh"), ("d-2025", "Việt Hưng", "Hà Tĩnh"),
                           ("e-2025", "Bình Sơn", "Quảng Ngãi"), ("f-2025", "Thạch Hà", "Hà Tĩnh")]

    static func makeStore() throws -> TaskStore {
        let store = try TaskStore.inMemory()
        for (index, (id, commune, province)) in communes.enumerated() {
            let text = ResultsFixture.plan(id: id, commune: commune, province: province, villages: 3, units: ["buoi"])
            let outcome = PlanLoader.check(text: text, file: "\(id).yaml")
            #expect(outcome.diagnostics.map(\.description) == [])
            _ = try store.load(try #require(outcome.plan), sourcePath: "\(id).yaml")
            let n = Int64(index + 1)
            // A commune-wide population, then per village for some; confirmed persons rising
            // over the months (a later figure replaces an earlier one); public servants.
            if index % 3 != 2 { try store.figure(.population, "nguoi-dan", 10_000 * n, on: "2025-03-01", plan: id) }
            for village in 1...3 where index % 2 == 0 {
                try store.figure(.population, "nguoi-dan", 1000 * n + Int64(village), on: "2025-04-0\(village)", village: "v\(village)", plan: id)
            }
            for month in [5, 7, 9, 11] {
                try store.figure(.confirmed, "nguoi-dan", 500 * n + Int64(month * 40), on: "2025-\(month < 10 ? "0" : "")\(month)-15", plan: id)
                try store.figure(.confirmed, "nguoi-cao-tuoi", 30 * n + Int64(month), on: "2025-\(month < 10 ? "0" : "")\(month)-20",
                                 village: "v\(month % 3 + 1)", plan: id)
            }
            try store.figure(.population, "can-bo-cong-chuc", 40 + n, on: "2025-06-01", plan: id)
            try store.figure(.confirmed, "can-bo-cong-chuc", 20 + n, on: "2025-08-01", plan: id)
            // The same day recorded twice: the later record counts.
            try store.figure(.confirmed, "can-bo-cong-chuc", 30 + n, on: "2025-08-01", plan: id)
            _ = try store.addTeam(TeamInput(plan: id, village: "v\(index % 3 + 1)", members: 3 + n, foundedOn: isoDate("2025-0\(index + 3)-10")),
                                  by: "Lan", recordedOn: isoDate("2025-12-31"))
            try store.held(Int(20 * n), .people, on: "2025-0\(index + 2)-12", plan: id)
        }
        return store
    }

    @Test func everyReportReadInHalvesIsTheOneReadOnOneConnection() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try Self.makeStore()
        let path = directory.appendingPathComponent("results.sqlite").path
        try memory.writer.backup(to: try DatabaseQueue(path: path))
        _ = try TaskStore.open(path: path, access: .write)
        let file = try TaskStore.open(path: path, access: .read)
        let dates = ["2025-02-28", "2025-03-01", "2025-04-02", "2025-05-15", "2025-06-30", "2025-07-14", "2025-08-01", "2025-09-30",
                     "2025-11-15", "2025-11-20", "2025-12-31", "2026-06-30"].map(isoDate)
        var confirmed: Int64 = 0
        for date in dates {
            for scope in [PlanScope.all, PlanScope(province: "Quảng Ngãi")] {
                for by in [nil, ResultsRow.Level.commune, .province] {
                    let query = ResultsQuery(scope: scope, by: by, asOf: date)
                    let whole = try memory.results(query)
                    #expect(try file.results(query, plansReadInHalves: 2) == whole, "as of \(date.iso), \(scope), by \(String(describing: by))")
                    confirmed += whole.groups.reduce(0) { $0 + $1.confirmed }
                }
            }
        }
        // The reports are not empty.
        #expect(confirmed > 10_000)
    }
}
