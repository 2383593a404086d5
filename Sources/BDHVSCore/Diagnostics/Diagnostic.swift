/// A place in a source file: 1-based line and column (columns count Unicode scalars,
/// as libyaml does).
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// A location in `file` at `line`, `column`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A problem found in an input file, printed the way compilers print them:
/// `FILE:LINE:COLUMN: error: message` (the `error:`/`warning:` keyword stays English in
/// every language, since editors and CI parse it).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is: an error stops the plan from loading, a warning does not.
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, as a typed message.
    public var message: any LocalizedMessage

    /// A diagnostic at `location`.
    public init(_ location: SourceLocation, _ severity: Severity = .error, _ message: any LocalizedMessage) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message` in `language`.
    public func rendered(_ language: Language) -> String {
        "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message.text(language))"
    }

    /// The English rendering (logs, test failures).
    public var description: String { rendered(.en) }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.location == rhs.location && lhs.severity == rhs.severity
            && lhs.message.id == rhs.message.id && lhs.message.text(.en) == rhs.message.text(.en)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(severity)
        hasher.combine(message.id)
        hasher.combine(message.text(.en))
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line, column, and without exact repeats.
    public func normalized() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sorted { ($0.location, $0.message.text(.en)) < ($1.location, $1.message.text(.en)) }
            .filter { seen.insert($0).inserted }
    }
}
