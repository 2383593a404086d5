import Foundation
import ZIPFoundation

// Builds .docx and .xlsx files in the test, from their XML parts zipped with ZIPFoundation,
// so that the import is tested on the structures Word and Excel write (w:gridSpan,
// w:vMerge, shared and inline strings, mergeCells) without binary fixtures.

/// One cell of a test table: its paragraphs, how many grid columns it spans, and whether it
/// starts or continues a vertical merge.
struct TestCell {
    enum Merge { case none, restart, `continue` }
    var paragraphs: [String]
    var span = 1
    var merge = Merge.none

    static func text(_ text: String, span: Int = 1, merge: Merge = .none) -> TestCell {
        TestCell(paragraphs: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), span: span, merge: merge)
    }
}

enum OfficeFixture {
    /// A zip of `parts` (path, XML text).
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A Word document: a title paragraph, a table that is not the task table, then `rows`.
    static func docx(_ rows: [[TestCell]], then more: [[TestCell]]? = nil) throws -> Data {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        func paragraph(_ text: String) -> String {
            "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
        }
        let motto = "<w:tbl><w:tr><w:tc>\(paragraph("ỦY BAN NHÂN DÂN XÃ ĐÔNG TRÀ BỒNG"))</w:tc><w:tc>\(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))</w:tc></w:tr></w:tbl>"
        func table(_ rows: [[TestCell]]) -> String { "<w:tbl>" + rows.map { row in
            "<w:tr>" + row.map { cell in
                var properties = "<w:tcW w:w=\"1000\" w:type=\"dxa\"/>"
                if cell.span > 1 { properties += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                switch cell.merge {
                case .none: break
                case .restart: properties += "<w:vMerge w:val=\"restart\"/>"
                case .continue: properties += "<w:vMerge/>"
                }
                // A paragraph split in two runs, as Word does after an edit.
                let body = cell.paragraphs.map { text -> String in
                    let half = text.index(text.startIndex, offsetBy: text.count / 2)
                    return "<w:p><w:r><w:t xml:space=\"preserve\">\(escape(String(text[..<half])))</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">\(escape(String(text[half...])))</w:t></w:r></w:p>"
                }.joined()
                return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(body.isEmpty ? "<w:p/>" : body)</w:tc>"
            }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>" }
        let tables = table(rows) + (more.map { paragraph("Phụ lục") + table($0) } ?? "")
        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)"><w:body>\(motto)\(paragraph("KẾ HOẠCH"))\(tables)<w:sectPr/></w:body></w:document>
        """
        return try zip([
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/document.xml", document),
        ])
    }

    /// An Excel workbook whose first sheet holds `rows` (nil: no cell), with `merges`
    /// ("C5:C6"); texts of the first column are inline strings, the others shared strings.
    static func xlsx(_ rows: [[String?]], merges: [String]) throws -> Data {
        var shared: [String] = []
        let letters = Array("ABCDEFGHIJ")
        let sheetRows = rows.enumerated().map { r, row in
            "<row r=\"\(r + 1)\">" + row.enumerated().compactMap { c, text -> String? in
                guard let text else { return nil }
                let reference = "\(letters[c])\(r + 1)"
                if c == 0 {
                    if let number = Int(text) { return "<c r=\"\(reference)\"><v>\(number)</v></c>" }
                    return "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
                }
                shared.append(text)
                return "<c r=\"\(reference)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
            }.joined() + "</row>"
        }.joined()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(main)"><sheetData>\(sheetRows)</sheetData><mergeCells count="\(merges.count)">\(merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined())</mergeCells></worksheet>
        """
        // Shared strings with rich-text runs and a phonetic run that is not part of the text.
        let strings = shared.map { text -> String in
            let half = text.index(text.startIndex, offsetBy: text.count / 2)
            return "<si><r><t xml:space=\"preserve\">\(escape(String(text[..<half])))</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">\(escape(String(text[half...])))</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>"
        }.joined()
        return try zip([
            ("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\" count=\"\(shared.count)\">\(strings)</sst>"),
            ("xl/worksheets/sheet1.xml", sheet),
        ])
    }
}

extension OfficeFixture {
    /// A zip of `parts` given as bytes (path, content): a fuzzed part need not be UTF-8.
    static func zip(bytes parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }
}

extension OfficeFixture {
    /// An Excel workbook of several sheets (name, rows: inline strings), its tabs in the order
    /// given, their parts numbered in that order or, when `movedTabs` (a workbook whose tabs
    /// were moved), the other way round: the first tab is then the last `sheetN.xml`.
    static func xlsx(sheets: [(name: String, rows: [[String?]])], movedTabs: Bool = false) throws -> Data {
        let number = { (index: Int) in movedTabs ? sheets.count - index : index + 1 }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let letters = Array("ABCDEFGHIJ")
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            let rows = sheet.rows.enumerated().map { r, row in
                "<row r=\"\(r + 1)\">" + row.enumerated().compactMap { c, text -> String? in
                    text.map { "<c r=\"\(letters[c])\(r + 1)\" t=\"inlineStr\"><is><t>\(escape($0))</t></is></c>" }
                }.joined() + "</row>"
            }.joined()
            parts.append(("xl/worksheets/sheet\(number(index)).xml",
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"))
        }
        let tabs = sheets.indices.map { "<sheet name=\"\(escape(sheets[$0].name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>\(tabs)</sheets></workbook>"))
        let links = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(number($0)).xml\"/>"
        }.joined()
        parts.append(("xl/_rels/workbook.xml.rels",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(links)</Relationships>"))
        return try zip(parts)
    }
}
