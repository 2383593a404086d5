import BDHVSTestSupport
import Foundation
import Testing

/// `bdhvs serve` as a user runs it: the real executable on a free loopback port, asked over
/// a socket; each level's numbers equal the CLI's JSON for the same as-of date.
@Suite struct ServeCLITests {
    /// A running `bdhvs serve` and its port; stopped (SIGTERM) by `stop`.
    final class Server {
        let process: RunningProcess
        let port: Int
        let startUp: String

        init(_ cli: CLI, _ arguments: [String]) throws {
            process = try RunningProcess(try CLI.executable(), ["serve", "--port", "0"] + arguments,
                                         environment: cli.sandboxEnvironment(overrides: [:]), in: CLI.packageRoot, scratch: cli.directory)
            let deadline = Date().addingTimeInterval(60)
            var found: (Int, String)?
            while found == nil, Date() < deadline {
                let text = process.outputSoFar()
                if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                    let port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast())
                    found = port.map { ($0, text) }
                } else {
                    usleep(20_000)
                }
            }
            guard let found else {
                process.stop()
                throw HTTPProbe.Failure(description: "serve did not start: \(try process.wait(until: Date().addingTimeInterval(10)))")
            }
            (port, startUp) = found
        }

        func get(_ target: String) throws -> HTTPProbe.Answer { try HTTPProbe.request(port: port, target) }

        func stop() throws -> RunningProcess.Finished {
            process.stop()
            return try process.wait(until: Date().addingTimeInterval(30))
        }
    }

    static let categories = ["done_on_time", "done_late", "in_progress", "overdue", "ongoing", "deadline_unknown"]

    /// The six counts of a page (`data-key` cells), as integers.
    func pageCounts(_ html: String) -> [Int] {
        Self.categories.map { key in
            guard let range = html.range(of: "data-key=\"\(key)\">") else { return -1 }
            let rest = html[range.upperBound...]
            return Int(rest[..<rest.firstIndex(of: "<")!].replacingOccurrences(of: ".", with: "")) ?? -1
        }
    }

    func cliCounts(_ cli: CLI, _ arguments: [String]) throws -> [Int] {
        let counts = try object(object(parseJSON(try cli.run(["plan", "status", "--format", "json"] + arguments)))["counts"])
        return Self.categories.map { counts[$0] as? Int ?? -2 }
    }

    @Test func eachLevelEqualsTheCLIsJSON() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong, "Plans/nghia-giang-2025.yaml", "Plans/viet-hung-2025.yaml")
        #expect(try cli.run("task", "done", "nv1", "--plan", "dong-tra-bong-2025", "--on", "2025-09-03", "--as-of", "2025-09-05").exitCode == 0)
        let server = try Server(cli, ["--as-of", "2025-12-31"])
        #expect(server.startUp.hasPrefix("Bảng theo dõi (chỉ đọc "))
        for asOf in ["2025-12-31", "2025-09-30"] {
            let pages: [(String, [String])] = [
                ("/?as_of=\(asOf)", []),
                ("/tinh/quang-ngai?as_of=\(asOf)", ["--province", "Quảng Ngãi"]),
                ("/tinh/ha-noi?as_of=\(asOf)", ["--province", "Hà Nội"]),
                ("/xa/dong-tra-bong-2025?as_of=\(asOf)", ["dong-tra-bong-2025"]),
                ("/xa/nghia-giang-2025?as_of=\(asOf)", ["nghia-giang-2025"]),
            ]
            for (target, arguments) in pages {
                let answer = try server.get(target)
                #expect(answer.status == 200, "\(target)")
                #expect(pageCounts(answer.body) == (try cliCounts(cli, arguments + ["--as-of", asOf])), "\(target)")
            }
            let api = try server.get("/api/status?province=quang+ngai&as_of=\(asOf)")
            #expect(api.body == (try cli.run("plan", "status", "--province", "quang ngai", "--format", "json", "--as-of", asOf)).stdout)
        }
        let task = try server.get("/xa/dong-tra-bong-2025/nv1")
        #expect(task.body.contains("<dt>Tình trạng</dt><dd>Hoàn thành quá hạn</dd>"))
        let missing = try server.get("/xa/..%2F..%2Fetc%2Fpasswd")
        #expect(missing.status == 400)
        #expect(missing.headers["content-security-policy"]?.hasPrefix("default-src 'none'") == true)
        #expect(missing.headers["x-content-type-options"] == "nosniff")
        let post = try HTTPProbe.request(port: server.port, "/", method: "POST")
        #expect(post.status == 405)
        let finished = try server.stop()
        #expect(finished.stderr == "")
    }

    @Test func anotherAddressWithoutATokenDoesNotStart() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        let refused = try cli.runBinary(["serve", "--bind", "0.0.0.0", "--port", "0"], timeout: 60)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "bdhvs: error: địa chỉ '0.0.0.0' không chỉ dành cho máy này: cần tệp mã truy cập để người khác trên mạng không xem được dữ liệu\n")
        let weak = try cli.write("token.txt", "ngan\n")
        let short = try cli.runBinary(["serve", "--bind", "0.0.0.0", "--port", "0", "--token-file", weak, "--lang", "en"], timeout: 60)
        #expect(short.exitCode == 1)
        #expect(short.stderr == "bdhvs: error: the access token in '<TMP>/token.txt' must be at least 16 characters of ASCII letters, digits and -._~+/=\n")
    }

    /// A second dashboard on a port in use, or on an address that is not this machine's,
    /// says so in the user's language, not with the socket library's English text.
    @Test func aPortInUseOrAnotherMachinesAddressIsSaidPlainly() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        let server = try Server(cli, [])
        defer { _ = try? server.stop() }
        let second = try cli.runBinary(["serve", "--port", "\(server.port)"], timeout: 60)
        #expect(second.exitCode == 2)
        #expect(second.stderr == "bdhvs: error: cổng \(server.port) trên '127.0.0.1' đang được một chương trình khác dùng (có thể là một 'bdhvs serve' khác); hãy chọn cổng khác\n")
        let token = try cli.write("token.txt", "a-long-enough-token-42\n")
        let elsewhere = try cli.runBinary(["serve", "--bind", "999.1.1.1", "--port", "0", "--token-file", token, "--lang", "en"], timeout: 60)
        #expect(elsewhere.exitCode == 2)
        #expect(elsewhere.stderr == "bdhvs: error: '999.1.1.1' is not an address of this machine; expected one of its IP addresses, such as 127.0.0.1 or 0.0.0.0\n")
    }

    @Test func aTokenProtectedServerSaysSoAndAdmitsOnlyTheToken() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        let file = try cli.write("token.txt", "a-long-enough-token-42\n")
        let server = try Server(cli, ["--bind", "127.0.0.1", "--token-file", file, "--lang", "en"])
        #expect(server.startUp.contains("An access token is required: open http://127.0.0.1:\(server.port)/?token=… (compared in constant time)."))
        #expect(try server.get("/").status == 401)
        let admitted = try server.get("/?token=a-long-enough-token-42")
        #expect(admitted.status == 200)
        #expect(admitted.headers["cache-control"] == "no-store")
        #expect(admitted.headers["set-cookie"]?.hasPrefix("bdhvs_token=a-long-enough-token-42; Path=/; HttpOnly; SameSite=Strict") == true)
        _ = try server.stop()
    }
}
