import Foundation
import Testing
@testable import BDHVSCore
import Yams

/// Word and Excel files built to exhaust the import (found by `OfficeFuzzTests` and by
/// reading the readers): tables that pad to more cells than memory holds, and tables of
/// thousands of rows whose finishing steps were quadratic. Each is refused with one line,
/// or imported with its warnings naming the right task.
@Suite struct OfficeHostileTests {
    static let header = "<w:tr><w:tc><w:p><w:r><w:t>TT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr>"

    static func docx(_ table: String) throws -> Data {
        let document = """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:body><w:tbl>\(table)</w:tbl></w:body></w:document>
        """
        return try OfficeFixture.zip([("word/document.xml", document)])
    }

    /// A row of 257 cells is past the widest table read.
    @Test func aWordRowWiderThanATableIsRefused() throws {
        let data = try Self.docx(Self.header + "<w:tr>" + String(repeating: "<w:tc><w:p/></w:tc>", count: 300) + "</w:tr>")
        let error = TableImportError.tableTooLarge(rows: 2, columns: 257)
        #expect(throws: error) { try TableImporter.importTable(data, file: "rong.docx") }
        #expect(error.diagnostic(file: "rong.docx").rendered(.vi)
                == "rong.docx:1:1: error: bảng quá lớn để nhập: 2 dòng × 257 cột; tối đa 256 cột và 1.000.000 ô")
        #expect(error.text(.en) == "the table is too large to import: 2 rows × 257 columns; at most 256 columns and 1000000 cells")
    }

    /// One row of 200 cells over 10,000 rows of one cell padded to 2,000,000 cells: refused
    /// at the row that passes a million, before the rest is read.
    @Test func aWordTablePaddedPastAMillionCellsIsRefused() throws {
        let wide = "<w:tr>" + String(repeating: "<w:tc><w:tcPr><w:gridSpan w:val=\"50\"/></w:tcPr><w:p/></w:tc>", count: 4) + "</w:tr>"
        let data = try Self.docx(Self.header + wide + String(repeating: "<w:tr><w:tc><w:p/></w:tc></w:tr>", count: 10_000))
        #expect(throws: TableImportError.tableTooLarge(rows: 5_001, columns: 200)) { try TableImporter.importTable(data, file: "dai.docx") }
    }

    /// A sheet with a cell in column IV (256) over 5,000 rows: 1,280,000 cells.
    @Test func aSheetPastAMillionCellsIsRefused() throws {
        var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nội dung</t></is></c><c r=\"IV1\"><v>1</v></c></row>"
        for row in 2...5_000 { rows += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row)</v></c></row>" }
        let sheet = "<worksheet><sheetData>\(rows)</sheetData></worksheet>"
        let data = try OfficeFixture.zip([("xl/worksheets/sheet1.xml", sheet)])
        #expect(throws: TableImportError.tableTooLarge(rows: 5_000, columns: 256)) { try TableImporter.importTable(data, file: "so.xlsx") }
        let wide = "<worksheet><sheetData><row r=\"1\"><c r=\"IW1\"><v>1</v></c></row></sheetData></worksheet>"
        #expect(throws: TableImportError.tableTooLarge(rows: 1, columns: 257)) {
            try TableImporter.importTable(try OfficeFixture.zip([("xl/worksheets/sheet1.xml", wide)]), file: "so.xlsx")
        }
    }

    /// Tasks numbered backwards, the first without a lead: its warning names its final id
    /// 'nv3', not the id of the task that was 'nv3' while the rows were read.
    @Test func aWarningNamesItsTasksFinalID() throws {
        let csv = "TT;Nội dung;Chủ trì;Thời gian\n3;Việc A;;Tháng 8/2025\n2;Việc B;UBND xã;Tháng 8/2025\n1;Việc C;UBND xã;Tháng 8/2025\n"
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "nguoc.csv")
        #expect(plan.tasks.map(\.id) == ["nv3", "nv2", "nv1"])
        #expect(plan.diagnostics.map { $0.rendered(.vi) }.contains(
            "nguoc.csv:2:10: warning: nhiệm vụ 'nv3' không có cơ quan chủ trì; kế hoạch chưa hợp lệ cho đến khi điền 'lead'"))
    }

    /// 5,000 tasks without a lead or a timeline: 10,000 warnings, each renamed once (it was
    /// tasks × warnings), each naming its own task.
    @Test func thousandsOfWarningsAreRenamedInOnePass() throws {
        var csv = "TT;Nội dung;Chủ trì;Thời gian\n"
        for task in 1...5_000 { csv += "\(task).1;Việc \(task);;\n" }
        csv += "9;Tổng kết;UBND xã;Tháng 12/2025\n"
        let plan = try TableImporter.importTable(Data(csv.utf8), file: "nhieu.csv")
        #expect(plan.tasks.count == 5_001)
        let leads = plan.diagnostics.compactMap { diagnostic -> String? in
            guard case .noLead(let task)? = diagnostic.message as? TableImportMessage else { return nil }
            return "\(diagnostic.location.line) \(task)"
        }
        #expect(leads.count == 5_000)
        #expect(leads.first == "2 nv1-1")
        #expect(leads.last == "5001 nv5000-1")
    }

    /// 20,000 bodies with the same initials get 'tb', 'tb-2', … 'tb-20000' (each id was
    /// searched from 'tb-2' up: 2·10^8 tries).
    @Test func manyBodiesWithTheSameInitialsGetIDsInLinearTime() {
        var collector = AgencyCollector()
        for number in 1...20_000 { _ = collector.add("Tổ B\(number)") }
        let ids = collector.ids()
        #expect(ids.count == 20_000)
        #expect(ids.prefix(3) == ["tb", "tb-2", "tb-3"])
        #expect(ids.last == "tb-20000")
        #expect(Set(ids).count == 20_000)
    }
}

