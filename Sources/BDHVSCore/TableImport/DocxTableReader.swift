import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the tables of a Word document (.docx): `word/document.xml`, its `w:tbl`, `w:tr`,
/// `w:tc`, `w:p` and `w:t`, with `w:gridSpan` (a cell across columns) and `w:vMerge` (a cell
/// down rows). A table nested in a cell is read as more text of that cell.
enum DocxTableReader {
    /// The top-level tables of the document, in order.
    static func tables(of data: Data) throws -> [TableGrid] {
        let xml = try OfficeArchive.part("word/document.xml", of: data)
        let delegate = DocxTableDelegate()
        guard OfficeArchive.parse(xml, with: delegate) else {
            if let (rows, columns) = delegate.tooLarge { throw TableImportError.tableTooLarge(rows: rows, columns: columns) }
            throw TableImportError.unreadablePart("word/document.xml")
        }
        return delegate.tables.map(TableGrid.init(rows:))
    }
}

/// The parser's state: which table, row and cell it is in, and the text gathered so far.
private final class DocxTableDelegate: NSObject, XMLParserDelegate {
    var tables: [[[TableCell]]] = []
    private var depth = 0
    private var rows: [[TableCell]] = []
    private var row: [TableCell] = []
    private var paragraphs: [String] = []
    private var paragraph = ""
    private var inText = false
    private var span = 1
    private var merge: String?
    /// Column of each cell still open for a vertical merge: the text it carries down.
    private var above: [Int: String] = [:]
    /// The table's rows with a cell, and its widest row: the grid they pad to is checked
    /// as it grows, so that a hostile document stops before it fills memory.
    private var filledRows = 0
    private var width = 0
    /// Rows and columns counted when a table grew past `TableGrid`'s limits.
    var tooLarge: (rows: Int, columns: Int)?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl":
            depth += 1
            if depth == 1 { rows = []; above = [:]; filledRows = 0; width = 0 }
        case "w:tr" where depth == 1:
            row = []
        case "w:tc" where depth == 1:
            paragraphs = []; paragraph = ""; span = 1; merge = nil
        case "w:gridSpan" where depth == 1:
            span = max(1, min(Int(attributes["w:val"] ?? "") ?? 1, 64))
        case "w:vMerge" where depth == 1:
            merge = attributes["w:val"] ?? "continue"
        case "w:t":
            inText = true
        case "w:tab":
            paragraph += " "
        case "w:br", "w:cr":
            paragraphs.append(paragraph); paragraph = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t":
            inText = false
        case "w:p":
            paragraphs.append(paragraph); paragraph = ""
        case "w:tc" where depth == 1:
            closeCell()
            check(parser, rows: filledRows + 1)
        case "w:tr" where depth == 1:
            rows.append(row)
            if !row.isEmpty { filledRows += 1 }
        case "w:tbl":
            if depth == 1 { tables.append(rows) }
            depth -= 1
        default:
            break
        }
    }

    /// Stops the parse when the table so far, `rows` rows padded to its widest, is past the limits.
    private func check(_ parser: XMLParser, rows: Int) {
        width = max(width, row.count)
        do throws(TableImportError) {
            try TableGrid.checkSize(rows: rows, width: width)
        } catch {
            if tooLarge == nil { tooLarge = (rows, width) }
            parser.abortParsing()
        }
    }

    private func closeCell() {
        let column = row.count
        var text = TableGrid.joined(paragraphs + [paragraph])
        switch merge {
        case "continue"?: text = above[column] ?? text
        case "restart"?: above[column] = text
        default: above[column] = nil
        }
        let number = rows.count + 1
        row.append(TableCell(text: text, row: number, column: column + 1))
        for extra in 1..<span { row.append(TableCell(text: "", row: number, column: column + extra + 1)) }
    }
}
