import BDHVSCore
import Hummingbird
import Logging
import HTTPTypes
import NIOCore

/// The dashboard over HTTP/1.1 (Hummingbird): carries bytes between a socket and
/// `Dashboard`, checks the method and the token, and adds the security headers.
public struct DashboardServer: Sendable {
    /// The read-only connections requests share.
    public let readers: ReaderPool
    public let host: String
    public let port: Int
    /// Required when `host` is not a loopback address.
    public let token: AccessToken?

    public init(readers: ReaderPool, host: String, port: Int, token: AccessToken?) throws(ServeError) {
        guard Self.isLoopback(host) || token != nil else { throw ServeError.tokenNeeded(host: host) }
        self.readers = readers
        self.host = host
        self.port = port
        self.token = token
    }

    /// A server with one reader (tests; a pool of one serialises every request).
    public init(dashboard: Dashboard, host: String, port: Int, token: AccessToken?) throws(ServeError) {
        try self.init(readers: ReaderPool([dashboard]), host: host, port: port, token: token)
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
            await self.respond(method: request.method, target: request.head.path ?? "/", headers: request.headers)
        }
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await started(channel.localAddress?.port ?? 0) },
            logger: logger)
        if handleSignals { try await app.runService() } else { try await app.run() }
    }

    func respond(method: HTTPRequest.Method, target: String, headers: HTTPFields) async -> Response {
        let language = Dashboard.language(of: target)
        var answer: DashboardResponse
        var cookie: String?
        var origin = ReaderPool.Origin.built(waited: .zero, building: .zero)
        let render = target.hasPrefix("/api/") ? ErrorPage.json : ErrorPage.render
        if method != .get && method != .head {
            answer = render(.methodNotAllowed(method.rawValue), language)
        } else if let token, !admitted(token, target: target, headers: headers, cookie: &cookie) {
            answer = render(.unauthorized, language)
        } else {
            // A reload (`Cache-Control: no-cache`, as browsers send it) builds the page again.
            let fresh = headers[.cacheControl]?.contains("no-cache") == true
            (answer, origin) = await readers.answer(target, fresh: fresh)
        }
        if let cookie { answer.headers["Set-Cookie"] = cookie }
        var fields = HTTPFields()
        fields[.contentType] = answer.contentType
        for (name, value) in SecurityHeaders.headers(protected: token != nil) + answer.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        if answer.status == 405 { fields[.allow] = "GET, HEAD" }
        fields[HTTPField.Name("Server-Timing")!] = Self.timing(origin)
        let body = ByteBuffer(string: method == .head ? "" : answer.body)
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields, body: ResponseBody(byteBuffer: body))
    }

    /// How long the page took to build on the server and how long it waited for a free
    /// reader, or that it was kept from before (the standard Server-Timing header, in ms), so
    /// that page speed can be measured from outside without a profiler, apart from the load
    /// of the moment.
    static func timing(_ origin: ReaderPool.Origin) -> String {
        switch origin {
        case .kept: return "cache;desc=hit"
        case .built(let waited, let building): return "app;dur=\(milliseconds(building)), wait;dur=\(milliseconds(waited))"
        }
    }

    /// `duration` in milliseconds with three decimals ("12.345").
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// Whether the request brings the token; when it came in the query, the cookie to set.
    private func admitted(_ token: AccessToken, target: String, headers: HTTPFields, cookie: inout String?) -> Bool {
        let query = (try? RequestTarget(target))?.query["token"]
        guard token.admits(query: query, authorization: headers[.authorization], cookie: headers[.cookie]) else { return false }
        if query != nil { cookie = token.cookie }
        return true
    }
}

