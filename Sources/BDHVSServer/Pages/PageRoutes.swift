import BDHVSCore

/// `/`: the whole country.
struct NationalRoute {
    let dashboard: Dashboard
    let query: [String: String]

    func page() throws -> DashboardResponse {
        let values = try dashboard.values(query, allowed: ["q"])
        var context = dashboard.context(values)
        let filter = try values.text("q")
        let asOf = values.asOf
        let (report, results) = try dashboard.statusAndResults({ try dashboard.store.status(.all, asOf: asOf) },
                                                               { try $0.results(ResultsQuery(scope: .all, by: .province, asOf: asOf)) })
        context.notice = try dashboard.notice(.all, values)
        let page = NationalPage(report: report, filter: filter)
        return .html(NationalView.render(page, freshness: try dashboard.freshness(province: nil), filter: filter, context: context,
                                         extra: [ResultsTables.render(results, context: context, scope: [], by: .province)]))
    }
}

/// `/tinh/<slug>`: one province.
struct ProvinceRoute {
    let dashboard: Dashboard
    let slug: String
    let query: [String: String]

    func page() throws -> DashboardResponse {
        let values = try dashboard.values(query, allowed: ["q", "overdue"])
        var context = dashboard.context(values)
        let filter = try values.text("q"), overdueOnly = try values.flag("overdue")
        let asOf = values.asOf, slug = slug
        let ((province, report), results) = try dashboard.statusAndResults({ try dashboard.province(slug: slug, asOf: asOf) }, { store in
            // The province's name is read again on this connection (the slug is all the request gives).
            let province = try Dashboard.provinceName(slug: slug, in: store)
            return try store.results(ResultsQuery(scope: PlanScope(province: province), by: .commune, asOf: asOf))
        })
        context.notice = try dashboard.notice(PlanScope(province: province), values)
        let page = ProvincePage(province: province, report: report, filter: filter, overdueOnly: overdueOnly)
        return .html(ProvinceView.render(page, freshness: try dashboard.freshness(province: province), filter: filter,
                                         overdueOnly: overdueOnly, context: context,
                                         extra: [ResultsTables.render(results, context: context, scope: [("province", province)], by: .commune)]))
    }
}

/// `/xa/<plan>`: one commune's plan.
struct CommuneRoute {
    let dashboard: Dashboard
    let plan: String
    let query: [String: String]

    func page() throws -> DashboardResponse {
        let values = try dashboard.values(query, allowed: ["status", "agency", "q"])
        var context = dashboard.context(values)
        let filters = CommuneView.Filters(category: try values.category("status"), agency: try values.text("agency"), text: try values.text("q"))
        let scope = PlanScope(plan: plan)
        let report = try dashboard.store.status(scope, asOf: values.asOf)
        guard let row = report.plans.first else { throw DashboardFailure.notFound(path: "/xa/" + plan) }
        let all = try dashboard.store.tasks(scope, asOf: values.asOf)
        let shown = filters.agency == nil ? all : try dashboard.store.tasks(scope, asOf: values.asOf, filter: TaskFilter(agency: filters.agency))
        context.notice = try dashboard.notice(scope, values)
        let page = CommunePage(report: report, row: row, tasks: shown, tasksInAll: all.count, category: filters.category, filter: filters.text)
        let results = try dashboard.store.results(ResultsQuery(scope: scope, by: .village, asOf: values.asOf))
        return .html(CommuneView.render(page, filters: filters, context: context,
                                        extra: [ResultsTables.render(results, context: context, scope: [("plan", row.plan)], by: .village)]))
    }
}

/// `/xa/<plan>/<task>`: one task.
struct TaskRoute {
    let dashboard: Dashboard
    let plan: String
    let task: String
    let query: [String: String]

    func page() throws -> DashboardResponse {
        let values = try dashboard.values(query, allowed: [])
        let detail = try dashboard.store.detail(task: task, plan: plan, asOf: values.asOf)
        // The plan's own row names the commune and province (one plan: cheap, unlike the list of every plan).
        let row = try dashboard.store.status(PlanScope(plan: detail.task.plan), asOf: values.asOf).plans.first
        let commune = row.map { $0.communeKind.isEmpty ? $0.commune : "\($0.communeKind) \($0.commune)" } ?? detail.task.plan
        var context = dashboard.context(values)
        context.notice = try dashboard.notice(PlanScope(plan: detail.task.plan), values)
        return .html(TaskView.render(detail, commune: commune, province: row?.province ?? "", context: context))
    }
}
