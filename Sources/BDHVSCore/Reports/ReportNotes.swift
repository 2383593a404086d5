import Foundation
import Yams

/// What the officer writes for a report: the parts tracked data cannot say. Read from a
/// small YAML file (`--notes`); a key left out is printed as a marked blank, a key given as
/// empty (`lessons: ""` or `lessons:`) leaves its section out.
public struct ReportNotes: Codable, Sendable, Equatable {
    /// Who issues the report: the People's Committee (default) or the Party committee.
    public var form: ReportForm?
    /// The issuer's lines, when not the default ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG VIỆT HƯNG").
    public var issuer: [String]?
    /// "Kính gửi": who the report is addressed to (default: the plan's recipients for reporting).
    public var to: [String]?
    /// The document that asked for the report: "Công văn số 166-CV/ĐU ngày 06/11/2025 của Đảng ủy xã Nghĩa Giang".
    public var requestedBy: String?
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
    public var signer: ReportSigner?
    /// The keys given as empty: their sections are left out of the report.
    public var omitted: Set<String> = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case form, issuer, to, requestedBy = "requested_by", number, date, profile, documents, results, strengths, shortcomings
        case lessons, directions, proposals, recipients, signer
    }

    /// The keys a notes file may have.
    static let keys = ["form", "issuer", "to", "requested_by", "number", "date", "profile", "documents", "results", "strengths",
                       "shortcomings", "lessons", "directions", "proposals", "recipients", "signer"]

    /// True when the officer gave `key` as empty: leave that part out.
    public func leavesOut(_ key: String) -> Bool { omitted.contains(key) }

    /// The notes in the file at `path` (UTF-8, or UTF-16 with its byte order mark): a file
    /// that cannot be read is told why, at its line 1, column 1, as a finding of the notes.
    public static func read(path: String) throws -> ReportNotes {
        let text: String
        do { text = try InputFile.text(path) } catch { throw ReportNotesError(diagnostics: [error.diagnostic(file: path)]) }
        return try parse(text, file: path)
    }

    /// The notes written in `text`, as if read from `file`; every problem at its line and column.
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
        // A section of a report is at most a long text (`TextLimits.long`).
        func checkLengths(_ node: Node) {
            switch node {
            case .scalar(let scalar) where TextLimits.exceeds(scalar.string, TextLimits.long):
                problems.append(at(node, ReportNotesMessage.tooLong(length: TextLimits.length(scalar.string), maximum: TextLimits.long)))
            case .sequence(let sequence): sequence.forEach(checkLengths)
            case .mapping(let mapping): mapping.forEach { checkLengths($0.value) }
            default: break
            }
        }
        checkLengths(root)
        if let signer = mapping["signer"]?.mapping { checkKeys(signer, ["name", "title", "authority", "on_behalf"], .signer) }
        if let date = mapping["date"], let text = date.scalar?.string, (try? Invocation.parseDate(text, source: "date")) == nil {
            // A day that does not exist is told with its reason ("February 2026 has 28 days").
            var message: any LocalizedMessage = ReportNotesMessage.notADate(text)
            if case .failure(let problem) = TimelineParser(planYear: 2000).parseDate(text), problem.kind == .impossibleDate {
                message = problem
            }
            problems.append(at(date, message))
        }
        if let form = mapping["form"], let text = form.scalar?.string, !text.isEmpty, ReportForm(rawValue: text) == nil {
            problems.append(at(form, ReportNotesMessage.unknownForm(text)))
        }
        if !problems.isEmpty { throw ReportNotesError(diagnostics: problems) }
        // An empty value is "leave this out", not a value of the wrong shape.
        var omitted: Set<String> = []
        var kept: [(Node, Node)] = []
        for (key, value) in mapping {
            if Self.isEmpty(value) { omitted.insert(key.scalar?.string ?? "") } else { kept.append((key, value)) }
        }
        do {
            var notes = try YAMLDecoder().decode(ReportNotes.self, from: Node.mapping(Node.Mapping(kept, mapping.tag, mapping.style, mapping.mark)))
            notes.omitted = omitted
            return notes
        } catch let error as DecodingError {
            var path = NodePath()
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
                path = NodePath(codingPath: context.codingPath)
            @unknown default: break
            }
            let lists: [NodePath.Component] = [.key("documents"), .key("recipients"), .key("to"), .key("issuer")]
            let expected: ReportNotesMessage.Expected = path.components.last == .key("on_behalf") ? .yesOrNo
                : path.components.first.map(lists.contains) == true ? .list : .text
            throw ReportNotesError(diagnostics: [at(path.node(in: root), ReportNotesMessage.unreadable(path: "\(path)", expected: expected))])
        }
    }
}

extension ReportNotes {
    /// A null, an empty or blank text, or an empty list.
    static func isEmpty(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(text))
        case .sequence(let sequence): return sequence.isEmpty
        case .mapping(let mapping): return mapping.isEmpty
        case .alias: return false
        }
    }
}

/// Who issues a report: the commune's People's Committee or its Party committee.
public enum ReportForm: String, Codable, Sendable, Equatable {
    case committee, party
}

/// Who signs a report; each part may be left out (a missing name is a blank to fill).
public struct ReportSigner: Codable, Sendable, Equatable {
    /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ"
    public var authority: String?
    /// "Chủ tịch", "Phó Chủ tịch", "Phó Bí thư"
    public var title: String?
    public var name: String?
    /// Signs on behalf of the collegial body ("TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH /
    /// PHÓ CHỦ TỊCH"): a vice-chairman signing for the committee, as seed 001 is signed.
    public var onBehalf: Bool?

    public init(authority: String? = nil, title: String? = nil, name: String? = nil, onBehalf: Bool? = nil) {
        self.authority = authority
        self.title = title
        self.name = name
        self.onBehalf = onBehalf
    }

    enum CodingKeys: String, CodingKey { case authority, title, name, onBehalf = "on_behalf" }
}

/// A notes file that cannot be read.
public struct ReportNotesError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
