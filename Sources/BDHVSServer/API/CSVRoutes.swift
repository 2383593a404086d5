import BDHVSCore

/// `/csv/...`: every table of the pages as a download, written by the CLI's `CSVWriter`
/// (UTF-8 with BOM for Excel, formulas disarmed). Tasks are exactly `bdhvs export PLAN
/// --format csv`; the other tables have the CLI JSON's keys as their header.
struct CSVRoutes {
    let dashboard: Dashboard
    let query: [String: String]

    func answer(_ name: String) throws -> DashboardResponse {
        let store = dashboard.store, writer = CSVWriter()
        switch name {
        case "tasks":
            let values = try dashboard.values(query, allowed: APIRoutes.place + ["agency", "status", "q"])
            var rows = try store.tasks(try APIRoutes.scope(values), asOf: values.asOf, filter: TaskFilter(agency: try values.text("agency")))
            if let category = try values.category("status") { rows = rows.filter { $0.status == category } }
            if let text = try values.text("q").map(Folding.key) {
                rows = rows.filter { Folding.key($0.title).contains(text) || Folding.key($0.id) == text }
            }
            return .csv(writer.tasks(rows), file: "nhiem-vu.csv")
        case "communes":
            let values = try dashboard.values(query, allowed: ["province"])
            let report = try store.status(PlanScope(province: try values.text("province")), asOf: values.asOf)
            let rows = report.plans.sorted { ($1.overdue, $0.plan) < ($0.overdue, $1.plan) }
            return .csv(writer.render(header: ["plan", "commune", "commune_kind", "province", "year", "total"]
                                        + TaskCategory.allCases.map(\.rawValue) + ["worst_days_overdue"],
                                      rows: rows.map { row in
                                          [row.plan, row.commune, row.communeKind, row.province, String(row.year), String(row.total)]
                                              + TaskCategory.allCases.map { String(row.counts[$0, default: 0]) } + [String(row.worstDaysOverdue)]
                                      }), file: "xa.csv")
        case "provinces":
            let values = try dashboard.values(query, allowed: [])
            let page = NationalPage(report: try store.status(.all, asOf: values.asOf), filter: nil)
            return .csv(writer.render(header: ["province", "plans", "total", "done", "overdue", "communes_with_overdue", "worst_days_overdue"],
                                      rows: page.provinces.map {
                                          [$0.name, String($0.communes), String($0.total), String($0.done), String($0.overdue),
                                           String($0.communesWithOverdue), String($0.worstDaysOverdue)]
                                      }), file: "tinh.csv")
        case "by-lead":
            let values = try dashboard.values(query, allowed: APIRoutes.place)
            let report = try store.status(try APIRoutes.scope(values), asOf: values.asOf)
            return .csv(writer.render(header: ["agency", "agency_id", "total", "done", "overdue"],
                                      rows: report.byLead.map { [$0.agency, $0.agencyID, String($0.total), String($0.done), String($0.overdue)] }),
                        file: "co-quan-chu-tri.csv")
        case "results":
            let values = try dashboard.values(query, allowed: APIRoutes.place)
            let report = try store.results(ResultsQuery(scope: try APIRoutes.scope(values), asOf: values.asOf))
            return .csv(writer.render(header: ["group", "name", "population", "confirmed", "coverage", "target", "met"],
                                      rows: report.groups.map { group in
                                          [group.group, group.name, group.population.map(String.init) ?? "", String(group.confirmed),
                                           group.coverage.map { String($0) } ?? "", group.targetTenths.map { String(Double($0) / 10) } ?? "",
                                           group.met.map { $0 ? "true" : "false" } ?? ""]
                                      }), file: "ket-qua.csv")
        case "freshness":
            let values = try dashboard.values(query, allowed: ["province"])
            let rows = try dashboard.freshness(province: try values.text("province")) ?? []
            return .csv(writer.render(header: ["commune", "commune_kind", "province", "as_of"],
                                      rows: rows.map { [$0.commune, $0.communeKind, $0.province, $0.asOf?.iso ?? ""] }),
                        file: "du-lieu-xa.csv")
        default:
            throw DashboardFailure.notFound(path: "/csv/" + name)
        }
    }
}
