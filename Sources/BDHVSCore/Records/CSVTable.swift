/// A CSV file read into record inputs, column by column, with a finding for every value
/// that cannot be read (the store then checks what needs the database: tasks, groups …).
struct CSVTable {
    enum Kind: String { case activity, measurement, spending }

    enum Input {
        case activity(ActivityInput)
        case measurement(MeasurementInput)
        case spending(SpendingInput)
    }

    struct Row {
        var input: Input
        var location: SourceLocation
        /// Where each named column's value is on this row.
        var places: [String: SourceLocation]

        /// Where a problem the store found is best pointed at: the value it is about.
        func location(of error: any Error) -> SourceLocation {
            let column: String?
            switch error {
            case ChangeError.unknownTask, ChangeError.ambiguousTask, ChangeError.retired, ChangeError.rollsUp: column = "task"
            case ChangeError.unknownIndicator, ChangeError.ambiguousIndicator, ChangeError.ratioNotForCount: column = "indicator"
            case ChangeError.unknownSource: column = "source"
            case ChangeError.groupsDoNotAddUp: column = "participants"
            case ChangeError.dateAfterToday: column = "date"
            case ChangeError.percentOver100, ChangeError.wholeNumberNeeded: column = "value"
            case ChangeError.numeratorOverDenominator: column = "numerator"
            case StoreError.unknownPlan: column = "plan"
            default: column = nil
            }
            return column.flatMap { places[$0] } ?? location
        }
    }

    /// Column names as people write them, folded, for each field.
    static let columns: [String: [String]] = [
        "plan": ["plan", "ke hoach", "ma ke hoach"],
        "task": ["task", "nhiem vu", "ma nhiem vu"],
        "date": ["date", "ngay"],
        "participants": ["participants", "so nguoi", "so nguoi tham gia", "tong so", "so luong"],
        "unit": ["unit", "don vi tinh", "don vi"],
        "title": ["title", "ten hoat dong", "hoat dong", "noi dung"],
        "place": ["place", "dia diem"],
        "note": ["note", "ghi chu"],
        "indicator": ["indicator", "chi tieu", "ma chi tieu"],
        "value": ["value", "gia tri"],
        "numerator": ["numerator", "tu so"],
        "denominator": ["denominator", "mau so"],
        "source": ["source", "nguon", "nguon kinh phi", "nguon so lieu"],
        "amount": ["amount", "so tien"],
        "kind": ["kind", "loai"],
    ]

    let file: String
    private(set) var kind: Kind = .activity
    private(set) var rows: [Row] = []
    private(set) var problems: [Diagnostic] = []

    init(text: String, file: String) throws {
        self.file = file
        let records = CSVReader.rows(text)
        guard let header = records.first else {
            throw ImportError(diagnostics: [Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error,
                                                       "the file is empty; expected a header row such as 'plan,task,date,participants'")])
        }
        var named: [String: Int] = [:]
        var groupColumns: [(index: Int, name: String)] = []
        for (index, cell) in header.enumerated() {
            let key = Folding.key(cell.text)
            if let field = Self.columns.first(where: { $0.value.contains(key) })?.key {
                named[field] = index
            } else if !key.isEmpty {
                groupColumns.append((index, cell.text))
            }
        }
        if named["indicator"] != nil { kind = .measurement } else if named["amount"] != nil { kind = .spending }
        else if named["participants"] != nil { kind = .activity } else {
            throw ImportError(diagnostics: [diagnostic(header.first!, "the header names no 'participants', 'indicator' or 'amount' column; expected activities (plan,task,date,participants,…), measurements (plan,indicator,date,value) or spending (plan,task,date,amount,source)")])
        }
        if kind != .activity, let extra = groupColumns.first {
            problems.append(diagnostic(header[extra.index], "unknown column '\(extra.name)'; expected " + Self.expectedColumns(kind)))
        }
        let required: [String] = kind == .activity ? ["task", "date", "participants"] : kind == .measurement ? ["indicator", "date"] : ["task", "date", "amount", "source"]
        for column in required where named[column] == nil {
            problems.append(diagnostic(header.first!, "the header has no '\(column)' column; expected " + Self.expectedColumns(kind)))
        }
        guard problems.isEmpty else { return }
        for record in records.dropFirst() {
            var reader = RowReader(table: self, cells: record, named: named)
            let input: Input?
            switch kind {
            case .activity: input = reader.activity(groupColumns: groupColumns)
            case .measurement: input = reader.measurement()
            case .spending: input = reader.spending()
            }
            problems += reader.problems
            if let input, let first = record.first {
                var places: [String: SourceLocation] = [:]
                for (column, index) in named where index < record.count {
                    places[column] = SourceLocation(file: file, line: record[index].line, column: record[index].column)
                }
                rows.append(Row(input: input, location: SourceLocation(file: file, line: first.line, column: first.column), places: places))
            }
        }
    }

    func diagnostic(_ cell: CSVReader.Field, _ message: String) -> Diagnostic {
        Diagnostic(SourceLocation(file: file, line: cell.line, column: cell.column), .error, message)
    }

    static func expectedColumns(_ kind: Kind) -> String {
        switch kind {
        case .activity: return "plan, task, date, participants, unit, title, place, note and target group columns"
        case .measurement: return "plan, indicator, date, value or numerator and denominator, source"
        case .spending: return "plan, task, date, amount, source, kind (disbursed or settled), note"
        }
    }
}