extension OfficeHostileTests {
    /// A CSV line of 2,001 fields over 1,000 one-field lines pads to 2,002,001 cells: refused
    /// as a Word or Excel table is (a line of 100,000 fields over 100,000 lines was 10^10).
    @Test func aCSVPaddedPastAMillionCellsIsRefused() throws {
        let csv = "TT;Nội dung" + String(repeating: ";", count: 1_999) + "\n" + String(repeating: "1\n", count: 1_000)
        #expect(throws: TableImportError.tableTooLarge(rows: 1_001, columns: 2_001)) {
            try TableImporter.importTable(Data(csv.utf8), file: "rong.csv")
        }
    }
}

extension OfficeHostileTests {
    /// An element name with a byte that is not UTF-8 (a bit flipped in "gridSpan") trapped
    /// in Foundation's XML parser, which libxml2 hands the name to unchecked: now the part
    /// is refused as unreadable, for Word and Excel alike.
    @Test func aPartThatIsNotUTF8IsRefusedNotACrash() throws {
        var document = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"urn:w\"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:".utf8)
        document += [0xED] + Array("gridSpan w:val=\"2\"/></w:tcPr></w:tc></w:tr></w:tbl></w:body></w:document>".utf8)
        let docx = try OfficeFixture.zip(bytes: [("word/document.xml", Data(document))])
        #expect(throws: TableImportError.unreadablePart("word/document.xml")) { try TableImporter.importTable(docx, file: "hong.docx") }
        #expect(TableImportError.unreadablePart("word/document.xml").diagnostic(file: "hong.docx").rendered(.vi)
                == "hong.docx:1:1: error: không đọc được phần 'word/document.xml' của tệp (XML hỏng hoặc quá lớn)")
        let sheet = Array("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><".utf8) + [0xC3] + Array("v>1</v></c></row></sheetData></worksheet>".utf8)
        let xlsx = try OfficeFixture.zip(bytes: [("xl/worksheets/sheet1.xml", Data(sheet))])
        #expect(throws: TableImportError.unreadablePart("xl/worksheets/sheet1.xml")) { try TableImporter.importTable(xlsx, file: "hong.xlsx") }
    }
}

extension OfficeHostileTests {
    /// An archive whose central directory is said to start past its end trapped in
    /// ZIPFoundation's in-memory reader: now it is refused, the part not found in it.
    @Test func anArchivePointingPastItsEndIsRefusedNotACrash() throws {
        var data = try Self.docx(Self.header)
        let end = try #require(data.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06])))
        // The end record's offset of the central directory, 16 bytes in.
        data.replaceSubrange((end.lowerBound + 16)..<(end.lowerBound + 20), with: [0x00, 0x00, 0x00, 0x7F])
        #expect(throws: TableImportError.missingPart("word/document.xml")) { try TableImporter.importTable(data, file: "hong.docx") }
    }
}

extension OfficeHostileTests {
    /// Entities that expand a billion times ("billion laughs") in a cell: libxml2 stops the
    /// expansion, and the part is refused as unreadable, in well under a second.
    @Test func entitiesThatExpandABillionTimesAreRefused() throws {
        var entities = "<!ENTITY l0 \"ha\">"
        for level in 1...9 { entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let document = """
        <?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [\(entities)]><w:document xmlns:w="urn:w"><w:body><w:tbl>\
        \(Self.header)<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:tc></w:tr>\
        </w:tbl></w:body></w:document>
        """
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: TableImportError.unreadablePart("word/document.xml")) {
            try TableImporter.importTable(try OfficeFixture.zip([("word/document.xml", document)]), file: "cuoi.docx")
        }
        #expect(clock.now - started < .seconds(5))
    }
}

