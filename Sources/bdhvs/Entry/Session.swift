import BDHVSCore
import Foundation

/// What one run of bdhvs is given from outside: the language chosen at start-up, the
/// environment, where output goes and the clock. It is decided once, in `Entry.run`, and
/// reaches every command as a task-local value, so a test can run a command in process with
/// its own environment and capture its output, and no command reads a process-wide global.
struct Session: Sendable {
    /// The language of messages and help, decided from `--lang` or `BDHVS_LANG`.
    var language: Language
    /// The environment variables the run sees.
    var environment: [String: String]
    /// Where standard output and standard error go.
    var console: Console
    /// Seconds since 1970 now; read only when no as-of date is given.
    var now: @Sendable () -> Int64

    /// The session of the current run.
    @TaskLocal static var current = Session(
        language: .vi, environment: ProcessInfo.processInfo.environment, console: .standard,
        now: { Int64(Date().timeIntervalSince1970) })
}

/// Standard output and standard error, or buffers that capture them (in-process tests).
final class Console: @unchecked Sendable {
    /// The process's own standard output and standard error.
    static let standard = Console(capturing: false)

    private let capturing: Bool
    private let lock = NSLock()
    private var outBuffer = Data()
    private var errBuffer = Data()

    /// A console that keeps what is written when `capturing`, else writes to the process's streams.
    init(capturing: Bool) {
        self.capturing = capturing
    }

    /// Writes `text` to standard output as it is.
    func out(_ text: String) { out(Data(text.utf8)) }

    /// Writes bytes to standard output.
    func out(_ data: Data) {
        guard capturing else { return FileHandle.standardOutput.write(data) }
        lock.withLock { outBuffer.append(data) }
    }

    /// Writes `text` to standard error, each line made terminal-safe: an error quotes what the
    /// user or a file gave (a key, a task id), which may hold an escape sequence.
    func err(_ text: String) {
        let safe = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.line(String($0)) }
            .joined(separator: "\n")
        guard capturing else { return FileHandle.standardError.write(Data(safe.utf8)) }
        lock.withLock { errBuffer.append(Data(safe.utf8)) }
    }

    /// What was captured on standard output.
    var capturedOut: Data { lock.withLock { outBuffer } }
    /// What was captured on standard error.
    var capturedErr: Data { lock.withLock { errBuffer } }
}
