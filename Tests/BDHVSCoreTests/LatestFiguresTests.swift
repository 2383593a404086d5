import GRDB
import Testing
@testable import BDHVSCore

/// `figureTotals` keeps the last figure of each series as it reads them in index order
/// (`LatestFigures`, issue 12). On the halves fixture (six communes, figures of many days per
/// commune and village, the same day recorded twice) with a few more figures and some taken
/// back, its totals are those of the statement it replaced, which looks for a later figure of
/// the same series for each row, on 53 as-of dates, for the country, for chosen plans and per
/// village.
@Suite struct LatestFiguresTests {
    /// The statement `figureTotals` ran before, kept as the reference.
    static func reference(_ db: Database, planIDs ids: [Int64]?, asOf: CivilDate, byVillage: Bool) throws -> [FigureTotal] {
        let scope: SQL = ids.map { "AND f.plan_id IN \($0)" } ?? ""
        let latest: SQL = """
            WITH latest AS (
                SELECT f.plan_id, f.kind, f.target_group, f.national_group, f.village, f.count
                FROM group_figure f WHERE f.live = 1 AND f.counted_on <= \(asOf) \(scope)
                  AND NOT EXISTS (SELECT 1 FROM group_figure g
                      WHERE g.plan_id = f.plan_id AND g.kind = f.kind AND g.target_group = f.target_group AND g.village IS f.village
                        AND g.counted_on >= f.counted_on AND g.counted_on <= \(asOf) AND g.live = 1
                        AND (g.counted_on > f.counted_on OR g.id > f.id))
            )
            """
        let national: SQL = """
            COALESCE(MAX(CASE WHEN target_group = national_group THEN count END),
                     SUM(CASE WHEN target_group <> national_group THEN count END)) AS count
            """
        let request: SQLRequest<Row> = byVillage ? """
            \(latest)
            SELECT plan_id, village, kind, national_group, \(national)
            FROM latest WHERE village IS NOT NULL GROUP BY plan_id, village, kind, national_group
            """ : """
            \(latest),
            per_group AS (
                SELECT plan_id, kind, target_group, national_group,
                    COALESCE(MAX(CASE WHEN village IS NULL THEN count END), SUM(CASE WHEN village IS NOT NULL THEN count END)) AS count
                FROM latest GROUP BY plan_id, kind, target_group
            )
            SELECT plan_id, NULL AS village, kind, national_group, \(national)
            FROM per_group GROUP BY plan_id, kind, national_group
            """
        return try request.fetchAll(db).map {
            FigureTotal(planRowID: $0[0], village: $0[1], kind: $0[2], group: $0[3], count: $0[4])
        }
    }

    @Test func theLastOfEachSeriesInIndexOrderIsTheLatestFigure() throws {
        let store = try ResultsHalvesTests.makeStore()
        // A village's own figure of a national group beside its sub-group's, a commune-wide
        // figure beside villages' of the same group, and figures taken back.
        for (index, (id, _, _)) in ResultsHalvesTests.communes.enumerated() where index % 2 == 1 {
            try store.figure(.confirmed, "nguoi-dan", 70 + Int64(index), on: "2025-06-1\(index)", village: "v1", plan: id)
            try store.figure(.confirmed, "nguoi-cao-tuoi", 9, on: "2025-10-0\(index)", plan: id)
        }
        try store.writer.write { db in
            try db.execute(sql: "UPDATE group_figure SET live = 0 WHERE id % 7 = 3")
        }
        let plans = try store.writer.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM plan ORDER BY id") }
        var days = (0..<52).map { isoDate("2025-01-01").adding(days: 7 * $0) }
        days.append(isoDate("2026-01-01"))
        var compared = 0
        try store.writer.read { db in
            for day in days {
                for ids in [nil, [plans[0], plans[3]], Array(plans.dropFirst(2))] {
                    for byVillage in [false, true] {
                        let fast = try store.figureTotals(db, planIDs: ids, asOf: day, byVillage: byVillage)
                        #expect(fast == (try Self.reference(db, planIDs: ids, asOf: day, byVillage: byVillage)),
                                "as of \(day.iso), plans \(String(describing: ids)), by village \(byVillage)")
                        compared += fast.count
                    }
                }
            }
        }
        // Figures were there to compare on most days.
        #expect(compared > 2_000)
    }

    /// The kinds of a plan's groups come in the statement's order, and a commune-wide figure
    /// wins over its villages' sum while a national group's own figure wins over its sub-groups'.
    @Test func aCommuneWideFigureAndANationalGroupsOwnComeFirst() throws {
        let store = try ResultsFixture.store(ResultsFixture.plan(id: "a-2025", commune: "Nghĩa Giang", province: "Quảng Ngãi", villages: 2))
        try store.figure(.population, "nguoi-cao-tuoi", 120, on: "2025-03-01", village: "v1")
        try store.figure(.population, "nguoi-cao-tuoi", 80, on: "2025-03-01", village: "v2")
        try store.figure(.confirmed, "nguoi-cao-tuoi", 50, on: "2025-04-01", village: "v1")
        try store.figure(.confirmed, "nguoi-cao-tuoi", 60, on: "2025-04-02")
        try store.figure(.confirmed, "nguoi-dan", 900, on: "2025-05-01", village: "v2")
        let totals = try store.writer.read { db in try store.figureTotals(db, planIDs: nil, asOf: isoDate("2025-12-31"), byVillage: false) }
        // Confirmed adults: their own figure (v2's 900) wins over the elderly's 60 commune-wide
        // (itself winning over v1's 50); population: the elderly's villages added up.
        #expect(totals.map { "\($0.kind.rawValue) \($0.group) \($0.count)" } == ["confirmed nguoi-dan 900", "population nguoi-dan 200"])
        let villages = try store.writer.read { db in try store.figureTotals(db, planIDs: nil, asOf: isoDate("2025-12-31"), byVillage: true) }
        #expect(villages.map { "\($0.village ?? "-") \($0.kind.rawValue) \($0.group) \($0.count)" }
            == ["v1 confirmed nguoi-dan 50", "v1 population nguoi-dan 120", "v2 confirmed nguoi-dan 900", "v2 population nguoi-dan 80"])
    }
}
