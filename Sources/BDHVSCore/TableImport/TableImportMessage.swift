/// What `plan import` tells the officer to check, cell by cell: every cell it could not
/// read and every choice it made that a person should confirm.
public enum TableImportMessage: LocalizedMessage, Hashable {
    /// A timeline the timeline parser does not understand (its explanation attached).
    case timelineNotUnderstood(String, reason: String, reasonVi: String)
    /// A task row with nothing in its timeline cell.
    case noTimeline(task: String)
    /// A task row with nothing in its lead cell.
    case noLead(task: String)
    /// A lead cell read as several bodies.
    case leadSplit(String, parts: [String])
    /// Two spellings taken as one body (abbreviation of the other).
    case sameAgency(String, as: String)
    /// An advisory cell that names no single body (several, or many at once): a task has one
    /// advisory body, so the cell is kept in the task's note.
    case advisoryNotOne(String)
    /// A row under the header with text but no task content.
    case rowWithoutContent
    /// A header of no known role; its cells are kept in each task's note.
    case unknownColumn(String)
    /// A cell with text under no header (past the header's cells, or under an empty one);
    /// its text is kept in the task's note.
    case cellWithoutHeader(column: Int)
    /// Another table of the document with a task header, not imported.
    case otherTable(number: Int, imported: Int)
    /// A table with no header of its own or the task table's again, as wide as the task
    /// table and right after it, read as its continuation (a Word table cut in two).
    case continuedTable(number: Int, of: Int)
    /// A budget cell with figures that is no amount of đồng ("1,5" in a column of millions,
    /// "20 triệu"): kept in the task's note.
    case budgetNotAmount(String)
    /// A budget cell whose amount, in its column's unit, is more than a plan's estimate may
    /// be (10^15 đồng): kept in the task's note.
    case budgetTooLarge(String)
    /// The workbook's task table is on a tab after the first: the warnings' rows and columns
    /// are that sheet's.
    case sheet(number: Int, name: String)
    /// The plan's own fields the table does not give, written as placeholders.
    case placeholders(year: Int, given: Bool)
    /// A row that repeats the table's header (a table printed over several pages), skipped.
    case repeatedHeader
    /// A row of one title only (no number of a group), read as a group heading.
    case unnumberedGroup(String)
    /// A part ("A", "B", …) whose groups are numbered with its letter ("A.I", "A.II", …).
    case part(String, title: String)
    /// A task row with no number of its own (a "+" row before task 1), its id made from the
    /// number of the task above it (`after`; nil before the first numbered task).
    case unnumberedTask(task: String, after: String?)
    /// A cell of one column for both the lead and the coordinators, read as each.
    case leadAndCoordinators(String, leads: [String], coordinating: [String])
    /// A row of totals ("Tổng cộng"), skipped.
    case totalRow(String)
    /// A number written on two task rows (a number cell merged down over a task's rows):
    /// the later row's id is made unique (`task`), the others keep theirs.
    case repeatedNumber(String, task: String)

    public var id: String {
        switch self {
        case .timelineNotUnderstood: "import.timeline-not-understood"
        case .noTimeline: "import.no-timeline"
        case .noLead: "import.no-lead"
        case .leadSplit: "import.lead-split"
        case .sameAgency: "import.same-agency"
        case .advisoryNotOne: "import.advisory-not-one"
        case .rowWithoutContent: "import.row-without-content"
        case .unknownColumn: "import.unknown-column"
        case .cellWithoutHeader: "import.cell-without-header"
        case .otherTable: "import.other-table"
        case .continuedTable: "import.continued-table"
        case .sheet: "import.sheet"
        case .budgetNotAmount: "import.budget-not-amount"
        case .budgetTooLarge: "import.budget-too-large"
        case .placeholders: "import.placeholders"
        case .repeatedHeader: "import.repeated-header"
        case .unnumberedGroup: "import.unnumbered-group"
        case .part: "import.part"
        case .unnumberedTask: "import.unnumbered-task"
        case .totalRow: "import.total-row"
        case .leadAndCoordinators: "import.lead-and-coordinators"
        case .repeatedNumber: "import.repeated-number"
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vietnamese
        case .en: english
        }
    }