extension OfficeHostileTests {
    /// What YAML reads as a line break (U+2028, U+2029) broke the plan written in plain
    /// text ("could not find expected ':'"), and a non-character was written as itself, which
    /// no plan file may hold: each is written as an escape and reads back as it was.
    @Test func separatorsAndNonCharactersAreWrittenAsEscapes() throws {
        // Swift takes no non-character in a literal: they are made from their numbers.
        func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }
        for text in ["x\u{2028}y", "x\u{2029}y", scalar(0xFFFE) + "z", "a" + scalar(0xFDD0), "a" + scalar(0x10FFFF), "x\u{85}y", "a\u{FEFF}b"] {
            let yaml = "format: 1\nvalue: \(PlanYAMLWriter.scalar(text))\nnote: \(PlanYAMLWriter.block(text + "\nb", indent: 2))"
            let node = try #require(try Yams.compose(yaml: yaml))
            #expect(node["value"]?.string == text, "\(yaml)")
            #expect(node["note"]?.string == text + "\nb", "\(yaml)")
        }
        #expect(PlanYAMLWriter.scalar("x\u{2028}y") == "\"x\\u2028y\"")
        #expect(PlanYAMLWriter.scalar("a" + scalar(0x10FFFF)) == "\"a\\U0010ffff\"")
    }

    /// A zero-width space or byte order mark before a name (pasted text) is not part of it:
    /// YAML drops a leading U+FEFF when read, so the agency written was not the agency read.
    @Test func invisibleSpacesAtTheEndsOfACellAreTrimmed() throws {
        let rows: [[TestCell]] = [[.text("TT"), .text("Nội dung"), .text("Chủ trì"), .text("Thời gian")],
                                  [.text("1"), .text("\u{200B}Việc"), .text("\u{FEFF} UBND xã\u{200B}"), .text("Tháng 8/2025")]]
        let plan = try TableImporter.importTable(try OfficeFixture.docx(rows), file: "an.docx")
        #expect(plan.tasks.map(\.title) == ["Việc"])
        #expect(plan.agencies.map(\.name) == ["UBND xã"])
    }
}

extension OfficeHostileTests {
    /// Structures a hostile or broken file claims, each read as what a person sees: a
    /// reference past Excel's grid, a shared string that is not there or negative, a span
    /// of -3 or 99,999, a merge that continues nothing, a million empty rows.
    @Test func oddStructuresAreReadNotTrusted() throws {
        let sheet = """
        <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>TT</t></is></c><c r="B1" t="inlineStr"><is><t>Nội dung</t></is></c>\
        <c r="C1" t="inlineStr"><is><t>Chủ trì</t></is></c><c r="ZZZZZZ99999999" t="inlineStr"><is><t>xa</t></is></c></row>\
        <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Việc năm 2025</t></is></c><c r="C2" t="s"><v>99999</v></c></row>\
        <row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>-1</v></c><c r="C3" t="inlineStr"><is><t>UBND xã</t></is></c></row>\
        </sheetData></worksheet>
        """
        let excel = try TableImporter.importTable(try OfficeFixture.zip([("xl/worksheets/sheet1.xml", sheet)]), file: "la.xlsx", year: 2025)
        #expect(excel.tasks.map(\.title) == ["Việc năm 2025"])
        #expect(excel.diagnostics.map(\.description).contains("la.xlsx:3:1: warning: row has text but no task content; row skipped"))

        func cell(_ text: String, _ properties: String = "") -> String {
            "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let rows = "<w:tr>" + cell("TT") + cell("Nội dung") + cell("Chủ trì") + "</w:tr>"
            + "<w:tr>" + cell("1", "<w:gridSpan w:val=\"-3\"/>") + cell("Việc", "<w:vMerge/>") + cell("UBND xã") + "</w:tr>"
            + "<w:tr>" + cell("2") + cell("Việc khác") + cell("Công an xã", "<w:gridSpan w:val=\"99999\"/>") + "</w:tr>"
            + String(repeating: "<w:tr/>", count: 1_000_000)
        let word = try TableImporter.importTable(try Self.docx(rows), file: "la.docx", year: 2025)
        #expect(word.tasks.map(\.title) == ["Việc", "Việc khác"])
        #expect(word.agencies.map(\.name) == ["UBND xã", "Công an xã"])
    }
}
