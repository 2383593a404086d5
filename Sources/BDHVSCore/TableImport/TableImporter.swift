import Foundation

/// Turns the task table of a plan document (.docx), spreadsheet (.xlsx) or CSV file into a
/// plan: groups, tasks and the agencies they name, with a warning for every cell it could
/// not read and every choice a person should check. It never guesses silently.
public enum TableImporter {
    /// The plan in the table of `data`, a file named `file` (its extension says its kind).
    /// `year` is the plan's year when known; otherwise the year the timelines name most.
    /// The plan of the task table in the file at `path` (`importTable(_:file:year:)`); a file
    /// that cannot be read is `TableImportError.input`.
    public static func importTable(at path: String, year: Int? = nil) throws -> ImportedPlan {
        let data: Data
        do { data = try InputFile.data(path) } catch { throw TableImportError.input(error) }
        return try importTable(data, file: path, year: year)
    }

    public static func importTable(_ data: Data, file: String, year: Int? = nil) throws -> ImportedPlan {
        let ext = (file as NSString).pathExtension.lowercased()
        var diagnostics: [Diagnostic] = []
        let grids: [TableGrid]
        var sheetNames: [String] = []
        // Officials' files are often Word or Excel documents of before 2007 (whatever their
        // name says), or saved with a password: both are OLE compound files.
        if data.starts(with: Self.compoundFileSignature) { throw TableImportError.oldOrProtectedOffice }
        // An empty file is said to be empty, not "not a ZIP archive" or "no task table".
        if data.isEmpty, ["docx", "xlsx", "csv"].contains(ext) { throw TableImportError.emptyFile }
        switch ext {
        case "docx": grids = try DocxTableReader.tables(of: data)
        case "xlsx":
            let sheets = try XlsxTableReader.tables(of: data)
            grids = sheets.map(\.grid)
            sheetNames = sheets.map(\.name)
        case "csv":
            guard let text = InputFile.decode(data) else { throw TableImportError.notUTF8 }
            let reader = CSVReader(text)
            diagnostics += reader.findings.map {
                Diagnostic(SourceLocation(file: file, line: $0.line, column: $0.column), .warning, $0.message)
            }
            // Short rows are padded to the widest: one line of 100,000 fields over 100,000
            // short lines would be 10^10 cells.
            try TableGrid.checkSize(rows: reader.rows.count(where: { !$0.isEmpty }), width: reader.rows.map(\.count).max() ?? 0)
            grids = [TableGrid(rows: reader.rows.map { $0.map { TableCell(text: $0.text.trimmingWhitespace, row: $0.line, column: $0.column) } })]
        default:
            throw TableImportError.unknownKind(ext)
        }
        // The task table is the one whose header names the most columns.
        let found = grids.enumerated().compactMap { index, grid in TableColumns.find(in: grid).map { (index, grid, $0) } }
        guard let (chosen, grid, columns) = found.max(by: { $0.2.roles.count < $1.2.roles.count }) else {
            throw TableImportError.noTaskTable
        }
        // A Word table cut in two (a landscape section, a table split to fit a page) goes on
        // in the tables right after it, as many columns wide, with no header or with the same
        // header again: they were dropped, the second with a word, the first without one, and
        // with them the tasks they hold. Each continuation's rows from under its header.
        var continuations: [(index: Int, from: Int)] = []
        for next in grids.indices.dropFirst(chosen + 1) where ext == "docx" {
            let more = grids[next]
            guard let first = more.rows.first, first.count == grid.rows[0].count else { break }
            if let header = TableColumns.find(in: more) {
                guard header.roles == columns.roles else { break }
                continuations.append((next, header.lastHeaderRow + 1))
            } else {
                continuations.append((next, 0))
            }
        }
        // A document with its tasks in several tables: the others are named, not dropped silently.
        for (index, other, otherColumns) in found where index != chosen && !continuations.contains(where: { $0.index == index }) {
            if let cell = other.rows[otherColumns.lastHeaderRow].first(where: { !$0.text.isEmpty }) {
                diagnostics.append(Diagnostic(SourceLocation(file: file, line: cell.row, column: cell.column), .warning,
                                              TableImportMessage.otherTable(number: index + 1, imported: chosen + 1)))
            }
        }
        // A workbook's task table on a later tab: its warnings' rows and columns are that sheet's.
        if chosen > 0, sheetNames.indices.contains(chosen), let cell = grid.rows[columns.lastHeaderRow].first(where: { !$0.text.isEmpty }) {
            diagnostics.append(Diagnostic(SourceLocation(file: file, line: cell.row, column: cell.column), .warning,
                                          TableImportMessage.sheet(number: chosen + 1, name: sheetNames[chosen])))
        }
        var reading = TableReading(file: file, columns: columns, diagnostics: diagnostics)
        for row in grid.rows.dropFirst(columns.lastHeaderRow + 1) { reading.read(row) }
        for (next, from) in continuations {
            let rows = grids[next].rows.dropFirst(from)
            if let cell = rows.lazy.flatMap({ $0 }).first(where: { !$0.text.isEmpty }) {
                reading.warn(cell, TableImportMessage.continuedTable(number: next + 1, of: chosen + 1))
            }
            for row in rows { reading.read(row) }
        }
        guard !reading.tasks.isEmpty else { throw TableImportError.noTasks }
        guard let planYear = year ?? Self.year(of: reading.tasks.compactMap(\.timeline)) else { throw TableImportError.noYear }
        return reading.finish(id: Self.planID(file), year: planYear, yearGiven: year != nil, header: grid.rows[columns.lastHeaderRow])
    }

    /// The year the timelines name most often (the earliest of equals).
    /// The first bytes of an OLE compound file (.doc, .xls, an encrypted .docx or .xlsx).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func year(of timelines: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        for phrase in timelines {
            var digits = ""
            for character in phrase + " " {
                if character.isASCII, character.isNumber { digits.append(character); continue }
                if digits.count == 4, let value = Int(digits), (2000...2100).contains(value) { counts[value, default: 0] += 1 }
                digits = ""
            }
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The plan's id, from the file's name.
    static func planID(_ file: String) -> String {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let slug = AgencyCollector.slug(name)
        return slug.isEmpty ? "ke-hoach" : slug
    }
}
