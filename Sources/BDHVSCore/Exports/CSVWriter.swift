/// CSV that Excel opens with Vietnamese intact: UTF-8 with a byte order mark, CRLF line
/// ends, RFC 4180 quoting. ',' by default; ';' for Excel set to Vietnamese regional
/// format, where ',' is the decimal separator.
public struct CSVWriter: Sendable {
    public var delimiter: Character

    public init(delimiter: Character = ",") { self.delimiter = delimiter }

    public func render(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: String(delimiter)) + "\r\n" }.joined()
    }

    /// A field, made safe in one place: every cell goes through here. Tab, CR and LF stay;
    /// VT, FF and NEL become LF (a line break inside the cell); every other C0 control, DEL,
    /// every C1 control and every noncharacter is dropped (a spreadsheet shows none of them,
    /// and bdhvs refuses them on import). A text that Excel or LibreOffice would run as a
    /// formula, one whose first character after any leading whitespace is `=`, `+`, `-` or
    /// `@` (`\t=…`, `\r=…` and ` =…` included), or that starts with a tab or CR, gets a
    /// leading `'` and stays text; a number such as `-5` stays a number. The field is quoted
    /// when it holds the delimiter, a quote or a line break, quotes doubled.
    func field(_ raw: String) -> String {
        var text = raw
        if raw.unicodeScalars.contains(where: Self.isReplaced) {
            var kept = String.UnicodeScalarView()
            for scalar in raw.unicodeScalars {
                switch ScalarKind(scalar) {
                case .control, .noncharacter: continue
                case .lineBreak where scalar.value == 0x0B || scalar.value == 0x0C || scalar.value == 0x85: kept.append("\n")
                default: kept.append(scalar)
                }
            }
            text = String(kept)
        }
        if Self.runsAsFormula(text) { text = "'" + text }
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `field` changes `scalar` (most text has none).
    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        switch ScalarKind(scalar) {
        case .control, .noncharacter: return true
        case .lineBreak: return scalar.value == 0x0B || scalar.value == 0x0C || scalar.value == 0x85
        // A CSV is data: a bidirectional control is kept as written (JSON keeps it escaped).
        case .text, .tab, .bidiControl: return false
        }
    }

    /// Whether a spreadsheet would read `text` as a formula (OWASP "CSV injection").
    static func runsAsFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        let start = text.unicodeScalars.drop { $0.properties.isWhitespace }
        guard let trigger = start.first, "=+-@".unicodeScalars.contains(trigger) else { return false }
        return Double(text) == nil
    }
}

extension CSVWriter {
    /// Tasks and sub-tasks with their status: one row each.
    public func tasks(_ rows: [TaskRow]) -> String {
        render(header: ["plan", "id", "parent", "title", "lead", "timeline", "deadline", "tentative", "status", "status_vi",
                        "days_overdue", "percent", "completed_on", "extended_from", "deliverable"],
               rows: rows.map { task in
                   [task.plan, task.id, task.parent ?? "", task.title, task.lead.joined(separator: "; "), task.timeline ?? "",
                    task.deadline?.iso ?? "", task.tentative ? "1" : "0", task.status.rawValue, Language.vi.label(task.status),
                    String(task.daysOverdue), String(task.percent), task.completedOn?.iso ?? "", task.extendedFrom?.iso ?? "",
                    task.deliverable ?? ""]
               })
    }

    /// Activities: one row each, a column per target group that appears.
    public func activities(_ report: ActivityReport) -> String {
        let groups = Array(Set(report.activities.flatMap(\.groups.keys))).sorted()
        // The village and whether a figure is a running total travel with it: `bdhvs import`
        // of this file gives the same results (a running total imported as events was added up).
        return render(header: ["plan", "task", "date", "title", "place", "participants", "unit", "village", "running_total"] + groups,
                      rows: report.activities.map { activity in
                          [activity.plan, activity.task, activity.date.iso, activity.title ?? "", activity.place ?? "",
                           String(activity.participants), activity.unit, activity.village ?? "", activity.runningTotal ? "1" : "0"]
                              + groups.map { activity.groups[$0].map(String.init) ?? "" }
                      })
    }
}
