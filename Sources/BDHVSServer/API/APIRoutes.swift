import BDHVSCore

/// `/api/...`: the CLI's JSON, same keys, same values, for the same scope and date
/// (`/api/status?province=…` is `bdhvs plan status --province … --format json`).
struct APIRoutes {
    let dashboard: Dashboard
    let query: [String: String]

    static let place = ["plan", "province", "commune"]

    func answer(_ name: String) throws -> DashboardResponse {
        let store = dashboard.store
        switch name {
        case "status":
            let values = try dashboard.values(query, allowed: Self.place)
            return .json(try JSONOutput.render(try store.status(try Self.scope(values), asOf: values.asOf)))
        case "tasks":
            let values = try dashboard.values(query, allowed: Self.place + ["agency", "overdue"])
            let filter = TaskFilter(agency: try values.text("agency"), overdueOnly: try values.flag("overdue"))
            return .json(try JSONOutput.render(try store.tasks(try Self.scope(values), asOf: values.asOf, filter: filter)))
        case "overdue":
            let values = try dashboard.values(query, allowed: Self.place + ["all"])
            let scope = try Self.scope(values)
            let limit = try values.flag("all") || scope.plan != nil ? Int.max : TaskStore.rollUpListLimit
            return .json(try JSONOutput.render(try store.overdueByAgency(scope, asOf: values.asOf, limit: limit).groups))
        case "task":
            let values = try dashboard.values(query, allowed: ["plan", "task"])
            guard let task = try values.text("task") else { throw DashboardFailure.badValue(parameter: "task", value: "", expected: "task id") }
            return .json(try JSONOutput.render(try store.detail(task: task, plan: try values.text("plan"), asOf: values.asOf)))
        case "results":
            // `bdhvs results [--plan|--province|--commune] [--by …] --format json`.
            let values = try dashboard.values(query, allowed: Self.place + ["by"])
            return .json(try JSONOutput.render(try store.results(ResultsQuery(scope: try Self.scope(values), by: try Self.level(values), asOf: values.asOf))))
        case "freshness":
            // `plan status [--province P] --since D --format json`.
            let values = try dashboard.values(query, allowed: ["province", "since"])
            let rows = try store.communeFreshness(province: try values.text("province"))
            return .json(try JSONOutput.render(PackageFreshness(rows, since: try values.date("since"))))
        case "plans":
            _ = try dashboard.values(query, allowed: [])
            return .json(try JSONOutput.render(try store.plans()))
        default:
            throw DashboardFailure.notFound(path: "/api/" + name)
        }
    }

    /// `by`: village, commune or province; nil when absent.
    static func level(_ values: QueryValues) throws -> ResultsRow.Level? {
        guard let text = try values.text("by") else { return nil }
        guard let level = ResultsRow.Level(rawValue: text) else {
            throw DashboardFailure.badValue(parameter: "by", value: text, expected: "village, commune, province")
        }
        return level
    }

    static func scope(_ values: QueryValues) throws -> PlanScope {
        PlanScope(plan: try values.text("plan"), province: try values.text("province"), commune: try values.text("commune"))
    }
}
