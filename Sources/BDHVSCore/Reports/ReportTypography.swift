/// The last pass over a report's text, as a typist would make it: quotes inside quotes
/// alternate (“… ‘…’ …”), and an amount keeps "đồng" on its line (a no-break space).
enum ReportTypography {
    static func typeset(_ report: ReportDocument) -> ReportDocument {
        var report = report
        report.title = text(report.title)
        report.addressees = report.addressees.map(text)
        report.blocks = report.blocks.map(block)
        report.recipients = report.recipients.map(text)
        return report
    }

    static func block(_ block: ReportBlock) -> ReportBlock {
        switch block {
        case .heading(let level, let value): return .heading(level: level, text: text(value))
        case .paragraph(let value): return .paragraph(text(value))
        case .bullets(let items): return .bullets(items.map(text))
        case .blank(let value): return .blank(text(value))
        case .table(let headers, let rows, let numeric): return .table(headers: headers.map(text), rows: rows.map { $0.map(text) }, numeric: numeric)
        case .statusChart(let rows): return .statusChart(rows)
        }
    }

    static func text(_ value: String) -> String {
        noBreakBeforeCurrency(alternatingQuotes(value))
    }

    /// “a “b” c” → “a ‘b’ c”: the depth of each curly quote decides its shape. A closing
    /// quote with nothing open is left as written.
    static func alternatingQuotes(_ value: String) -> String {
        guard value.contains("“") else { return value }
        var depth = 0
        var out = ""
        for character in value {
            switch character {
            case "“", "‘":
                out.append(depth % 2 == 0 ? "“" : "‘")
                depth += 1
            case "”", "’":
                guard depth > 0 else { out.append(character); continue }
                depth -= 1
                out.append(depth % 2 == 0 ? "”" : "’")
            default:
                out.append(character)
            }
        }
        return out
    }

    /// "55.000.000 đồng" with a no-break space, so the amount and its unit stay together.
    static func noBreakBeforeCurrency(_ value: String) -> String {
        guard value.contains(" đồng") else { return value }
        var out = ""
        var previous: Character?
        var rest = Substring(value)
        while let first = rest.first {
            if first == " ", let p = previous, p.isNumber, rest.dropFirst().hasPrefix("đồng") {
                out.append("\u{00A0}")
            } else {
                out.append(first)
            }
            previous = first
            rest = rest.dropFirst()
        }
        return out
    }
}
