import Foundation
import Yams

/// What the officer writes for a report: the parts tracked data cannot say. Read from a
/// small YAML file (`--notes`); anything left out is printed as a marked blank.
public struct ReportNotes: Codable, Sendable, Equatable {
    /// "12/BC-UBND"
    public var number: String?
    /// The report's date, d/m/yyyy or yyyy-mm-dd (default: the as-of date).
    public var date: String?
    /// I. Đặc điểm, tình hình: area, population, villages, founding resolution.
    public var profile: String?
    /// Documents issued to lead the work, beyond the plan itself.
    public var documents: [String]?
    /// Results worth telling that the data does not hold.
    public var results: String?
    public var strengths: String?
    public var shortcomings: String?
    public var lessons: String?
    public var directions: String?
    public var proposals: String?
    public var recipients: [String]?
    public var signer: Signer?

    public init() {}

    /// The keys a notes file may have.
    static let keys = ["number", "date", "profile", "documents", "results", "strengths", "shortcomings", "lessons",
                       "directions", "proposals", "recipients", "signer"]

    /// Reads notes from YAML text; problems are diagnostics with their line and column.
    public static func parse(_ text: String, file: String) throws -> ReportNotes {
        // An empty file (or one of comments) is notes with nothing written yet.
        if text.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }) {
            return ReportNotes()
        }
        let composed = YAMLSource.compose(text, file: file)
        guard let root = composed.node else { throw ReportNotesError(diagnostics: composed.diagnostics) }
        func at(_ node: Node, _ message: any LocalizedMessage) -> Diagnostic {
            Diagnostic(SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1), .error, message)
        }
        guard let mapping = root.mapping else {
            throw ReportNotesError(diagnostics: [at(root, ReportNotesMessage.notAMapping)])
        }
        var problems: [Diagnostic] = []
        func checkKeys(_ mapping: Node.Mapping, _ allowed: [String], _ owner: ReportNotesMessage.Owner) {
            for key in mapping.keys {
                let name = key.scalar?.string ?? ""
                if !allowed.contains(name) {
                    problems.append(at(key, ReportNotesMessage.unknownKey(name, in: owner, suggestion: Suggestion.closest(to: name, among: allowed),
                                                        allowed: allowed)))
                }
            }
        }
        checkKeys(mapping, keys, .notes)
        if let signer = mapping["signer"]?.mapping { checkKeys(signer, ["name", "title", "authority"], .signer) }
        if let date = mapping["date"], let text = date.scalar?.string, (try? Invocation.parseDate(text, source: "date")) == nil {
            // A day that does not exist is told with its reason ("February 2026 has 28 days").
            var message: any LocalizedMessage = ReportNotesMessage.notADate(text)
            if case .failure(let problem) = TimelineParser(planYear: 2000).parseDate(text), problem.kind == .impossibleDate {
                message = problem
            }
            problems.append(at(date, message))
        }
        if !problems.isEmpty { throw ReportNotesError(diagnostics: problems) }
        do {
            return try YAMLDecoder().decode(ReportNotes.self, from: root)
        } catch let error as DecodingError {
            var path = NodePath()
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
                path = NodePath(codingPath: context.codingPath)
            @unknown default: break
            }
            let lists: [NodePath.Component] = [.key("documents"), .key("recipients")]
            let list = path.components.first.map(lists.contains) == true
            throw ReportNotesError(diagnostics: [at(path.node(in: root), ReportNotesMessage.unreadable(path: "\(path)", list: list))])
        }
    }
}

/// A notes file that cannot be read.
public struct ReportNotesError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
