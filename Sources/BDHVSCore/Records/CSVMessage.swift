/// What is wrong in a CSV file being imported, at a line and column: its shape (quotes,
/// columns, characters), its header, or one value. Refusals the store finds (an unknown
/// task …) are reported with their own message; the few that would name a command-line
/// option say the column instead (`CSVMessage.init?(refusal:)`).
public enum CSVMessage: LocalizedMessage, Hashable {
    case emptyFile
    case noRows
    case unknownKind
    case missingColumn(CSVColumn, kind: ImportKind)
    case unknownColumn(String, kind: ImportKind)
    /// A header naming a column its column `number` (1-based, named `first`) already names.
    case duplicateColumn(String, first: String, number: Int)
    /// A value under a column the header does not name (column `number`, 1-based).
    case valueWithoutColumn(String, number: Int)
    case unclosedQuote
    case textAfterQuote(String)
    /// A control character or non-character, as U+XXXX.
    case controlCharacter(UInt32)
    case missingValue(column: String)
    case notADate(String)
    case impossibleDate(String, problem: TimelineProblem)
    case notAWholeNumber(String, column: String)
    case notAnAmount(String, column: String)
    case notATenths(String)
    case noValue
    case unknownUnit(String)
    case unknownSpendingKind(String)
    /// A running-total cell that is neither yes nor no.
    case notYesNo(String, column: String)
    case ambiguousTask(String, plans: [String])
    case ambiguousIndicator(String, plans: [String])
    case ratioNotForCount(indicator: String)
    case dateAfterToday(on: CivilDate, today: CivilDate)

    public var id: String {
        switch self {
        case .emptyFile: return "csv.empty-file"
        case .noRows: return "csv.no-rows"
        case .unknownKind: return "csv.unknown-kind"
        case .missingColumn: return "csv.missing-column"
        case .unknownColumn: return "csv.unknown-column"
        case .duplicateColumn: return "csv.duplicate-column"
        case .valueWithoutColumn: return "csv.value-without-column"
        case .unclosedQuote: return "csv.unclosed-quote"
        case .textAfterQuote: return "csv.text-after-quote"
        case .controlCharacter: return "csv.control-character"
        case .missingValue: return "csv.missing-value"
        case .notADate: return "csv.not-a-date"
        case .impossibleDate: return "csv.impossible-date"
        case .notAWholeNumber: return "csv.not-a-whole-number"
        case .notAnAmount: return "csv.not-an-amount"
        case .notATenths: return "csv.not-a-tenths"
        case .noValue: return "csv.no-value"
        case .unknownUnit: return "csv.unknown-unit"
        case .unknownSpendingKind: return "csv.unknown-spending-kind"
        case .notYesNo: return "csv.not-yes-no"
        case .ambiguousTask: return "csv.ambiguous-task"
        case .ambiguousIndicator: return "csv.ambiguous-indicator"
        case .ratioNotForCount: return "csv.ratio-not-for-count"
        case .dateAfterToday: return "csv.date-after-today"
        }
    }

