import ArgumentParser
import BDHVSCore
import BDHVSServer
import Foundation

/// `bdhvs serve`: the read-only dashboard in the browser (issue 16). Everything it does is
/// in `BDHVSServer`; this command reads the options, opens the database read-only, prints
/// where to look and waits.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: Help.text("Mở bảng theo dõi trên trình duyệt (chỉ đọc).", "Serve the read-only dashboard to a browser."),
            discussion: Help.text(
                """
                Toàn quốc → tỉnh → xã → nhiệm vụ, tính đến ngày chọn trên trang, tải mọi bảng dạng CSV, API JSON \
                giống --format json. Chỉ máy này xem được (127.0.0.1), trừ khi --bind địa chỉ khác kèm --token-file.

                Ví dụ: bdhvs serve --db tinh.sqlite --port 8080
                """,
                """
                Nationwide → province → commune → task, as of a date chosen in the page, every table as CSV, \
                a JSON API like --format json. Only this machine can see it (127.0.0.1), unless --bind names \
                another address together with --token-file.

                Example: bdhvs serve --db tinh.sqlite --port 8080
                """))
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(Help.text("Địa chỉ nghe (127.0.0.1: chỉ máy này).", "Address to listen on (127.0.0.1: this machine only)."),
                               valueName: Help.value("address")))
    var bind = "127.0.0.1"

    @Option(help: ArgumentHelp(Help.text("Cổng (0: một cổng trống).", "Port (0: any free port)."), valueName: Help.value("port")))
    var port: Port = Port(value: 8080)

    @Option(name: .customLong("token-file"), help: ArgumentHelp(Help.text(
        "Tệp chứa mã truy cập (dòng đầu, ít nhất 16 ký tự); bắt buộc khi --bind không phải 127.0.0.1.",
        "File holding the access token (first line, at least 16 characters); required when --bind is not 127.0.0.1."), valueName: Help.value("file")))
    var tokenFile: String?

    func run() throws {
        let l = global.language
        let token = try tokenFile.map(Self.readToken)
        // Several read-only connections, so that requests do not wait for each other; none
        // migrates or writes (an older database is refused, see `TaskStore.Access.readOnly`).
        let stores = try (0..<ReaderPool.defaultSize).map { _ in try global.openStore(.readOnly) }
        let fixed: CivilDate? = global.asOf == nil && Session.current.environment[Invocation.todayVariable] == nil ? nil : try global.asOfDate()
        let now = Session.current.now
        let today: @Sendable () -> CivilDate = {
            fixed ?? CivilDate.today(epochSeconds: now(), utcOffsetSeconds: CivilDate.vietnamUTCOffsetSeconds)
        }
        // One more connection watches for changes, so that pages are kept until the data moves.
        let cache = PageCache(watcher: try global.openStore(.readOnly))
        // Each reader has a helper connection, so that a national or province page reads its
        // status and its results at the same time (on 2 cores the national page's second).
        let readers = ReaderPool(try stores.map { Dashboard(store: $0, helper: try global.openStore(.readOnly), today: today) }, cache: cache)
        let server = try DashboardServer(readers: readers, host: bind, port: port.value, token: token)
        let console = Session.current.console
        let database = global.databasePath
        let host = bind.contains(":") ? "[\(bind)]" : bind
        try AsyncBridge.wait {
            do {
                try await server.run(handleSignals: true) { bound in
                    var text = l == .vi
                        ? "Bảng theo dõi (chỉ đọc \(database)): http://\(host):\(bound)/\n"
                        : "Dashboard (reading \(database) only): http://\(host):\(bound)/\n"
                    if token != nil {
                        text += l == .vi
                            ? "Cần mã truy cập: mở http://\(host):\(bound)/?token=… (so sánh trong thời gian không đổi).\n"
                            : "An access token is required: open http://\(host):\(bound)/?token=… (compared in constant time).\n"
                    }
                    text += l == .vi ? "Dừng: Ctrl+C.\n" : "Stop: Ctrl+C.\n"
                    console.out(text)
                }
            } catch let error as ServeError {
                throw error
            } catch {
                throw ServeError.cannotBind(host: bind, port: port.value, problem: BindProblem(error))
            }
        }
    }

    /// The token of `path`, or a refusal saying why not.
    static func readToken(_ path: String) throws -> AccessToken {
        guard let data = FileManager.default.contents(atPath: path) else { throw ServeError.tokenFileUnreadable(path: path) }
        guard let token = AccessToken(fileContents: String(decoding: data, as: UTF8.self)) else { throw ServeError.weakToken(path: path) }
        return token
    }
}

/// A port number, 0 to 65535.
struct Port: ExpressibleByArgument, Sendable {
    var value: Int

    init(value: Int) { self.value = value }

    init?(argument: String) {
        guard let number = Int(argument), (0...65_535).contains(number) else { return nil }
        value = number
    }

    /// "8080" in the help's default, not the struct's description ("Port(value: 8080)").
    var defaultValueDescription: String { String(value) }
}

/// Runs async work to its end from the synchronous command tree.
enum AsyncBridge {
    static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let outcome = OutcomeBox()
        Task {
            do { try await work() } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    private final class OutcomeBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        var error: (any Error)? { lock.withLock { stored } }
        func set(_ error: any Error) { lock.withLock { stored = error } }
    }
}
