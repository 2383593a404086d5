import GRDB

// The statements that read the records (activities, indicators with their latest
// measurement, the budget) and the rows they decode into. The Records layer turns these
// rows into reports and raises its refusals; the store only answers what is stored.

/// An activity with its task and plan, as `activity list` reads it.
struct ActivityListing: Decodable, FetchableRecord {
    var id: Int64
    var heldOn: String
    var title: String?
    var place: String?
    var participants: Int
    var unit: String
    var taskKey: String
    var planKey: String
    var village: String?
    var runningTotal: Bool
    /// Whether it counts in totals (`CountedActivities`), as of the selection's last day.
    var counted: Bool

    enum CodingKeys: String, CodingKey {
        case id, heldOn = "held_on", title, place, participants, unit, taskKey = "task_key", planKey = "plan_key"
        case village, runningTotal = "running_total", counted
    }
}

/// Which live activities to read: every field narrows; nil leaves it open.
struct ActivitySelection {
    var planIDs: [Int64]?
    var taskKey: String?
    /// Activities of tasks led by one of these agencies.
    var agencyIDs: [Int64]?
    /// Activities that count participants of this target group id.
    var targetGroup: String?
    var from: CivilDate?
    var to: CivilDate?
}

/// An indicator with its plan and latest measurement (all nil when none).
struct IndicatorListing: Decodable, FetchableRecord {
    var key: String
    var name: String
    var kind: String
    var ofWhat: String?
    var unit: String?
    var targetTenths: Int
    var targetGroup: String?
    var planKey: String
    var measuredOn: String?
    var valueTenths: Int?
    var numerator: Int?
    var denominator: Int?
    var source: String?
    /// The year's target's direction and range end; the later years' targets (JSON); the
    /// monitoring agency's name.
    var direction: String
    var targetHighTenths: Int?
    var horizonsJSON: String?
    var monitorName: String?
    var planYear: Int
    var planRowID: Int64

    enum CodingKeys: String, CodingKey {
        case key, name, kind, ofWhat = "of_what", unit, targetTenths = "target_tenths", targetGroup = "target_group",
             planKey = "plan_key", measuredOn = "measured_on", valueTenths = "value_tenths", numerator, denominator, source
        case direction, targetHighTenths = "target_high_tenths", horizonsJSON = "horizons_json", monitorName = "monitor_name", planYear = "plan_year"
        case planRowID = "plan_id"
    }
}

/// Money per funding source as summed by SQLite, in whole đồng.
struct BudgetSourceTotals: Decodable, FetchableRecord {
    var source: String
    var name: String
    var estimate: Int64
    var disbursed: Int64
    var settled: Int64
}

extension TaskStore {
    /// The live activities of non-retired tasks that `selection` keeps, by date, plan and id,
    /// each saying whether it counts in totals up to the selection's last day (of a running
    /// total, the latest figure up to that day, even when `from` leaves earlier ones out).
    func activityListings(_ db: Database, _ selection: ActivitySelection) throws -> [ActivityListing] {
        var conditions: [SQL] = ["a.live = 1", "t.retired = 0", Self.planScope("t", selection.planIDs)]
        if let task = selection.taskKey { conditions.append("t.key = \(task)") }
        if let agencies = selection.agencyIDs {
            conditions.append("t.id IN (SELECT task_id FROM task_lead WHERE agency_id IN \(agencies))")
        }
        if let group = selection.targetGroup {
            conditions.append("a.id IN (SELECT activity_id FROM activity_group WHERE target_group = \(group))")
        }
        if let from = selection.from { conditions.append("a.held_on >= \(from.iso)") }
        if let to = selection.to { conditions.append("a.held_on <= \(to.iso)") }
        return try ActivityListing.fetchAll(db, SQLRequest(literal: SQL("""
            SELECT a.id, a.held_on, a.title, a.place, a.participants, a.unit, t.key AS task_key, p.key AS plan_key,
                a.village, a.running_total,
                a.id IN (SELECT id FROM (\(CountedActivities.rows(planIDs: selection.planIDs, upTo: selection.to)))) AS counted
            FROM activity a JOIN task t ON t.id = a.task_id JOIN plan p ON p.id = t.plan_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY a.held_on, p.key, a.id
            """)))
    }

