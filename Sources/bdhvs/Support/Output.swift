import ArgumentParser
import BDHVSCore
import Foundation

/// Writes text to standard output as it is (it already ends with a newline).
func emit(_ text: String) {
    Session.current.console.out(text)
}

/// Writes a value as JSON, or its text form.
func emit<T: Encodable>(_ value: T, format: FormatOption.Format, text: () -> String) throws {
    switch format {
    case .json: emit(try JSONOutput.render(value))
    case .text: emit(text())
    }
}

/// Prints diagnostics on standard error, compiler style, in the language of the run.
func report(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    let language = Session.current.language
    Session.current.console.err(diagnostics.map { $0.rendered(language) + "\n" }.joined())
}

/// Writes to `path`, or to standard output when there is none.
func writeOutput(_ data: Data, to path: String?) throws {
    guard let path else { return Session.current.console.out(data) }
    guard FileManager.default.createFile(atPath: path, contents: data) else { throw CommandError.cannotWrite(path: path) }
}

extension Language {
    /// The Vietnamese or the English wording.
    func pick(_ vietnamese: String, _ english: String) -> String { self == .vi ? vietnamese : english }
}