    private var vietnamese: String {
        switch self {
        case .timelineNotUnderstood(_, _, let reason):
            "\(reason); kế hoạch chưa hợp lệ cho đến khi sửa lại 'timeline'"
        case .noTimeline(let task):
            "nhiệm vụ '\(task)' không có thời gian; được tính là chưa xác định thời hạn cho đến khi điền 'timeline'"
        case .noLead(let task):
            "nhiệm vụ '\(task)' không có cơ quan chủ trì; kế hoạch chưa hợp lệ cho đến khi điền 'lead'"
        case .leadSplit(let text, let parts):
            "cơ quan chủ trì '\(text)' được đọc thành \(parts.count) cơ quan: \(parts.map { "'\($0)'" }.joined(separator: ", ")); cần kiểm tra đây không phải là một cơ quan"
        case .sameAgency(let name, let canonical):
            "'\(name)' được coi là cùng cơ quan với '\(canonical)' (tên viết tắt); cần kiểm tra"
        case .advisoryNotOne(let text):
            "cơ quan tham mưu '\(text)' không phải là một cơ quan; mỗi nhiệm vụ có một cơ quan tham mưu: đã ghi vào 'note', cần kiểm tra"
        case .rowWithoutContent:
            "dòng có chữ nhưng không có nội dung nhiệm vụ; đã bỏ qua dòng này"
        case .unknownColumn(let header):
            "không rõ cột '\(header)' dùng để làm gì; nội dung của cột được ghi vào 'note' của từng nhiệm vụ"
        case .cellWithoutHeader(let column):
            "ô ở cột \(column) không có tiêu đề cột; nội dung được ghi vào 'note' của nhiệm vụ, cần kiểm tra"
        case .otherTable(let number, let imported):
            "bảng thứ \(number) của tài liệu cũng có dòng tiêu đề nhiệm vụ nhưng không được nhập; chỉ nhập bảng thứ \(imported)"
        case .continuedTable(let number, let of):
            "bảng thứ \(number) có cùng số cột với bảng nhiệm vụ (bảng thứ \(of)) và không có tiêu đề khác: được đọc tiếp theo bảng đó, số dòng trong các cảnh báo về bảng này là số dòng của bảng thứ \(number); cần kiểm tra"
        case .budgetNotAmount(let text):
            "kinh phí '\(text)' không đọc được thành số đồng nguyên (ví dụ 20.000.000): đã ghi vào 'note', cần ghi 'budget: estimate' nếu có"
        case .budgetTooLarge(let text):
            "kinh phí '\(text)' lớn hơn mức một nhiệm vụ ghi được (1.000.000.000.000.000 đồng): đã ghi vào 'note'; cần xem lại số tiền và đơn vị của cột"
        case .sheet(let number, let name):
            "bảng nhiệm vụ được đọc ở trang tính thứ \(number) ('\(name)'); dòng và cột trong các cảnh báo là của trang tính này"
        case .placeholders(let year, let given):
            "bảng không có tên kế hoạch, xã, tỉnh và cơ quan ban hành: đã ghi tạm, cần điền lại"
                + (given ? "" : "; năm kế hoạch lấy là \(year) theo cột thời gian")
        case .repeatedHeader:
            "dòng nhắc lại tiêu đề của bảng; đã bỏ qua dòng này"
        case .unnumberedGroup(let title):
            "dòng chỉ có '\(title)', không có cơ quan chủ trì và thời gian: được đọc là tiêu đề một nhóm nhiệm vụ; cần kiểm tra"
        case .part(let letter, let title):
            "phần '\(letter)' ('\(title)') chia thành các nhóm: các nhóm được đánh số '\(letter).I', '\(letter).II', …; cần kiểm tra"
        case .unnumberedTask(let task, let after):
            "dòng không có số thứ tự được đọc là một nhiệm vụ riêng, mã '\(task)' "
                + (after.map { "(theo sau nhiệm vụ \($0))" } ?? "(trước nhiệm vụ được đánh số đầu tiên)")
                + "; cần kiểm tra đây không phải là ghi chú hay một ý của nhiệm vụ khác"
        case .leadAndCoordinators(let text, let leads, let coordinating):
            "'\(text)' được đọc thành chủ trì \(leads.map { "'\($0)'" }.joined(separator: ", "))"
                + (coordinating.isEmpty ? "" : ", phối hợp \(coordinating.map { "'\($0)'" }.joined(separator: ", "))") + "; cần kiểm tra"
        case .totalRow(let text):
            "dòng tổng cộng ('\(text)'), không phải nhiệm vụ; đã bỏ qua dòng này"
        case .repeatedNumber(let number, let task):
            "số thứ tự '\(number)' đã có ở một nhiệm vụ phía trên; nhiệm vụ ở dòng này được đặt mã '\(task)', cần kiểm tra đây có phải là một phần của nhiệm vụ trên"
        }
    }