    /// The participants per target group of each activity of `ids`.
    func activityGroups(_ db: Database, of ids: [Int64]) throws -> [Int64: [String: Int]] {
        var groups: [Int64: [String: Int]] = [:]
        // In slices: SQLite limits the arguments of one statement.
        for start in stride(from: 0, to: ids.count, by: 10_000) {
            let slice = ids[start..<min(start + 10_000, ids.count)]
            for group in try ActivityGroupRecord.fetchAll(db, SQLRequest(literal: SQL("SELECT * FROM activity_group WHERE activity_id IN \(slice)"))) {
                groups[group.activityID, default: [:]][group.targetGroup] = group.count
            }
        }
        return groups
    }

    /// The row ids of every plan in the database.
    func allPlanRowIDs(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, SQLRequest(literal: "SELECT id FROM plan"))
    }

    /// The non-retired indicators of the plans of `planIDs`, each with its latest live
    /// measurement on or before `asOf`, in plan order then the plan's own order.
    func indicatorListings(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [IndicatorListing] {
        try IndicatorListing.fetchAll(db, SQLRequest(literal: SQL("""
            SELECT i.key, i.name, i.kind, i.of_what, i.unit, i.target_tenths, i.target_group, p.key AS plan_key,
                m.measured_on, m.value_tenths, m.numerator, m.denominator, m.source,
                i.direction, i.target_high_tenths, i.horizons_json, p.year AS plan_year,
                (SELECT a.name FROM agency a WHERE a.plan_id = i.plan_id AND a.key = i.monitor) AS monitor_name, i.plan_id
            FROM indicator i JOIN plan p ON p.id = i.plan_id
            LEFT JOIN measurement m ON m.id = (
                SELECT id FROM measurement WHERE indicator_id = i.id AND live = 1 AND measured_on <= \(asOf.iso)
                ORDER BY measured_on DESC, id DESC LIMIT 1)
            WHERE i.retired = 0 AND \(Self.planScope("i", planIDs))
            ORDER BY p.province_key, p.commune_key, p.key, i.position
            """)))
    }

    /// Estimates of non-retired tasks and live spending up to `asOf`, per funding source
    /// ('' for none), by source. SQLite's SUM throws "integer overflow" rather than wrap.
    func budgetSourceTotals(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [BudgetSourceTotals] {
        let scope = Self.planScope("t", planIDs)
        return try BudgetSourceTotals.fetchAll(db, SQLRequest(literal: SQL("""
            WITH est AS (
                SELECT t.plan_id, t.funding_source AS source, SUM(t.estimate) AS amount FROM task t
                WHERE t.retired = 0 AND t.estimate IS NOT NULL AND \(scope) GROUP BY t.plan_id, t.funding_source
            ), spent AS (
                SELECT t.plan_id, s.source, SUM(CASE WHEN s.kind = 'disbursed' THEN s.amount ELSE 0 END) AS disbursed,
                    SUM(CASE WHEN s.kind = 'settled' THEN s.amount ELSE 0 END) AS settled
                FROM spending s JOIN task t ON t.id = s.task_id
                WHERE s.live = 1 AND s.spent_on <= \(asOf.iso) AND \(scope) GROUP BY t.plan_id, s.source
            ), keys AS (SELECT plan_id, source FROM est UNION SELECT plan_id, source FROM spent)
            SELECT COALESCE(k.source, '') AS source, CASE WHEN k.source IS NULL THEN '' ELSE COALESCE(MIN(f.name), k.source) END AS name,
                SUM(COALESCE(e.amount, 0)) AS estimate, SUM(COALESCE(s.disbursed, 0)) AS disbursed,
                SUM(COALESCE(s.settled, 0)) AS settled
            FROM keys k LEFT JOIN est e ON e.plan_id = k.plan_id AND e.source IS k.source
            LEFT JOIN spent s ON s.plan_id = k.plan_id AND s.source IS k.source
            LEFT JOIN funding_source f ON f.plan_id = k.plan_id AND f.key = k.source
            GROUP BY COALESCE(k.source, '') ORDER BY source
            """)))
    }

    /// `alias.plan_id` within the plans of `ids` (nil: every plan).
    static func planScope(_ alias: String, _ ids: [Int64]?) -> SQL {
        guard let ids else { return "1 = 1" }
        return "\(sql: alias).plan_id IN \(ids)"
    }
}
