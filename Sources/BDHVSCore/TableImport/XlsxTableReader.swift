import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the sheets of an Excel workbook (.xlsx) in the order of its tabs (`XlsxSheets`):
/// `xl/sharedStrings.xml`, each `xl/worksheets/sheetN.xml` (shared, inline and formula
/// strings, numbers) and its `mergeCells`; a number in a date style as the date it shows (`XlsxDates`). Rows and columns are the sheet's own, so a warning names the cell the
/// officer sees (row 7, column 3 is C7).
enum XlsxTableReader {
    /// The used part of each sheet, from row 1 and column A, with the sheet's name, in the
    /// order of the workbook's tabs (`xl/worksheets/sheet1.xml` alone when it lists none).
    static func tables(of data: Data) throws -> [(name: String, grid: TableGrid)] {
        let book = ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]
        let parts = try OfficeArchive.parts(book, of: data)
        let listed = XlsxSheets.list(workbook: parts["xl/workbook.xml"], relationships: parts["xl/_rels/workbook.xml.rels"])
        let sheets = listed.isEmpty ? [(name: "", path: "xl/worksheets/sheet1.xml")] : Array(listed.prefix(XlsxSheets.maximumSheets))
        let xml = try OfficeArchive.parts(sheets.map(\.path), of: data)
        let strings = try parts["xl/sharedStrings.xml"].map(sharedStrings) ?? []
        let dates = XlsxDates(styles: parts["xl/styles.xml"], workbook: parts["xl/workbook.xml"])
        var tables: [(name: String, grid: TableGrid)] = []
        // All sheets together are no larger than one table may be.
        var cells = 0
        for sheet in sheets {
            guard let part = xml[sheet.path] else { continue }
            let grid = try table(part, path: sheet.path, strings: strings, dates: dates)
            cells += grid.rows.count * (grid.rows.first?.count ?? 0)
            if cells > TableGrid.maximumCells { throw TableImportError.tableTooLarge(rows: grid.rows.count, columns: grid.rows.first?.count ?? 0) }
            tables.append((sheet.name, grid))
        }
        guard !tables.isEmpty else { throw TableImportError.missingPart(sheets[0].path) }
        return tables
    }

    /// The used part of the sheet `sheet` (the part at `path`).
    private static func table(_ sheet: Data, path: String, strings: [String], dates: XlsxDates) throws -> TableGrid {
        let delegate = SheetDelegate(strings: strings, dates: dates)
        guard OfficeArchive.parse(sheet, with: delegate) else {
            if let (rows, columns) = delegate.tooLarge { throw TableImportError.tableTooLarge(rows: rows, columns: columns) }
            throw TableImportError.unreadablePart(path)
        }
        var cells = delegate.cells
        let usedRows = Set(cells.keys.map(\.row)).sorted()
        // A merged range reads as its first cell; down the first column, as that text again
        // (on the rows that have cells only, whatever range a file claims).
        // Overlapping ranges, which Excel never writes, would cost rows × ranges: bounded.
        var filled = 0
        for (top, bottom) in delegate.merges {
            guard let text = cells[top], bottom.row > top.row else { continue }
            var index = usedRows.partitioningIndex(where: { $0 > top.row })
            while index < usedRows.count, usedRows[index] <= bottom.row {
                cells[CellReference(row: usedRows[index], column: top.column)] = text
                index += 1
                filled += 1
                if filled > 1_000_000 { throw TableImportError.unreadablePart(path) }
            }
        }
        // Only rows that have cells are built (a row number is free to be 1 048 576), and the
        // size is that of a table a person reads.
        let width = cells.keys.map(\.column).max() ?? 0
        try TableGrid.checkSize(rows: usedRows.count, width: width)
        return TableGrid(rows: usedRows.map { row in
            (1...max(width, 1)).map { column in
                TableCell(text: cells[CellReference(row: row, column: column)] ?? "", row: row, column: column)
            }
        })
    }

    /// The shared strings table: each `si`, its runs joined, phonetic runs left out.
    static func sharedStrings(_ xml: Data) throws -> [String] {
        let delegate = SharedStringsDelegate()
        guard OfficeArchive.parse(xml, with: delegate) else { throw TableImportError.unreadablePart("xl/sharedStrings.xml") }
        return delegate.strings
    }
}

/// A cell's place: 1-based row and column, from a reference such as "C7".
struct CellReference: Hashable {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The place "C7" names; nil for anything else (or past Excel's own limits).
    init?(_ text: String) {
        var column = 0
        var digits = ""
        for character in text.uppercased() {
            if let ascii = character.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                if column > 16_384 { return nil }
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), (1...1_048_576).contains(row) else { return nil }
        self.init(row: row, column: column)
    }
}

private final class SharedStringsDelegate: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !inPhonetic { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

private final class SheetDelegate: NSObject, XMLParserDelegate {
    let strings: [String]
    let dates: XlsxDates
    var cells: [CellReference: String] = [:]
    var merges: [(CellReference, CellReference)] = []
    /// Rows and columns counted when the sheet held more cells than a grid does.
    var tooLarge: (rows: Int, columns: Int)?
    private var place: CellReference?
    private var kind = ""
    private var style: Int?
    private var value = ""
    private var reading = false

    init(strings: [String], dates: XlsxDates) {
        self.strings = strings
        self.dates = dates
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "c":
            place = attributes["r"].flatMap(CellReference.init)
            kind = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) }
            value = ""
        case "v", "t":
            reading = true
        case "mergeCell":
            let ends = (attributes["ref"] ?? "").split(separator: ":").map(String.init)
            if ends.count == 2, let top = CellReference(ends[0]), let bottom = CellReference(ends[1]) {
                merges.append((top, bottom))
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if reading { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            reading = false
        case "c":
            guard let place else { return }
            var text = kind == "s" ? Int(value.trimmingWhitespace).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "" : value
            if kind == "n", let date = dates.text(of: value, style: style) { text = date }
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            cells[place] = TableGrid.joined(lines)
            // Cells past what a grid holds are not kept: 64 MB of "<c r=\"A1\"/>" is 6 million.
            if cells.count > TableGrid.maximumCells {
                let rows = Set(cells.keys.map(\.row)).count
                tooLarge = (rows, cells.keys.map(\.column).max() ?? 0)
                parser.abortParsing()
            }
        default:
            break
        }
    }
}

private extension Array where Element == Int {
    /// The index of the first element for which `belongs` holds, in a sorted array where
    /// it holds from some point on (binary search).
    func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
