import GRDB

/// The results of the plans in scope as set-based queries, one per kind of number, each
/// grouped by plan (and by village when asked): a national answer is a handful of
/// statements whatever the number of communes, and the layer above adds the rows up.

// Each row type is read by column position from the statement that selects it: decoding
// through `Decodable` cost more than the statements at a province's size (the runtime's
// generic and conformance look-ups on every first use, in every process).

/// The latest figure of a national group for a plan, or a village of it (`LatestFigures`).
struct FigureTotal: Sendable, Equatable {
    var planRowID: Int64
    var village: String?
    var kind: GroupFigureKind
    var group: String
    var count: Int64
}

/// The activities of a plan (or a village) in one unit, added up.
struct UnitTotal: Sendable, Equatable, FetchableRecord {
    var planRowID: Int64
    var village: String?
    var unit: String
    var total: Int64

    /// plan_id, village, unit, total.
    init(row: Row) throws {
        planRowID = try row.decode(atIndex: 0)
        village = try row.decode(atIndex: 1)
        unit = try row.decode(atIndex: 2)
        total = try row.decode(atIndex: 3)
    }
}

/// The community digital teams of a plan (or a village).
struct TeamTotal: Sendable, Equatable, FetchableRecord {
    var planRowID: Int64
    var village: String?
    var teams: Int64
    var villagesWithTeam: Int64
    var members: Int64

    /// plan_id, village, teams, villages_with_team, members.
    init(row: Row) throws {
        planRowID = try row.decode(atIndex: 0)
        village = try row.decode(atIndex: 1)
        teams = try row.decode(atIndex: 2)
        villagesWithTeam = try row.decode(atIndex: 3)
        members = try row.decode(atIndex: 4)
    }
}

/// A plan's percent indicator of a target group, in file order, with the national group.
struct GroupTarget: Sendable, Equatable, FetchableRecord {
    var planRowID: Int64
    var group: String
    var targetTenths: Int
    /// The indicator's id in the plan.
    var indicator: String

    /// plan_id, group, target_tenths, key.
    init(row: Row) throws {
        planRowID = try row.decode(atIndex: 0)
        group = try row.decode(atIndex: 1)
        targetTenths = try row.decode(atIndex: 2)
        indicator = try row.decode(atIndex: 3)
    }
}

extension TaskStore {
    /// Population and confirmed persons per plan and national group as of `asOf`: for each
    /// target group, series and place the latest live figure (never a sum over dates);
    /// a group's figure for the commune is its commune-wide figure when there is one, else
    /// the sum of its villages'; a national group's is its own figure when recorded, else
    /// the sum of the plan's groups that belong to it. With `byVillage`, per village.
    /// `below` and `from` narrow the plans to those whose row id is below or from it (a
    /// national answer read in two halves).
    func figureTotals(_ db: Database, planIDs ids: [Int64]?, asOf: CivilDate, byVillage: Bool,
                      below: Int64? = nil, from: Int64? = nil) throws -> [FigureTotal] {
        var scope: SQL = ids.map { "AND f.plan_id IN \($0)" } ?? ""
        if let below { scope += " AND f.plan_id < \(below)" }
        if let from { scope += " AND f.plan_id >= \(from)" }
        // In the order of `group_figure_latest` (its last column is the row id): no sorting.
        let statement = try db.makeStatement(literal: """
            SELECT f.plan_id, f.kind, f.target_group, f.village, f.national_group, f.count
            FROM group_figure f WHERE f.live = 1 AND f.counted_on <= \(asOf) \(scope)
            ORDER BY f.plan_id, f.kind, f.target_group, f.village, f.counted_on, f.id
            """)
        let rows = try Row.fetchCursor(statement)
        var latest = LatestFigures()
        // Each row read where the statement stands, its texts not copied (`LatestFigures`).
        while try rows.next() != nil { try latest.add(statement.sqliteStatement) }
        try latest.end()
        return byVillage ? latest.villageTotals() : latest.communeTotals()
    }

    /// Live activities held up to `asOf` that count (`CountedActivities`: of a running
    /// total only the latest figure), added up per plan and unit (and village): units are
    /// never added together.
    func unitTotals(_ db: Database, planIDs ids: [Int64]?, asOf: CivilDate, byVillage: Bool) throws -> [UnitTotal] {
        // No live activity held up to `asOf` anywhere (plans loaded, none recorded yet): the
        // statement below would still read every task of the plans in scope to find none.
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM activity WHERE held_on <= ? AND live = 1)",
                                arguments: [asOf.iso]) == true else { return [] }
        let village: SQL = byVillage ? "village" : "NULL"
        let grouping: SQL = byVillage ? "plan_id, village, unit" : "plan_id, unit"
        let villageFilter: SQL = byVillage ? "WHERE village IS NOT NULL" : ""
        return try SQLRequest<UnitTotal>("""
            SELECT plan_id, \(village) AS village, unit, SUM(participants) AS total
            FROM (\(CountedActivities.rows(planIDs: ids, upTo: asOf))) \(villageFilter) GROUP BY \(grouping)
            """).fetchAll(db)
    }

    /// Live community digital teams founded up to `asOf`, per plan (and village).
    func teamTotals(_ db: Database, planIDs ids: [Int64]?, asOf: CivilDate, byVillage: Bool) throws -> [TeamTotal] {
        let scope: SQL = ids.map { "AND plan_id IN \($0)" } ?? ""
        let village: SQL = byVillage ? "village" : "NULL"
        let grouping: SQL = byVillage ? "plan_id, village" : "plan_id"
        return try SQLRequest<TeamTotal>("""
            SELECT plan_id, \(village) AS village, COUNT(*) AS teams, COUNT(DISTINCT village) AS villages_with_team,
                SUM(members) AS members
            FROM team WHERE live = 1 AND founded_on <= \(asOf) \(scope) GROUP BY \(grouping)
            """).fetchAll(db)
    }

    /// The number of villages of each plan.
    func villageCounts(_ db: Database, planIDs ids: [Int64]?) throws -> [Int64: Int64] {
        let scope: SQL = ids.map { "WHERE plan_id IN \($0)" } ?? ""
        let rows = try SQLRequest<Row>("SELECT plan_id, COUNT(*) AS n FROM village \(scope) GROUP BY plan_id").fetchAll(db)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["plan_id"] as Int64, $0["n"] as Int64) })
    }

    /// The live percent indicators of a target group, with the national group of a plan's
    /// own group, in file order.
    func groupTargets(_ db: Database, planIDs ids: [Int64]?) throws -> [GroupTarget] {
        let scope: SQL = ids.map { "AND i.plan_id IN \($0)" } ?? ""
        return try SQLRequest<GroupTarget>("""
            SELECT i.plan_id, COALESCE(g.national_group, i.target_group) AS "group", i.target_tenths, i.key
            FROM indicator i LEFT JOIN plan_group g ON g.plan_id = i.plan_id AND g.key = i.target_group
            WHERE i.retired = 0 AND i.kind = 'percent' AND i.target_group IS NOT NULL \(scope)
            ORDER BY i.plan_id, i.position
            """).fetchAll(db)
    }
}
