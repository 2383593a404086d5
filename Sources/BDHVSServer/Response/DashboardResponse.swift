/// What the dashboard answers, before any socket: a status, a content type, a body and the
/// headers particular to it. `SecurityHeaders` adds the ones every answer carries.
struct DashboardResponse: Sendable, Equatable {
    var status: Int
    var contentType: String
    var body: String
    /// Extra headers (a download's file name, a cookie).
    var headers: [String: String] = [:]

    static func html(_ body: String, status: Int = 200) -> DashboardResponse {
        DashboardResponse(status: status, contentType: "text/html; charset=utf-8", body: body)
    }

    static func json(_ body: String, status: Int = 200) -> DashboardResponse {
        DashboardResponse(status: status, contentType: "application/json; charset=utf-8", body: body)
    }

    /// A CSV download named `file` (ASCII: the names are ours).
    static func csv(_ body: String, file: String) -> DashboardResponse {
        DashboardResponse(status: 200, contentType: "text/csv; charset=utf-8", body: body,
                          headers: ["Content-Disposition": "attachment; filename=\"\(file)\""])
    }
}
