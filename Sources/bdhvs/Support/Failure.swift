import ArgumentParser
import BDHVSCore
import Foundation

/// Exit codes, chosen once: 0 success, 1 the input is invalid or refused (plan file errors,
/// an update that does not apply), 2 the command could not run (database; an unknown plan,
/// task or agency), 64 wrong usage (ArgumentParser's own).
enum Failure {
    static let invalidInput: Int32 = 1
    static let operational: Int32 = 2
    /// The language of error messages, set from `--lang` when the options are validated
    /// (one command runs per process).
    nonisolated(unsafe) static var language: Language = .vi

    /// Runs `body`; a store or change error becomes one line on standard error and its exit code.
    static func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            printError(error.text(language))
            throw ExitCode(operational)
        } catch let error as ChangeError {
            printError(error.text(language))
            switch error {
            case .unknownTask, .ambiguousTask, .unknownIndicator, .ambiguousIndicator: throw ExitCode(operational)
            default: throw ExitCode(invalidInput)
            }
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("bdhvs: error: \(message)\n".utf8))
    }
}

/// Writes text to standard output as it is (it already ends with a newline).
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Writes a value as JSON, or its text form.
func emit<T: Encodable>(_ value: T, format: FormatOption.Format, text: () -> String) throws {
    switch format {
    case .json: emit(try JSONOutput.render(value))
    case .text: emit(text())
    }
}
