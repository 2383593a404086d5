import BDHVSCore
import Hummingbird
import Logging
import HTTPTypes
import NIOCore

/// The dashboard over HTTP/1.1 (Hummingbird): carries bytes between a socket and
/// `Dashboard`, checks the method and the token, and adds the security headers.
public struct DashboardServer: Sendable {
    public let dashboard: Dashboard
    public let host: String
    public let port: Int
    /// Required when `host` is not a loopback address.
    public let token: AccessToken?

    public init(dashboard: Dashboard, host: String, port: Int, token: AccessToken?) throws(ServeError) {
        guard Self.isLoopback(host) || token != nil else { throw ServeError.tokenNeeded(host: host) }
        self.dashboard = dashboard
        self.host = host
        self.port = port
        self.token = token
    }

    /// Whether `host` names this machine only: 127.0.0.0/8, ::1 or "localhost".
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Serves until the task is cancelled (or, with `signals`, until SIGINT/SIGTERM);
    /// `started` gets the port actually bound (useful with port 0: a free one).
    public func run(handleSignals: Bool, started: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "bdhvs-serve")
        logger.logLevel = .error
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            self.respond(method: request.method, target: request.head.path ?? "/", headers: request.headers)
        }
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await started(channel.localAddress?.port ?? 0) },
            logger: logger)
        if handleSignals { try await app.runService() } else { try await app.run() }
    }

    func respond(method: HTTPRequest.Method, target: String, headers: HTTPFields) -> Response {
        let clock = ContinuousClock(), start = clock.now
        let language = Dashboard.language(of: target)
        var answer: DashboardResponse
        var cookie: String?
        if method != .get && method != .head {
            answer = ErrorPage.render(.methodNotAllowed(method.rawValue), language: language)
        } else if let token, !admitted(token, target: target, headers: headers, cookie: &cookie) {
            answer = ErrorPage.render(.unauthorized, language: language)
        } else {
            answer = dashboard.answer(target)
        }
        if let cookie { answer.headers["Set-Cookie"] = cookie }
        var fields = HTTPFields()
        fields[.contentType] = answer.contentType
        for (name, value) in SecurityHeaders.headers(protected: token != nil) + answer.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        if answer.status == 405 { fields[.allow] = "GET, HEAD" }
        // How long the answer took to build on the server (the standard Server-Timing header),
        // so that page speed can be measured from outside without a profiler.
        let elapsed = clock.now - start
        let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        fields[HTTPField.Name("Server-Timing")!] = "app;dur=\(microseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
        let body = ByteBuffer(string: method == .head ? "" : answer.body)
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields, body: ResponseBody(byteBuffer: body))
    }

    /// Whether the request brings the token; when it came in the query, the cookie to set.
    private func admitted(_ token: AccessToken, target: String, headers: HTTPFields, cookie: inout String?) -> Bool {
        let query = (try? RequestTarget(target))?.query["token"]
        guard token.admits(query: query, authorization: headers[.authorization], cookie: headers[.cookie]) else { return false }
        if query != nil { cookie = token.cookie }
        return true
    }
}

