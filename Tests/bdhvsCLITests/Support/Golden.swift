import Foundation
import Testing

/// Golden files: the expected output of a run, in `Tests/bdhvsCLITests/Golden/NAME.txt`.
///
/// A missing file is recorded, and so is every file when `BDHVS_RECORD=1` is set; a test
/// that records fails with "recorded NAME; re-run", so a recording is never mistaken for
/// a pass. Read a recorded file before committing it.
enum Golden {
    static let directory = CLI.packageRoot.appendingPathComponent("Tests/bdhvsCLITests/Golden", isDirectory: true)

    static var isRecording: Bool { ProcessInfo.processInfo.environment["BDHVS_RECORD"] == "1" }

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name + ".txt") }

    /// Expects `actual` to equal the golden file `name`, or records it.
    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = url(name)
        let existing = try? String(contentsOf: file, encoding: .utf8)
        guard let expected = existing, !isRecording else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
                Issue.record("recorded \(name); re-run", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(name) at \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        if actual != expected {
            let diff = difference(expected: expected, actual: actual)
            Issue.record("output differs from golden \(name) (re-record with BDHVS_RECORD=1 if the change is right):\n\(diff)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Expects the run's transcript (see `CLI.Result.transcript`) to match `name`.
    static func expect(_ result: CLI.Result, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expect(result.transcript, matches: name, sourceLocation: sourceLocation)
    }

    /// The lines that differ, numbered, `-` for the golden file and `+` for the output.
    static func difference(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            if a == b { continue }
            if let a { lines.append("\(index + 1)- \(a)") }
            if let b { lines.append("\(index + 1)+ \(b)") }
            if lines.count > 40 {
                lines.append("…")
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
