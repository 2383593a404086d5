import Foundation
import Testing
@testable import bdhvs
import BDHVSTestSupport

/// Runs bdhvs the way a user would, in a sandbox of its own: in this process (`run`), or
/// as the built executable (`runBinary`) where only a process shows what is tested.
///
/// Each `CLI` owns a fresh temporary directory, removed when the value goes away. Every run
/// gets a database inside it (`BDHVS_DB`), a `HOME` and `XDG_DATA_HOME` inside it, no
/// `BDHVS_TODAY` and no other `BDHVS_*` variable from the host, and the package root as its
/// working directory, so that `Plans/…` paths work and nothing of the host leaks in.
final class CLI {
    /// The sandbox directory of this test.
    let directory: URL
    /// The database file every run uses unless told otherwise.
    let databasePath: String

    init() throws {
        let base = FileManager.default.temporaryDirectory
        directory = base.appendingPathComponent("bdhvs-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        databasePath = directory.appendingPathComponent("bdhvs.sqlite").path
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// What one run of the executable did.
    struct Result: CustomStringConvertible {
        var arguments: [String]
        var exitCode: Int32
        var stdout: String
        var stderr: String

        /// Exit code 0 and nothing on standard error.
        var succeeded: Bool { exitCode == 0 && stderr.isEmpty }

        /// Standard error split into lines, without the final empty one.
        var stderrLines: [String] { lines(stderr) }
        /// Standard output split into lines, without the final empty one.
        var stdoutLines: [String] { lines(stdout) }

        /// What golden files hold: standard output alone for a run that succeeded with
        /// nothing on standard error; otherwise an `exit: N` line followed by a
        /// `--- stdout` and a `--- stderr` section.
        var transcript: String {
            if succeeded { return stdout }
            return "exit: \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
        }

        var description: String {
            "bdhvs \(arguments.joined(separator: " ")) → exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
        }

        private func lines(_ text: String) -> [String] {
            var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if parts.last == "" { parts.removeLast() }
            return parts
        }
    }

    /// Runs `bdhvs arguments…` in this process, as the executable's `main` would (same
    /// parsing, same exit codes, output captured). `environment` adds or overrides
    /// variables; a nil value removes one (for example `["BDHVS_DB": nil]` to use the default
    /// location). Output has the sandbox's paths replaced with `<DB>` (the database) and
    /// `<TMP>` (the rest). Relative paths are read from the package root.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String?] = [:]) throws -> Result {
        try run(arguments, environment: environment)
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Result {
        Self.enterPackageRoot
        var variables = sandboxEnvironment(overrides: environment)
        // Help is wrapped to 80 columns, whatever terminal runs the tests.
        if variables["COLUMNS"] == nil { variables["COLUMNS"] = "80" }
        let console = Console(capturing: true)
        let code = Entry.run(arguments, environment: variables, console: console)
        return Result(arguments: arguments, exitCode: code,
                      stdout: sanitize(String(decoding: console.capturedOut, as: UTF8.self)),
                      stderr: sanitize(String(decoding: console.capturedErr, as: UTF8.self)))
    }

    /// Runs the built `bdhvs` executable, for what only a process shows: the exit status
    /// of the real program, several processes at once. Otherwise like `run`.
    @discardableResult
    func runBinary(_ arguments: [String], environment: [String: String?] = [:], timeout: TimeInterval = 120) throws -> Result {
        let finished = try RunningProcess.run(try Self.executable(), arguments, environment: sandboxEnvironment(overrides: environment),
                                              in: Self.packageRoot, scratch: directory, timeout: timeout)
        return Result(arguments: arguments, exitCode: finished.status, stdout: sanitize(finished.stdout), stderr: sanitize(finished.stderr))
    }

    /// In-process runs read relative paths (`Plans/…`) from the working directory, which
    /// is the package root for every run, as for the executable.
    private static let enterPackageRoot: Void = {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    }()

    /// The host's environment without anything that could change what bdhvs does, plus
    /// the sandbox's database, home and data directories, plus `overrides`.
    func sandboxEnvironment(overrides: [String: String?]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("BDHVS_") { environment[key] = nil }
        // ArgumentParser wraps help to $COLUMNS; keep the default width.
        environment["COLUMNS"] = nil
        environment["LINES"] = nil
        environment["HOME"] = directory.appendingPathComponent("home").path
        environment["XDG_DATA_HOME"] = directory.appendingPathComponent("xdg-data").path
        environment["BDHVS_DB"] = databasePath
        for (key, value) in overrides { environment[key] = value }
        return environment
    }

    /// Replaces the sandbox's paths with placeholders, so output is the same on every run.
    func sanitize(_ text: String) -> String {
        text.replacingOccurrences(of: databasePath, with: "<DB>")
            .replacingOccurrences(of: directory.path, with: "<TMP>")
    }

    // MARK: - Files in the sandbox

    /// Writes `text` to `name` in the sandbox and returns its absolute path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// An absolute path in the sandbox (nothing is created).
    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    // MARK: - Where things are

    /// The package root, the working directory of every run.
    static var packageRoot: URL { PackageRoot.url }

    /// A file of the package, read as text (e.g. `Schemas/plan.schema.json`).
    static func packageFile(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The `bdhvs` executable built next to the test bundle: on Linux the products
    /// directory is the one holding the `.xctest` bundle (which is `Bundle.main`); on macOS
    /// the bundle's parent. `.build/debug/bdhvs` in the package is the last resort.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        if let main = Bundle.main.executableURL { candidates.append(main.deletingLastPathComponent()) }
        if let argument = CommandLine.arguments.first, argument.contains("/") {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        let executables = candidates.map { $0.appendingPathComponent("bdhvs") }
        for url in executables where FileManager.default.isExecutableFile(atPath: url.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return url
            }
        }
        throw CLIError.executableNotFound(searched: executables.map(\.path))
    }
}

/// Why a run could not happen at all.
enum CLIError: Error, CustomStringConvertible {
    case executableNotFound(searched: [String])

    var description: String {
        switch self {
        case .executableNotFound(let searched):
            return "the bdhvs executable was not found; build it with 'swift build' (looked in: "
                + searched.joined(separator: ", ") + ")"
        }
    }
}