    private var english: String {
        switch self {
        case .timelineNotUnderstood(_, let reason, _):
            "\(reason); the plan is not valid until its 'timeline' is rewritten"
        case .noTimeline(let task):
            "task '\(task)' has no timeline; it counts as having no known deadline until its 'timeline' is filled in"
        case .noLead(let task):
            "task '\(task)' has no lead agency; the plan is not valid until its 'lead' is filled in"
        case .leadSplit(let text, let parts):
            "lead '\(text)' read as \(parts.count) bodies: \(parts.map { "'\($0)'" }.joined(separator: ", ")); check that it is not one body"
        case .sameAgency(let name, let canonical):
            "'\(name)' taken as the same body as '\(canonical)' (an abbreviation); check it"
        case .advisoryNotOne(let text):
            "advisory body '\(text)' is not one body; a task has one advisory body: kept in its 'note', check it"
        case .rowWithoutContent:
            "row has text but no task content; row skipped"
        case .unknownColumn(let header):
            "column '\(header)' is of no known kind; its cells are kept in each task's 'note'"
        case .cellWithoutHeader(let column):
            "the cell in column \(column) has no column header; its text is kept in the task's 'note', check it"
        case .otherTable(let number, let imported):
            "table \(number) of the document also has a task header but is not imported; only table \(imported) is"
        case .continuedTable(let number, let of):
            "table \(number) has as many columns as the task table (table \(of)) and no other header: read as its continuation, the rows in the warnings about it being rows of table \(number); check it"
        case .budgetNotAmount(let text):
            "budget '\(text)' is not read as a whole number of đồng (e.g. 20.000.000): kept in the 'note'; write 'budget: estimate' if there is one"
        case .budgetTooLarge(let text):
            "budget '\(text)' is more than a task's estimate may be (1.000.000.000.000.000 đồng): kept in the 'note'; check the amount and the column's unit"
        case .sheet(let number, let name):
            "the task table is read from sheet \(number) ('\(name)'); the rows and columns of the warnings are that sheet's"
        case .placeholders(let year, let given):
            "the table gives no plan title, commune, province or issuer: placeholders written, to be filled in"
                + (given ? "" : "; plan year taken as \(year) from the timelines")
        case .repeatedHeader:
            "row repeats the table's header; row skipped"
        case .unnumberedGroup(let title):
            "row holds only '\(title)', with no lead and no time: read as the heading of a group of tasks; check it"
        case .part(let letter, let title):
            "part '\(letter)' ('\(title)') is divided into groups: they are numbered '\(letter).I', '\(letter).II', …; check it"
        case .unnumberedTask(let task, let after):
            "row with no number read as a task of its own, id '\(task)' "
                + (after.map { "(after task \($0))" } ?? "(before the first numbered task)")
                + "; check that it is no note and no item of another task"
        case .leadAndCoordinators(let text, let leads, let coordinating):
            "'\(text)' read as led by \(leads.map { "'\($0)'" }.joined(separator: ", "))"
                + (coordinating.isEmpty ? "" : ", coordinated by \(coordinating.map { "'\($0)'" }.joined(separator: ", "))") + "; check it"
        case .totalRow(let text):
            "row of totals ('\(text)'), not a task; row skipped"
        case .repeatedNumber(let number, let task):
            "number '\(number)' is already a task's above; the task of this row gets the id '\(task)', check whether it is part of the task above"
        }
    }
}

/// Why a table could not be imported at all.
public enum TableImportError: UserFacingError, Hashable {
    /// The file's extension is none of .docx, .xlsx, .csv.
    case unknownKind(String)
    /// A .docx or .xlsx that is not a ZIP archive.
    case notAnArchive
    /// A file of no bytes (a download or a copy that failed).
    case emptyFile
    /// An OLE compound file: a Word or Excel document of before 2007 (.doc, .xls), or a
    /// .docx/.xlsx saved with a password (Office then wraps it encrypted in one).
    case oldOrProtectedOffice
    /// The archive lacks a part the format requires.
    case missingPart(String)
    /// A part that is not well-formed XML, or too large.
    case unreadablePart(String)
    /// A table past what is read (`TableGrid.maximumColumns`, `TableGrid.maximumCells`):
    /// `rows` and `columns` are as far as the reader counted before it stopped.
    case tableTooLarge(rows: Int, columns: Int)
    /// A CSV file that is not UTF-8.
    case notUTF8
    /// No table with a header naming the task content and another column.
    case noTaskTable
    /// No task row under the header.
    case noTasks
    /// No year in any timeline, and none given.
    case noYear
    /// The file itself cannot be read (none at the path, a folder, no permission).
    case input(InputFileMessage)

    public var failure: FailureKind { .invalidInput }

