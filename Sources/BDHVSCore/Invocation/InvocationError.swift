/// A flag or environment value that cannot be used.
public enum InvocationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `text`, given as `source` (an option or variable, named by the caller), is not a date.
    case invalidDate(text: String, source: String, problem: TimelineProblem)
    /// `text` is a day and month with a year of fewer than four digits ("1/1/25", "0/0/0").
    case shortYear(text: String, source: String, year: String)

    /// The English rendering.
    public var description: String { text(.en) }
}

extension InvocationError: UserFacingError {
    public var id: String {
        switch self {
        case .invalidDate: return "invocation.invalid-date"
        case .shortYear: return "invocation.short-year"
        }
    }

    /// A value the user gave is refused.
    public var failure: FailureKind { .invalidInput }

    public func text(_ language: Language) -> String {
        switch self {
        case .shortYear(let text, let source, let year):
            return language == .vi
                ? "\(source) '\(text)' không phải là ngày: năm '\(year)' phải viết đủ 4 chữ số; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025"
                : "\(source) '\(text)' is not a date: the year '\(year)' must be written with 4 digits; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"
        case .invalidDate(let text, let source, let problem):
            let reason = Self.reason(problem, language)
            // A text not read as a date at all is answered with the forms already; say them once.
            switch problem.reason {
            case .dateNotUnderstood, .dateWithoutYear:
                return language == .vi ? "\(source) '\(text)' không phải là ngày: \(reason)" : "\(source) '\(text)' is not a date: \(reason)"
            default: break
            }
            return language == .vi
                ? "\(source) '\(text)' không phải là ngày: \(reason); cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025"
                : "\(source) '\(text)' is not a date: \(reason); expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"
        }
    }

    /// The timeline parser's own wording of the problem, in `language` once it has one.
    private static func reason(_ problem: TimelineProblem, _ language: Language) -> String {
        if let message = (problem as Any) as? any LocalizedMessage { return message.text(language) }
        return problem.message
    }
}
