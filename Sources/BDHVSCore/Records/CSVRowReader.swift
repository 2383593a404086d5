/// Reads the values of one CSV row, noting every value that cannot be read.
struct RowReader {
    let table: CSVTable
    let cells: [CSVReader.Field]
    let named: [String: Int]
    var problems: [Diagnostic] = []

    init(table: CSVTable, cells: [CSVReader.Field], named: [String: Int]) {
        self.table = table
        self.cells = cells
        self.named = named
    }

    func cell(_ column: String) -> CSVReader.Field? {
        guard let index = named[column], index < cells.count else { return nil }
        let cell = cells[index]
        return cell.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : cell
    }

    func text(_ column: String) -> String? { cell(column)?.text.trimmingCharacters(in: .whitespaces) }

    mutating func required(_ column: String) -> CSVReader.Field? {
        if let cell = cell(column) { return cell }
        let place = cells.first ?? CSVReader.Field(text: "", line: 1, column: 1)
        problems.append(table.diagnostic(place, "no '\(column)' on this row"))
        return nil
    }

    mutating func date(_ column: String) -> CivilDate? {
        guard let cell = required(column) else { return nil }
        do { return try Invocation.parseDate(cell.text.trimmingCharacters(in: .whitespaces), source: column) } catch {
            var message = "'\(cell.text)' is not a date; expected d/m/yyyy or yyyy-mm-dd"
            if case InvocationError.invalidDate(_, _, let problem)? = error as? InvocationError, problem.kind == .impossibleDate {
                message = problem.message
            }
            problems.append(table.diagnostic(cell, message))
            return nil
        }
    }

    mutating func whole(_ column: String, required: Bool = true) -> Int? {
        guard let cell = required ? self.required(column) : cell(column) else { return nil }
        guard let value = parseWholeNumber(cell.text) else {
            problems.append(table.diagnostic(cell, "'\(cell.text)' in '\(column)' is not a whole number"))
            return nil
        }
        return value
    }

    mutating func activity(groupColumns: [(index: Int, name: String)]) -> CSVTable.Input? {
        let task = required("task"), day = date("date"), participants = whole("participants")
        var unit = ParticipantUnit.people
        if let cell = cell("unit") {
            switch Folding.key(cell.text) {
            case "nguoi": unit = .people
            case "luot": unit = .enrolments
            default: problems.append(table.diagnostic(cell, "unit '\(cell.text)' is not 'người' or 'lượt'"))
            }
        }
        var groups: [(group: String, count: Int)] = []
        for column in groupColumns where column.index < cells.count {
            let cell = cells[column.index]
            guard !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let count = parseWholeNumber(cell.text) else {
                problems.append(table.diagnostic(cell, "'\(cell.text)' in '\(column.name)' is not a whole number"))
                continue
            }
            groups.append((column.name, count))
        }
        guard let task, let day, let participants else { return nil }
        return .activity(ActivityInput(plan: text("plan"), task: task.text, heldOn: day, participants: participants, unit: unit,
                                       groups: groups, title: text("title"), place: text("place"), note: text("note")))
    }

    mutating func measurement() -> CSVTable.Input? {
        let indicator = required("indicator"), day = date("date")
        var value: MeasurementInput.Value?
        if let cell = cell("value") {
            if let tenths = parseTenths(cell.text) { value = .tenths(tenths) } else {
                problems.append(table.diagnostic(cell, "'\(cell.text)' is not a number with at most one decimal"))
            }
        } else if cell("numerator") != nil || cell("denominator") != nil {
            if let top = whole("numerator"), let bottom = whole("denominator") { value = .ratio(numerator: top, denominator: bottom) }
        } else {
            problems.append(table.diagnostic(cells.first!, "no 'value', nor 'numerator' and 'denominator', on this row"))
        }
        guard let indicator, let day, let value else { return nil }
        return .measurement(MeasurementInput(plan: text("plan"), indicator: indicator.text, measuredOn: day, value: value,
                                             source: text("source")))
    }

    mutating func spending() -> CSVTable.Input? {
        let task = required("task"), day = date("date"), amount = whole("amount"), source = required("source")
        var kind = SpendingInput.Kind.disbursed
        if let cell = cell("kind") {
            switch Folding.key(cell.text) {
            case "disbursed", "giai ngan": kind = .disbursed
            case "settled", "quyet toan": kind = .settled
            default: problems.append(table.diagnostic(cell, "kind '\(cell.text)' is not 'giải ngân' (disbursed) or 'quyết toán' (settled)"))
            }
        }
        guard let task, let day, let amount, let source else { return nil }
        return .spending(SpendingInput(plan: text("plan"), task: task.text, amount: Int64(amount), source: source.text, spentOn: day,
                                       kind: kind, note: text("note")))
    }
}
