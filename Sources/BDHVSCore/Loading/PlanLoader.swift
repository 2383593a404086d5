import Foundation
import Yams

/// The pipeline a plan file goes through: read → compose YAML → check against the
/// schema on the node tree → decode → plan rules. Every stage's findings carry a line
/// and column; the rules run whenever the plan can be decoded, so one run reports as
/// many problems as possible.
public enum PlanLoader {
    /// The outcome of reading one file: the plan when it is valid, and every finding.
    public struct Outcome: Sendable {
        public var plan: Plan?
        public var diagnostics: [Diagnostic]
    }

    /// Reads and checks the plan file at `path` (named `path` in findings).
    public static func load(path: String) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            let message = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            return Outcome(plan: nil, diagnostics: [Diagnostic(SourceLocation(file: path, line: 1, column: 1), .error, message)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return Outcome(plan: nil, diagnostics: [Diagnostic(SourceLocation(file: path, line: 1, column: 1), .error,
                                                               "the file is not UTF-8 text; save it as UTF-8")])
        }
        return check(text: text, file: path)
    }

    /// Checks plan `text` as if read from `file`.
    public static func check(text: String, file: String) -> Outcome {
        let composed = YAMLSource.compose(text, file: file)
        guard let root = composed.node else { return Outcome(plan: nil, diagnostics: composed.diagnostics) }
        let findings = SchemaValidator(document: PlanSchema.document, file: file).validate(root).normalized()
        let document: PlanDocument
        do {
            document = try YAMLDecoder().decode(PlanDocument.self, from: root)
        } catch {
            // With schema errors, decoding may fail where they are; they say it best.
            let diagnostics = findings.hasErrors ? findings : [decodingDiagnostic(error, root: root, file: file)]
            return Outcome(plan: nil, diagnostics: diagnostics)
        }
        // The plan still decodes despite schema errors (an unknown key, a bad value): its
        // rules are checked too, so that every problem is reported at once.
        var rules = PlanRules(document: document, root: root, file: file)
        let plan = rules.check()
        // A rule finding where the schema already found one is the same problem seen twice.
        let flagged = Set(findings.map(\.location))
        let all = (findings + rules.diagnostics.filter { !flagged.contains($0.location) }).normalized()
        return Outcome(plan: all.hasErrors ? nil : plan, diagnostics: all)
    }

    /// A decoding error the schema did not catch (a number too large, say), at its node.
    private static func decodingDiagnostic(_ error: any Error, root: Node, file: String) -> Diagnostic {
        var path = NodePath()
        var detail = "a value has the wrong type"
        if let error = error as? DecodingError {
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
                .dataCorrupted(let context):
                path = NodePath(codingPath: context.codingPath)
                let value = path.node(in: root).scalar.map { " '\($0.string)'" } ?? ""
                detail = "'\(path)' cannot be read: the value\(value) is out of range or of the wrong kind"
            @unknown default:
                break
            }
        }
        let node = path.node(in: root)
        return Diagnostic(SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1), .error, detail)
    }
}
