import Foundation
import Testing

/// The example plans shipped in `Plans/`, as paths relative to the package root (the
/// working directory of every run).
enum ExamplePlan {
    static let dongTraBong = "Plans/dong-tra-bong-2025.yaml"
    static let nghiaGiang = "Plans/nghia-giang-2026.yaml"
}

extension CLI {
    /// Loads plan files into the sandbox's database, expecting success.
    func load(_ files: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(["plan", "load"] + files)
        #expect(result.succeeded, "loading \(files) failed: \(result)", sourceLocation: sourceLocation)
    }
}

/// Standard output parsed as JSON.
func parseJSON(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
    do {
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    } catch {
        Issue.record("standard output is not JSON: \(error)\n\(result)", sourceLocation: sourceLocation)
        throw error
    }
}

/// A JSON object, or a recorded issue.
func object(_ value: Any?, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    try #require(value as? [String: Any], "expected a JSON object, found \(String(describing: value))", sourceLocation: sourceLocation)
}

/// A JSON array, or a recorded issue.
func array(_ value: Any?, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Any] {
    try #require(value as? [Any], "expected a JSON array, found \(String(describing: value))", sourceLocation: sourceLocation)
}

/// Days from `from` to `to`, both ISO dates (YYYY-MM-DD), counted in UTC.
func daysBetween(_ from: String, _ to: String) -> Int? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    guard let a = formatter.date(from: from), let b = formatter.date(from: to) else { return nil }
    return Int((b.timeIntervalSince(a) / 86_400).rounded())
}
