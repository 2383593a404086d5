import Foundation
import GRDB

/// Everything a report of one plan is drafted from. Read by four separate queries (status,
/// tasks, activities, the plan document), not one snapshot: a change recorded between them
/// can show in one part and not another.
public struct ReportData: Sendable {
    public var document: PlanDocument
    public var asOf: CivilDate
    public var status: StatusReport
    /// Tasks and sub-tasks in plan order, with their category as of the as-of date.
    public var tasks: [TaskRow]
    /// Activities held up to the as-of date, by task id.
    public var activities: [String: [ActivityRow]]
    public var activityTotals: ActivityReport
    /// The plan's results per national target group (population, confirmed persons,
    /// coverage, units, teams) as of the as-of date.
    public var results: ResultsReport? = nil
    public var targetGroups: TargetGroups
    /// Full names of agencies by id.
    public var agencyNames: [String: String]
    /// For a periodic report, the figures as of the day before the period.
    public var baseline: ReportBaseline? = nil
}

extension TaskStore {
    /// The data for a report of `plan` as of `asOf`.
    public func reportData(plan: String, asOf: CivilDate) throws -> ReportData {
        let scope = PlanScope(plan: plan)
        let status = try status(scope, asOf: asOf)
        let tasks = try tasks(scope, asOf: asOf)
        let activities = try activities(scope, filter: ActivityFilter(to: asOf))
        let results = try results(ResultsQuery(scope: scope, asOf: asOf))
        return try read { db in
            // `status` above has already refused an unknown plan.
            guard let id = try planIDs(scope, db)?.first, let document = try planDocument(db, planRowID: id) else {
                throw StoreError.unknownPlan(plan, suggestion: nil)
            }
            return ReportData(
                document: document, asOf: asOf, status: status, tasks: tasks,
                activities: Dictionary(grouping: activities.activities, by: \.task), activityTotals: activities, results: results,
                targetGroups: TargetGroups(plan: document.targetGroups ?? []),
                agencyNames: Dictionary(document.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
