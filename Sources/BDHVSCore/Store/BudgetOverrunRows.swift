import GRDB

/// A funding source of one plan from which more was disbursed than its tasks estimate.
struct PlanSourceOverrun: Decodable, FetchableRecord {
    var plan: String
    var commune: String
    var communeKind: String
    /// The source's id ('' for spending recorded with none) and its name in the plan.
    var source: String
    var name: String
    var estimate: Int64
    var disbursed: Int64

    enum CodingKeys: String, CodingKey {
        case plan, commune, communeKind = "commune_kind", source, name, estimate, disbursed
    }
}

extension TaskStore {
    /// The sources overspent in each plan of `planIDs` (nil: every plan) as of `asOf`, by
    /// province, commune, plan and source: a sum over several plans hides one commune's
    /// overrun under another's underspend. Estimates are read for the plans with spending
    /// only (the same rules as `budgetSourceTotals`). SQLite's SUM throws "integer overflow"
    /// rather than wrap.
    func budgetOverrunsByPlan(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [PlanSourceOverrun] {
        let scope = Self.planScope("t", planIDs)
        return try PlanSourceOverrun.fetchAll(db, SQLRequest(literal: SQL("""
            WITH spent AS (
                SELECT t.plan_id, s.source, SUM(s.amount) AS disbursed
                FROM spending s JOIN task t ON t.id = s.task_id
                WHERE s.live = 1 AND s.kind = 'disbursed' AND s.spent_on <= \(asOf.iso) AND \(scope) GROUP BY t.plan_id, s.source
            ), est AS (
                SELECT t.plan_id, t.funding_source AS source, SUM(t.estimate) AS amount FROM task t
                WHERE t.retired = 0 AND t.estimate IS NOT NULL AND t.plan_id IN (SELECT plan_id FROM spent)
                GROUP BY t.plan_id, t.funding_source
            )
            SELECT p.key AS plan, p.commune, p.commune_kind, COALESCE(s.source, '') AS source,
                CASE WHEN s.source IS NULL THEN '' ELSE COALESCE(f.name, s.source) END AS name,
                COALESCE(e.amount, 0) AS estimate, s.disbursed
            FROM spent s JOIN plan p ON p.id = s.plan_id
            LEFT JOIN est e ON e.plan_id = s.plan_id AND e.source IS s.source
            LEFT JOIN funding_source f ON f.plan_id = s.plan_id AND f.key = s.source
            WHERE s.disbursed > COALESCE(e.amount, 0)
            ORDER BY p.province_key, p.commune_key, p.key, source
            """)))
    }
}
