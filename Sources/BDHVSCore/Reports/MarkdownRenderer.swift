/// A report as Markdown (CommonMark with pipe tables). User-written text is escaped and kept
/// inline (`MarkdownText`), so a title such as `<script>`, `*` or one with a line break
/// prints as written.
public struct MarkdownRenderer {
    public var language: Language

    public init(language: Language = .vi) { self.language = language }

    public func render(_ report: ReportDocument) -> String {
        let l = language
        // The body above the issuer and the Party's "*" upright, the issuer's own name bold.
        var out: [String] = report.issuer.indices.map { index in
            (report.issuerIsBold(index) ? "**\(escape(report.issuer[index]))**" : escape(report.issuer[index], startsLine: true)) + "  "
        } + [escape(report.number, startsLine: true), ""]
        out += report.motto.enumerated().map { index, line in
            // The Party's "ĐẢNG CỘNG SẢN VIỆT NAM" is underlined; Markdown has no underline but its inline HTML.
            (report.form == .party ? "<u>**\(escape(line))**</u>" : "**\(escape(line))**") + (index < report.motto.count - 1 ? "  " : "")
        }
        out += ["", "*\(escape(report.placeAndDate))*", "", "# \(escape(report.kind))", "", "**\(escape(report.title))**", ""]
        let address = report.addressLines(l)
        if !address.isEmpty {
            out += address.enumerated().map { index, line in
                (index == 0 ? escape(line, startsLine: true) : "- " + escape(String(line.dropFirst(2)), startsLine: true))
            }
            out.append("")
        }
        for block in report.blocks {
            out += render(block)
            out.append("")
        }
        // "Nơi nhận:" is bold italic under Nghị định 30/2020/NĐ-CP, underlined under Hướng dẫn 36-HD/VPTW.
        let recipientsLabel = l.pick("Nơi nhận:", "Recipients:")
        out.append(report.form == .party ? "<u>\(recipientsLabel)</u>" : "***\(recipientsLabel)***")
        out += report.recipients.map { "- " + escape($0, startsLine: true) }
        out.append("")
        out += report.signature.map { $0.isEmpty ? "" : "**\(escape($0))**  " }
        return out.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    func render(_ block: ReportBlock) -> [String] {
        let l = language
        switch block {
        case .heading(let level, let text):
            return [String(repeating: "#", count: level + 1) + " " + escape(text)]
        case .paragraph(let text):
            return [escape(text, startsLine: true)]
        case .bullets(let items):
            return items.map { "- " + escape($0, startsLine: true) }
        case .blank(let text):
            return ["_\(escape(text))_"]
        case .table(let headers, let rows, let numeric):
            return table(headers, rows, numeric)
        case .statusChart(let rows):
            guard !rows.isEmpty else { return [] }
            return [l.pick("Tình hình thực hiện theo cơ quan chủ trì:", "Status by lead body:"), ""]
                + table([l.pick("Cơ quan chủ trì", "Lead body")] + ChartRow.columns(l),
                        rows.map { [$0.agency, String($0.done), String($0.overdue), String($0.open)] }, [1, 2, 3])
        }
    }

    private func table(_ headers: [String], _ rows: [[String]], _ numeric: Set<Int>) -> [String] {
        let head = "| " + headers.map { escape($0) }.joined(separator: " | ") + " |"
        let rule = "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined()
        return [head, rule] + rows.map { row in "| " + row.map { escape($0) }.joined(separator: " | ") + " |" }
    }

    /// Text as inline Markdown (see `MarkdownText`); `startsLine` where it opens a line.
    func escape(_ text: String, startsLine: Bool = false) -> String {
        MarkdownText.inline(text, startsLine: startsLine)
    }
}