    public func text(_ language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var english: String {
        switch self {
        case .emptyFile: return "the file is empty; expected a header row such as 'plan,task,date,participants'"
        case .noRows: return "the file has no rows to import"
        case .unknownKind:
            return "the header names no 'participants', 'indicator' or 'amount' column; expected activities (plan,task,date,participants,…), measurements (plan,indicator,date,value) or spending (plan,task,date,amount,source)"
        case .missingColumn(let column, let kind): return "the header has no '\(column.name(.en))' column; expected \(kind.expectedColumns(.en))"
        case .unknownColumn(let name, let kind): return "unknown column '\(name)'; expected \(kind.expectedColumns(.en))"
        case .duplicateColumn(let name, let first, let number):
            return "column '\(name)' is the same as column \(number) ('\(first)'); a column may be named only once: remove or rename one of the two"
        case .valueWithoutColumn(let value, let number):
            return "value '\(value)' is in column \(number), which the header does not name; name the column or remove the value"
        case .unclosedQuote:
            return "the quote that opens this value is never closed; close it, or write a quote inside a value as two quotes (\"\")"
        case .textAfterQuote(let text):
            return "text '\(text)' after the closing quote of a value; quote the whole value and write a quote inside it as two quotes (\"\")"
        case .controlCharacter(let code): return "control character \(Self.code(code)) in a value; remove it"
        case .missingValue(let column): return "no '\(column)' on this row"
        case .notADate(let text): return "'\(text)' is not a date; expected d/m/yyyy or yyyy-mm-dd"
        case .impossibleDate(_, let problem): return problem.message
        case .notAWholeNumber(let text, let column): return "'\(text)' in '\(column)' is not a whole number" + commaGroupedHint(text, .en)
        case .notAnAmount(let text, let column):
            return "'\(text)' in '\(column)' is not an amount; expected \(Money.expectedForm(.en))" + commaGroupedHint(text, .en)
        case .notATenths(let text): return "'\(text)' is not a number with at most one decimal" + commaGroupedHint(text, .en)
        case .noValue: return "no 'value', nor 'numerator' and 'denominator', on this row"
        case .unknownUnit(let text): return "unit '\(text)' is empty or longer than 40 characters; expected a unit such as 'người', 'lượt', 'lớp', 'khóa'"
        case .notYesNo(let text, let column): return "'\(text)' in column '\(column)' is not yes (1, x, có) or no (0, không)"
        case .unknownSpendingKind(let text): return "kind '\(text)' is not 'giải ngân' (disbursed) or 'quyết toán' (settled)"
        case .ambiguousTask(let task, let plans): return "task '\(task)' is in several plans (\(Self.list(plans))); name one in a 'plan' column"
        case .ambiguousIndicator(let indicator, let plans):
            return "indicator '\(indicator)' is in several plans (\(Self.list(plans))); name one in a 'plan' column"
        case .ratioNotForCount(let indicator):
            return "indicator '\(indicator)' is a count; give a 'value', not a 'numerator' and 'denominator'"
        case .dateAfterToday(let on, let today):
            return "the date \(on.vietnamese) is after today (\(today.vietnamese)); record what has happened"
        }
    }

    private var vietnamese: String {
        switch self {
        case .emptyFile: return "tệp trống; cần một dòng tiêu đề, ví dụ 'kế hoạch,nhiệm vụ,ngày,số người'"
        case .noRows: return "tệp không có dòng nào để nhập"
        case .unknownKind:
            return "dòng tiêu đề không có cột 'số người', 'chỉ tiêu' hay 'số tiền'; cần hoạt động (kế hoạch,nhiệm vụ,ngày,số người,…), số liệu chỉ tiêu (kế hoạch,chỉ tiêu,ngày,giá trị) hoặc khoản chi (kế hoạch,nhiệm vụ,ngày,số tiền,nguồn)"
        case .missingColumn(let column, let kind): return "dòng tiêu đề thiếu cột '\(column.name(.vi))'; các cột: \(kind.expectedColumns(.vi))"
        case .unknownColumn(let name, let kind): return "không có cột '\(name)'; các cột: \(kind.expectedColumns(.vi))"
        case .duplicateColumn(let name, let first, let number):
            return "cột '\(name)' trùng với cột \(number) ('\(first)'); mỗi cột chỉ được ghi một lần: hãy xóa hoặc đổi tên một trong hai cột"
        case .valueWithoutColumn(let value, let number):
            return "giá trị '\(value)' nằm ở cột \(number), cột này không có tên trong dòng tiêu đề; hãy đặt tên cột hoặc xóa giá trị"
        case .unclosedQuote:
            return "dấu ngoặc kép mở đầu giá trị này không được đóng; hãy đóng lại, hoặc ghi dấu ngoặc kép bên trong giá trị thành hai dấu (\"\")"
        case .textAfterQuote(let text):
            return "có chữ '\(text)' sau dấu ngoặc kép đóng của giá trị; hãy đặt cả giá trị trong ngoặc kép và ghi dấu ngoặc kép bên trong thành hai dấu (\"\")"
        case .controlCharacter(let code): return "giá trị có ký tự điều khiển \(Self.code(code)); hãy xóa ký tự này"
        case .missingValue(let column): return "dòng này thiếu '\(column)'"
        case .notADate(let text): return "'\(text)' không phải ngày; cần dạng ngày/tháng/năm (d/m/yyyy) hoặc yyyy-mm-dd"
        case .impossibleDate(_, let problem): return problem.text(.vi)
        case .notAWholeNumber(let text, let column): return "'\(text)' ở cột '\(column)' không phải số nguyên" + commaGroupedHint(text, .vi)
        case .notAnAmount(let text, let column):
            return "'\(text)' ở cột '\(column)' không phải số tiền; cần \(Money.expectedForm(.vi))" + commaGroupedHint(text, .vi)
        case .notATenths(let text): return "'\(text)' không phải số có nhiều nhất một chữ số thập phân" + commaGroupedHint(text, .vi)
        case .noValue: return "dòng này không có 'giá trị', cũng không có 'tử số' và 'mẫu số'"
        case .unknownUnit(let text): return "đơn vị tính '\(text)' trống hoặc dài quá 40 ký tự; cần một đơn vị như 'người', 'lượt', 'lớp', 'khóa'"
        case .notYesNo(let text, let column): return "'\(text)' ở cột '\(column)' không phải có (1, x, có) hay không (0, không)"
        case .unknownSpendingKind(let text): return "loại '\(text)' không phải 'giải ngân' hay 'quyết toán'"
        case .ambiguousTask(let task, let plans):
            return "nhiệm vụ '\(task)' có trong nhiều kế hoạch (\(Self.list(plans))); hãy ghi rõ ở cột 'kế hoạch'"
        case .ambiguousIndicator(let indicator, let plans):
            return "chỉ tiêu '\(indicator)' có trong nhiều kế hoạch (\(Self.list(plans))); hãy ghi rõ ở cột 'kế hoạch'"
        case .ratioNotForCount(let indicator):
            return "chỉ tiêu '\(indicator)' là số lượng; hãy ghi 'giá trị', không ghi 'tử số' và 'mẫu số'"
        case .dateAfterToday(let on, let today):
            return "ngày \(on.vietnamese) sau ngày hôm nay (\(today.vietnamese)); chỉ ghi những việc đã xảy ra"
        }
    }

    private static func list(_ items: [String]) -> String { items.map { "'\($0)'" }.joined(separator: ", ") }

    /// `U+0000`.
    private static func code(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
