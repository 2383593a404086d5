/// Writes an imported plan in the project's YAML format: block style, the schema line at the
/// top, placeholders for what a table does not say marked for the officer to fill in; the
/// numbered groups as `groups` (each task names its own), the deliverable as `deliverable`,
/// and what the format has no field for (other columns) in the task's note, so nothing the
/// table said is lost.
public enum PlanYAMLWriter {
    /// The YAML text of `plan`; `schema` is the path of the schema the editor reads.
    public static func yaml(_ plan: ImportedPlan, schema: String = "plan.schema.json") -> String {
        var out = """
        # yaml-language-server: $schema=\(schema)
        #
        # Nhập từ bảng nhiệm vụ của '\(plan.source)' bằng 'bdhvs plan import'.
        # Cần điền lại: title, commune, province, issuer (bảng không ghi); kiểm tra các cảnh báo đã in ra.
        format: 1
        id: \(scalar(plan.id))
        title: \(scalar("Kế hoạch (nhập từ \(plan.source))"))  # CẦN ĐIỀN
        commune: Chưa rõ  # CẦN ĐIỀN
        province: Chưa rõ  # CẦN ĐIỀN
        year: \(plan.year)
        issuer: Chưa rõ  # CẦN ĐIỀN

        agencies:

        """
        for agency in plan.agencies {
            out += "  - id: \(scalar(agency.id))\n    name: \(scalar(agency.name))\n"
            if !agency.aliases.isEmpty {
                out += "    aliases:\n" + agency.aliases.map { "      - \(scalar($0))\n" }.joined()
            }
            if agency.collective { out += "    collective: true\n" }
        }
        if !plan.groups.isEmpty {
            out += "\ngroups:\n"
            for (index, group) in plan.groups.enumerated() {
                out += "  - id: \(groupID(index))\n"
                if !group.number.isEmpty { out += "    number: \(scalar(group.number))\n" }
                out += "    title: \(scalar(group.title.replacingOccurrences(of: "\n", with: " ")))\n"
            }
        }
        out += "\ntasks:\n"
        let children = Dictionary(grouping: plan.tasks.filter { $0.parent != nil }, by: { $0.parent ?? "" })
        for task in plan.tasks where task.parent == nil {
            out += fields(task, indent: 2)
            if let subtasks = children[task.id] {
                out += "    subtasks:\n" + subtasks.map { fields($0, indent: 6) }.joined()
            }
            out += "\n"
        }
        return out
    }

    /// A task's fields as an item of a list at `indent` spaces (`tasks`, or a task's
    /// `subtasks`, which name no group: their task's is theirs).
    static func fields(_ task: ImportedPlan.Task, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        var out = String(repeating: " ", count: indent) + "- id: \(scalar(task.id))\n\(pad)title: \(scalar(task.title))\n"
        if let description = task.description { out += "\(pad)description: \(block(description, indent: indent + 4))" }
        if task.leads.count == 1 { out += "\(pad)lead: \(scalar(task.leads[0]))\n" }
        if task.leads.count > 1 { out += "\(pad)lead:\n" + task.leads.map { "\(pad)  - \(scalar($0))\n" }.joined() }
        if let advisory = task.advisory { out += "\(pad)advisory: \(scalar(advisory))\n" }
        if !task.coordinating.isEmpty {
            out += "\(pad)coordinating:\n" + task.coordinating.map {
                switch $0 {
                case .agency(let id): "\(pad)  - \(scalar(id))\n"
                case .text(let text): "\(pad)  - text: \(scalar(text))\n"
                }
            }.joined()
        }
        if let timeline = task.timeline { out += "\(pad)timeline: \(scalar(timeline))\n" }
        if let group = task.group, task.parent == nil { out += "\(pad)group: \(groupID(group))\n" }
        if let deliverable = task.deliverable { out += "\(pad)deliverable: \(scalar(deliverable))\n" }
        if let estimate = task.estimate { out += "\(pad)budget:\n\(pad)  estimate: \(Money.format(estimate))\n" }
        if !task.notes.isEmpty { out += "\(pad)note: \(block(task.notes.joined(separator: "\n"), indent: indent + 4))" }
        return out
    }

    /// The id of the group at `index` of the table's groups: "nhom-1", "nhom-2", …
    static func groupID(_ index: Int) -> String { "nhom-\(index + 1)" }

    /// A one-line scalar: plain when YAML reads it back as the same string, else double-quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// A scalar that may span lines: a literal block (`|-`) when it has several lines.
    static func block(_ text: String, indent: Int) -> String {
        guard text.contains("\n") else { return scalar(text) + "\n" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.allSatisfy({ $0.first != " " && $0.last != " " && !$0.contains("\t") && !$0.isEmpty }),
              text.unicodeScalars.allSatisfy({ $0 == "\n" || !mustBeEscaped($0) }) else { return quoted(text) + "\n" }
        let pad = String(repeating: " ", count: indent)
        return "|-\n" + lines.map { pad + $0 + "\n" }.joined()
    }

    /// Characters written only as an escape in double quotes: controls, the byte order mark,
    /// and what YAML reads as a line break (NEL, the line and paragraph separators, which in
    /// plain text broke the file) or does not allow in a file (non-characters such as U+FFFE).
    static func mustBeEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xFEFF, 0x2028, 0x2029, 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if mustBeEscaped(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Plain style is kept for ordinary text: no indicator at the start, no ": " or " #",
    /// nothing YAML would read as another type (numbers, booleans, null, dates).
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace, last != ":" else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\n") || text.contains("\t") { return false }
        if text.unicodeScalars.contains(where: mustBeEscaped) { return false }
        let lower = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return false }
        if text.first!.isNumber || text.first == "." || text.first == "+" { return false }
        return true
    }
}
