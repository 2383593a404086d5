import Foundation

/// The one way the tests start a program: the built `bdhvs` where only a process shows what
/// is tested, and tools such as python3 or sqlite3. Output goes through files in a scratch
/// folder, so a child that writes a lot never blocks on a full pipe.
public final class RunningProcess {
    /// What a finished process left.
    public struct Finished: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The program did not end in time (it was killed).
    public struct TimedOut: Error, CustomStringConvertible {
        public var arguments: [String]
        public var description: String { "\(arguments.joined(separator: " ")) did not finish in time" }
    }

    public let arguments: [String]
    private let process = Process()
    private let outURL: URL
    private let errURL: URL

    /// Starts `executable` with `arguments`; `environment` nil inherits this process's.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil,
                scratch: URL) throws {
        self.arguments = arguments
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let runID = UUID().uuidString
        outURL = scratch.appendingPathComponent(".stdout-\(runID)")
        errURL = scratch.appendingPathComponent(".stderr-\(runID)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    deinit {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }

    /// What the process has written to standard output so far (a server's start-up line).
    public func outputSoFar() -> String {
        String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    }

    /// Asks the process to end (SIGTERM), as Ctrl+C or a service manager would.
    public func stop() {
        if process.isRunning { process.terminate() }
    }

    /// Waits until the process ends (killing it after `deadline`) and returns what it left.
    public func wait(until deadline: Date) throws -> Finished {
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw TimedOut(arguments: arguments)
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        return Finished(status: process.terminationStatus,
                        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs `executable` with `arguments` to its end (at most `timeout` seconds).
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil,
                           scratch: URL, timeout: TimeInterval = 120) throws -> Finished {
        try RunningProcess(executable, arguments, environment: environment, in: directory, scratch: scratch)
            .wait(until: Date().addingTimeInterval(timeout))
    }

    /// Runs a program found on PATH (through /usr/bin/env) in a scratch folder of its own;
    /// nil when it cannot be started.
    public static func tool(_ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 180) -> Finished? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-tool-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try? run(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: directory, scratch: scratch, timeout: timeout)
    }
}
