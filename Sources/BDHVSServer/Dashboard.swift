import BDHVSCore

/// The dashboard without a socket: a request target in, an answer out. Every page, API and
/// CSV route is here, so tests call it directly; `DashboardServer` only carries bytes.
/// It only reads: the store it holds was opened read-only, and no route writes.
public struct Dashboard: Sendable {
    let store: TaskStore
    /// A second read-only connection for the part of a national or province page that does
    /// not depend on the first (its results), read at the same time; nil reads both in turn.
    let helper: TaskStore?
    /// The day pages count as of when the request names none (the executable reads the clock).
    let today: @Sendable () -> CivilDate

    public init(store: TaskStore, helper: TaskStore? = nil, today: @escaping @Sendable () -> CivilDate) {
        self.store = store
        self.helper = helper
        self.today = today
    }

    /// `status()` and `results(store)` at the same time when there is a helper connection,
    /// else one after the other on the one connection.
    func statusAndResults<A>(_ status: () throws -> A, _ results: @escaping @Sendable (TaskStore) throws -> ResultsReport) throws -> (A, ResultsReport) {
        guard let helper else { return (try status(), try results(store)) }
        return try BothAtOnce.run(status, { try results(helper) })
    }

    /// The answer to a GET of `target` (path and query as sent). Never throws: a failure is
    /// an error page in the request's language.
    public func respond(to target: String) -> (status: Int, contentType: String, body: String, headers: [String: String]) {
        let response = answer(target)
        return (response.status, response.contentType, response.body, response.headers)
    }

    func answer(_ target: String) -> DashboardResponse {
        // The language of an error page, even for a target refused before it is taken apart.
        let language = Self.language(of: target)
        let render = target.hasPrefix("/api/") ? ErrorPage.json : ErrorPage.render
        do {
            return try route(try RequestTarget(target))
        } catch let failure as DashboardFailure {
            return render(failure, language)
        } catch {
            return render(Self.failure(for: error), language)
        }
    }

    /// English when the query asks for it (`lang=en`), else Vietnamese.
    static func language(of target: String) -> Language {
        guard let query = target.split(separator: "?", maxSplits: 1).dropFirst().first else { return .vi }
        return query.split(separator: "&").contains("lang=en") ? .en : .vi
    }

    /// What a store error means for the reader: a plan, place or task that is not there is
    /// a 404, an unknown body in a filter a 400; anything else a 500 that shows no detail.
    static func failure(for error: any Error) -> DashboardFailure {
        guard let message = error as? any UserFacingError else { return .internalFailure }
        switch message.id {
        case "store.unknown-plan", "store.unknown-place", "store.plan-not-in-place", "change.unknown-task", "change.ambiguous-task",
             "change.retired":
            return .missing(vi: message.text(.vi), en: message.text(.en))
        case "store.unknown-agency":
            return .refused(vi: message.text(.vi), en: message.text(.en))
        default:
            return .internalFailure
        }
    }

    private func route(_ request: RequestTarget) throws -> DashboardResponse {
        let s = request.segments
        switch (s.first, s.count) {
        case (nil, _):
            return try NationalRoute(dashboard: self, query: request.query).page()
        case ("style.css", 1):
            return DashboardResponse(status: 200, contentType: "text/css; charset=utf-8", body: Stylesheet.text)
        case ("tinh", 2):
            return try ProvinceRoute(dashboard: self, slug: s[1], query: request.query).page()
        case ("xa", 2):
            return try CommuneRoute(dashboard: self, plan: s[1], query: request.query).page()
        case ("xa", 3):
            return try TaskRoute(dashboard: self, plan: s[1], task: s[2], query: request.query).page()
        case ("api", 2):
            return try APIRoutes(dashboard: self, query: request.query).answer(s[1])
        case ("csv", 2):
            return try CSVRoutes(dashboard: self, query: request.query).answer(s[1])
        default:
            throw DashboardFailure.notFound(path: "/" + s.joined(separator: "/"))
        }
    }

    /// The query's values checked against the parameters a route takes.
    func values(_ query: [String: String], allowed: [String]) throws -> QueryValues {
        try QueryValues(query, allowed: allowed, today: today())
    }

    func context(_ values: QueryValues) -> PageContext {
        PageContext(asOf: values.asOf, language: values.language, chosenAsOf: values.values["as_of"].flatMap { $0.isEmpty ? nil : values.asOf })
    }

    /// The warning of a page whose date is before every plan of `scope`, as the command
    /// line gives it (`AsOfBeforePlans`), or nil.
    func notice(_ scope: PlanScope, _ values: QueryValues) throws -> String? {
        try store.asOfBeforePlans(scope, asOf: values.asOf)?.text(values.language)
    }

    /// The status of the province whose address form is `slug`, and its name. The slug with
    /// spaces for dashes is a name the store matches (folded) in one indexed query; only a
    /// name with a dash of its own ("Bà Rịa - Vũng Tàu") needs the list of plans. An address
    /// that is not the canonical slug of the name found is not a page.
    func province(slug: String, asOf: CivilDate) throws -> (name: String, report: StatusReport) {
        if let report = try? store.status(PlanScope(province: String(slug.map { $0 == "-" ? " " : $0 })), asOf: asOf),
           let name = report.plans.first?.province, Slug.of(name) == slug {
            return (name, report)
        }
        let name = try Self.provinceName(slug: slug, in: store)
        return (name, try store.status(PlanScope(province: name), asOf: asOf))
    }

    /// The province whose page address is `/tinh/<slug>`, as its plans write it.
    static func provinceName(slug: String, in store: TaskStore) throws -> String {
        guard let name = try store.provinces().first(where: { Slug.of($0) == slug }) else { throw DashboardFailure.notFound(path: "/tinh/" + slug) }
        return name
    }

    /// Each commune's freshness in `province` (nil: all), or nil when this database receives
    /// no packages (a commune's own database: nothing to say).
    func freshness(province: String?) throws -> [CommuneFreshness]? {
        try PackageFreshnessSource.rows(store, province: province)
    }
}
