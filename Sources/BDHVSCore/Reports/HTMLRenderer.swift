/// A report as one self-contained HTML page that looks like an administrative document
/// and prints on A4: Times New Roman, the national motto header, numbered sections, and a
/// bar chart (inline SVG) of task status per lead body. Every text is escaped.
public struct HTMLRenderer {
    public var language: Language

    public init(language: Language = .vi) { self.language = language }

    public func render(_ report: ReportDocument) -> String {
        let l = language
        var body: [String] = []
        let party = report.form == .party
        // The body above the issuer is upright, the issuer bold; a Party committee has "*" under
        // its name and "ĐẢNG CỘNG SẢN VIỆT NAM" underlined where the State has rules.
        let issuer = report.issuer.indices.map { index in
            "<p class=\"\(report.issuerIsBold(index) ? "issuer" : "superior")\">\(escape(report.issuer[index]))</p>"
        }.joined()
        let motto = report.motto.enumerated().map { index, line in
            "<p class=\"\(party ? "motto party" : index == 0 ? "motto" : "motto2")\">\(escape(line))</p>"
        }.joined()
        body.append("""
            <table class="header"><tr>
            <td>\(issuer)\(party ? "" : "<p class=\"rule\">───────</p>")<p>\(escape(report.number))</p></td>
            <td>\(motto)\(party ? "" : "<p class=\"rule\">───────────────</p>")
            <p class="date">\(escape(report.placeAndDate))</p></td>
            </tr></table>
            <h1>\(escape(report.kind))</h1>
            <p class="title">\(escape(report.title))</p>
            """)
        let address = report.addressLines(l)
        if !address.isEmpty {
            // The last line keeps a gap before the opening paragraph.
            body.append(address.enumerated().map { index, line in
                "<p class=\"\(index == address.count - 1 ? "to end" : "to")\">\(escape(line))</p>"
            }.joined())
        }
        for block in report.blocks { body.append(render(block)) }
        body.append("""
            <table class="footer"><tr>
            <td class="recipients"><p>\(party ? "<u>" : "<b><i>")\(l.pick("Nơi nhận:", "Recipients:"))\(party ? "</u>" : "</i></b>")</p>\(report.recipients.map { "<p>- \(escape($0))</p>" }.joined())</td>
            <td class="signature">\(report.signature.map { $0.isEmpty ? "<p class=\"space\">&nbsp;</p>" : "<p><b>\(escape($0))</b></p>" }.joined())</td>
            </tr></table>
            """)
        return """
            <!DOCTYPE html>
            <html lang="\(l.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(report.kind)) — \(escape(report.title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main class="page">
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    static let style = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.4; color: #000; background: #f4f4f4; margin: 0; }
        .page { background: #fff; max-width: 165mm; margin: 10mm auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 4px #999; }
        @media print { body { background: #fff; } .page { margin: 0; padding: 0; box-shadow: none; max-width: none; } }
        p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
        p, li, td, th { overflow-wrap: anywhere; }
        table.header, table.footer { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
        table.header td, table.footer td { vertical-align: top; text-align: center; border: none; padding: 0; }
        table.header td:first-child { width: 45%; } table.footer td.recipients { width: 50%; text-align: left; font-size: 12pt; }
        table.header p, table.footer p { text-indent: 0; text-align: center; margin: 0; }
        table.footer td.recipients p { text-align: left; }
        .issuer, .motto { font-weight: bold; font-size: 12pt; white-space: nowrap; } .motto2 { font-weight: bold; font-size: 14pt; }
        .superior { font-size: 12pt; white-space: nowrap; } .motto.party { font-size: 15pt; text-decoration: underline; }
        .rule { line-height: 0.6; } .date { font-style: italic; margin-top: 6pt !important; }
        h1 { text-align: center; font-size: 14pt; margin: 18pt 0 0; }
        .title { text-align: center; font-weight: bold; text-indent: 0; margin-bottom: 12pt; }
        h2 { font-size: 14pt; margin: 12pt 0 6pt; } h3 { font-size: 14pt; font-style: normal; margin: 8pt 0 6pt; }
        ul { margin: 0 0 6pt 1cm; padding: 0; list-style-type: "- "; } li { text-align: justify; } li.numbered { list-style-type: none; }
        table.data { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; font-size: 12pt; page-break-inside: avoid; }
        table.data th, table.data td { border: 1px solid #000; padding: 3pt 5pt; }
        table.data th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
        p.to { text-align: center; text-indent: 0; margin: 0; } p.to.end { margin-bottom: 12pt; }
        h2, h3 { page-break-after: avoid; } tr { page-break-inside: avoid; } td.num { white-space: nowrap; }
        .blank { color: #8a0000; font-style: italic; }
        figure { margin: 6pt 0 12pt; page-break-inside: avoid; } figcaption { font-size: 12pt; font-style: italic; text-align: center; }
        td.signature p { margin: 0; } p.space { height: 60pt; }
        """

    func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return level == 1 ? "<h2>\(escape(text))</h2>" : "<h3>\(escape(text))</h3>"
        case .paragraph(let text):
            return "<p>\(escape(text))</p>"
        case .bullets(let items):
            // Dashes, as the documents have them; an item that opens with a task's number has none.
            return "<ul>" + items.map { ReportNumbering.opensWithNumber($0) ? "<li class=\"numbered\">\(escape($0))</li>" : "<li>\(escape($0))</li>" }.joined() + "</ul>"
        case .blank(let text):
            return "<p class=\"blank\">\(escape(text))</p>"
        case .table(let headers, let rows, let numeric):
            let head = "<tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
            let body = rows.map { row in
                "<tr>" + row.enumerated().map { numeric.contains($0) ? "<td class=\"num\">\(escape($1))</td>" : "<td>\(escape($1))</td>" }.joined() + "</tr>"
            }.joined()
            return "<table class=\"data\">\(head)\(body)</table>"
        case .statusChart(let rows):
            return rows.isEmpty ? "" : StatusChartSVG(language: language).render(rows)
        }
    }

    /// Text as HTML: `&`, `<`, `>`, `"` and `'` become entities.
    func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
