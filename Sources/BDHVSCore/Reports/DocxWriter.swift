import Foundation
import ZIPFoundation

/// A report as a Word document (.docx, Office Open XML) that Word and LibreOffice open for
/// the officer to finish: Times New Roman 14, A4 with the usual administrative margins,
/// the motto header as a borderless table, bordered data tables. Every text is escaped.
public struct DocxWriter {
    public var language: Language

    public init(language: Language = .vi) { self.language = language }

    static let fixedTime = Date(timeIntervalSince1970: 315_532_800)

    /// The .docx file's bytes.
    public func data(_ report: ReportDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes), ("_rels/.rels", DocxParts.rootRelationships),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships), ("word/styles.xml", DocxParts.styles),
            ("word/header1.xml", DocxParts.header), ("word/document.xml", document(report)),
        ]
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            // A fixed time (1980-01-01, the first a zip can hold): the same report gives the same bytes.
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.fixedTime,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    func document(_ report: ReportDocument) -> String {
        let l = language
        var body: [String] = []
        // The State's header has a rule under the issuer and under the motto; a Party committee's
        // has "*" under its name and "ĐẢNG CỘNG SẢN VIỆT NAM" underlined (Hướng dẫn 36-HD/VPTW).
        let party = report.form == .party
        let left = report.issuer.indices.map { index in
            para(report.issuer[index], bold: report.issuerIsBold(index), align: "center", size: party ? 26 : 24, spaceAfter: 0)
        } + (party ? [] : [para("───────", align: "center", spaceAfter: 0)]) + [para(report.number, align: "center")]
        let right = report.motto.enumerated().map { index, line in
            party ? para(line, bold: true, underline: true, align: "center", size: 30, spaceAfter: 120)
                  : para(line, bold: true, align: "center", size: index == 0 ? 24 : 26, spaceAfter: 0)
        } + (party ? [] : [para("───────────────", align: "center", spaceAfter: 0)]) + [para(report.placeAndDate, italic: true, align: "center")]
        // A Party committee's lines ("ĐẢNG ỦY PHƯỜNG VIỆT HƯNG") are longer than "ỦY BAN NHÂN DÂN": a wider left column keeps each on one line.
        body.append(layoutTable([left, right], widths: party ? [4700, 4900] : [4200, 5400]))
        body.append(para(report.kind, bold: true, align: "center", spaceBefore: 240))
        body.append(para(report.title, bold: true, align: "center", spaceAfter: 240))
        body += report.addressLines(l).map { para($0, align: "center", spaceAfter: 0) }
        if !report.addressees.isEmpty { body.append(para("", spaceAfter: 120)) }
        for block in report.blocks { body += render(block) }
        let recipients = [para(l.pick("Nơi nhận:", "Recipients:"), bold: !party, italic: !party, underline: party, align: "left",
                               size: party ? 28 : 24)]
            + report.recipients.map { para("- " + $0, align: "left", size: 22) }
        let signature = report.signature.map { $0.isEmpty ? para("", spaceAfter: 1200) : para($0, bold: true, align: "center") }
        // A line's room between the closing sentence and the recipients and signature.
        body.append(para("", spaceAfter: 120))
        body.append(layoutTable([recipients, signature], widths: [4500, 4600]))
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body.joined())<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>
            """
    }

    func render(_ block: ReportBlock) -> [String] {
        let l = language
        switch block {
        case .heading(let level, let text):
            return [para(text, style: "Heading\(min(max(level, 1), 3))")]
        case .paragraph(let text):
            return [para(text, align: "both", indent: true)]
        case .bullets(let items):
            // An item that opens with the plan's number of a task ("3. …", "II.2. …") is
            // already marked: a dash before it would read "- 3. …".
            return items.map { para((ReportNumbering.opensWithNumber($0) ? "" : "- ") + $0, align: "both", indent: true) }
        case .blank(let text):
            return [para(text, italic: true, align: "both", indent: true, color: "8A0000")]
        case .table(let headers, let rows, let numeric):
            return [dataTable(headers, rows, numeric)]
        case .statusChart(let rows):
            guard !rows.isEmpty else { return [] }
            return [para(l.pick("Tình hình thực hiện theo cơ quan chủ trì:", "Status by lead body:"), italic: true, align: "both", indent: true),
                    dataTable([l.pick("Cơ quan chủ trì", "Lead body")] + ChartRow.columns(l),
                              rows.map { [$0.agency, String($0.done), String($0.overdue), String($0.open)] }, [1, 2, 3])]
        }
    }

    /// A paragraph of one run. Sizes are in half-points (28 = 14 pt).
    func para(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, align: String = "both",
              indent: Bool = false, size: Int = 28, spaceBefore: Int = 0, spaceAfter: Int = 60, color: String? = nil) -> String {
        var properties = "<w:pPr><w:spacing w:before=\"\(spaceBefore)\" w:after=\"\(spaceAfter)\"/>"
        if indent { properties += "<w:ind w:firstLine=\"567\"/>" }
        properties += "<w:jc w:val=\"\(align)\"/></w:pPr>"
        var run = "<w:rPr>" + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + (color.map { "<w:color w:val=\"\($0)\"/>" } ?? "")
        // The schema's order: b, i, color, sz, szCs, then u.
        run += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" + (underline ? "<w:u w:val=\"single\"/>" : "") + "</w:rPr>"
        return "<w:p>\(properties)<w:r>\(run)<w:t xml:space=\"preserve\">\(HTMLEscaping.escape(text))</w:t></w:r></w:p>"
    }

    /// A paragraph in a named style (the headings: Word lists them in its navigation pane).
    func para(_ text: String, style: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(HTMLEscaping.escape(text))</w:t></w:r></w:p>"
    }

    /// Columns of paragraphs side by side, without borders (header and signature blocks).
    func layoutTable(_ columns: [[String]], widths: [Int]) -> String {
        let cells = zip(columns, widths).map { paragraphs, width in
            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(paragraphs.joined())</w:tc>"
        }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders></w:tblPr><w:tblGrid>\(widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined())</w:tblGrid><w:tr>\(cells)</w:tr></w:tbl>"
    }

    /// The first column (names) takes the room the others do not need; each other column is
    /// as wide as its longest cell (or half its header) needs at 12 pt (about 125 twips a
    /// character, 165 in a bold header, with the cell's margins), so "1.395 lượt người" stays on one line.
    static func columnWidths(_ headers: [String], _ rows: [[String]], total: Int) -> [Int] {
        let others = max(0, headers.count - 1)
        guard others > 0 else { return [total] }
        var widths = (1...others).map { column -> Int in
            let cells = rows.compactMap { column < $0.count ? $0[column].count : nil }.max() ?? 0
            // A header may take two lines, but no word of it is broken.
            let header = max(headers[column].split(separator: " ").map(\.count).max() ?? 0, (headers[column].count + 1) / 2)
            return min(2600, max(1100, cells * 125 + 260, header * 165 + 260))
        }
        // The names keep at least a quarter of the table.
        let room = total - total / 4
        let used = widths.reduce(0, +)
        if used > room { widths = widths.map { $0 * room / used } }
        return [total - widths.reduce(0, +)] + widths
    }

    func dataTable(_ headers: [String], _ rows: [[String]], _ numeric: Set<Int>) -> String {
        func row(_ cells: [String], header: Bool) -> String {
            // A row stays on one page; the header row repeats on each page the table runs to.
            "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>" + cells.enumerated().map { index, text in
                "<w:tc>" + para(text, bold: header, align: numeric.contains(index) && !header ? "right" : (header ? "center" : "left"), size: 24, spaceAfter: 0) + "</w:tc>"
            }.joined() + "</w:tr>"
        }
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        let total = 9300
        let widths = Self.columnWidths(headers, rows, total: total)
        let grid = "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr>"
            + grid + row(headers, header: true) + rows.map { row($0, header: false) }.joined() + "</w:tbl>" + para("", spaceAfter: 60)
    }
}