    public var id: String {
        switch self {
        case .unknownKind: "import.unknown-kind"
        case .notAnArchive: "import.not-an-archive"
        case .emptyFile: "import.empty-file"
        case .oldOrProtectedOffice: "import.old-or-protected-office"
        case .missingPart: "import.missing-part"
        case .unreadablePart: "import.unreadable-part"
        case .tableTooLarge: "import.table-too-large"
        case .notUTF8: "import.not-utf8"
        case .noTaskTable: "import.no-task-table"
        case .noTasks: "import.no-tasks"
        case .noYear: "import.no-year"
        case .input(let problem): problem.id
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownKind(let ext), .vi) where Self.savedAgain.contains(ext):
            "không đọc được tệp '.\(ext)'; cần tệp .docx, .xlsx hoặc .csv: hãy mở tệp bằng Word hoặc Excel rồi lưu dưới dạng .docx hoặc .xlsx"
        case (.unknownKind(let ext), .en) where Self.savedAgain.contains(ext):
            "cannot read a '.\(ext)' file; expected .docx, .xlsx or .csv: open it in Word or Excel and save it as .docx or .xlsx"
        case (.unknownKind(""), .vi): "tên tệp không có phần mở rộng nên không biết là loại tệp nào; cần tệp .docx, .xlsx hoặc .csv"
        case (.unknownKind(""), .en): "the file's name has no extension, so its kind is unknown; expected a .docx, .xlsx or .csv file"
        case (.unknownKind(let ext), .vi): "không đọc được tệp '.\(ext)'; cần tệp .docx, .xlsx hoặc .csv"
        case (.unknownKind(let ext), .en): "cannot read a '.\(ext)' file; expected .docx, .xlsx or .csv"
        case (.oldOrProtectedOffice, .vi):
            "tệp được đặt mật khẩu hoặc lưu theo định dạng Word, Excel cũ (.doc, .xls); hãy mở bằng Word hoặc Excel, bỏ mật khẩu nếu có, rồi lưu dưới dạng .docx hoặc .xlsx"
        case (.oldOrProtectedOffice, .en):
            "the file is password-protected or in the old Word or Excel format (.doc, .xls); open it in Word or Excel, remove any password, and save it as .docx or .xlsx"
        case (.emptyFile, .vi): "tệp trống (0 byte); cần tài liệu Word (.docx), Excel (.xlsx) hoặc tệp CSV có bảng nhiệm vụ"
        case (.emptyFile, .en): "the file is empty (0 bytes); expected a Word (.docx), Excel (.xlsx) or CSV file with the task table"
        case (.notAnArchive, .vi): "tệp không phải tài liệu Word hoặc Excel (không phải tệp nén ZIP)"
        case (.notAnArchive, .en): "the file is not a Word or Excel document (not a ZIP archive)"
        case (.missingPart(let part), .vi): "tệp thiếu phần '\(part)'"
        case (.missingPart(let part), .en): "the file has no part '\(part)'"
        case (.unreadablePart(let part), .vi): "không đọc được phần '\(part)' của tệp (XML hỏng hoặc quá lớn)"
        case (.unreadablePart(let part), .en): "cannot read the part '\(part)' of the file (broken XML or too large)"
        case (.tableTooLarge(let rows, let columns), .vi):
            "bảng quá lớn để nhập: \(Numbers.grouped(rows)) dòng × \(Numbers.grouped(columns)) cột; tối đa \(TableGrid.maximumColumns) cột và \(Numbers.grouped(TableGrid.maximumCells)) ô"
        case (.tableTooLarge(let rows, let columns), .en):
            "the table is too large to import: \(rows) rows × \(columns) columns; at most \(TableGrid.maximumColumns) columns and \(TableGrid.maximumCells) cells"
        case (.notUTF8, .vi): "tệp CSV không được mã hóa UTF-8"
        case (.notUTF8, .en): "the CSV file is not UTF-8"
        case (.noTaskTable, .vi): "không tìm thấy bảng nhiệm vụ: cần một dòng tiêu đề có cột 'Nội dung' (hoặc 'Nhiệm vụ') và một cột khác như 'Cơ quan chủ trì', 'Thời gian'"
        case (.noTaskTable, .en): "no task table found: expected a header row with a 'Nội dung' (or 'Nhiệm vụ') column and another such as 'Cơ quan chủ trì', 'Thời gian'"
        case (.noTasks, .vi): "bảng nhiệm vụ không có nhiệm vụ nào dưới dòng tiêu đề"
        case (.noTasks, .en): "the task table has no task under its header"
        case (.noYear, .vi): "không xác định được năm của kế hoạch từ cột thời gian; cần cho biết năm"
        case (.noYear, .en): "cannot tell the plan's year from the timelines; the year must be given"
        case (.input(let problem), _): problem.text(language)
        }
    }
}

extension TableImportError {
    /// Kinds of document Word or Excel open and can save again as .docx or .xlsx.
    static let savedAgain: Set<String> = ["doc", "xls", "rtf", "odt", "ods"]

    /// The refusal as a finding at the start of `file` (`FILE:1:1: error: …`), as a CSV
    /// file's whole-file problems are: an officer importing several documents sees which
    /// one was not a Word or Excel file.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error, self)
    }
}
