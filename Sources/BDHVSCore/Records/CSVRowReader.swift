/// Reads the values of one CSV row, noting every value that cannot be read, at its cell.
struct RowReader {
    let file: String
    let cells: [CSVReader.Field]
    let named: [CSVColumn: Int]
    /// The header's name of each column, as findings name it.
    let names: [CSVColumn: String]
    private(set) var problems: [Diagnostic] = []

    init(file: String, cells: [CSVReader.Field], named: [CSVColumn: Int], names: [CSVColumn: String]) {
        self.file = file
        self.cells = cells
        self.named = named
        self.names = names
    }

    func cell(_ column: CSVColumn) -> CSVReader.Field? {
        guard let index = named[column], index < cells.count else { return nil }
        let cell = cells[index]
        return cell.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : cell
    }

    func text(_ column: CSVColumn) -> String? { cell(column)?.text.trimmingCharacters(in: .whitespaces) }

    private func name(_ column: CSVColumn) -> String { names[column] ?? column.rawValue }

    private mutating func note(_ cell: CSVReader.Field, _ message: any LocalizedMessage) {
        problems.append(Diagnostic(SourceLocation(file: file, line: cell.line, column: cell.column), .error, message))
    }

    mutating func required(_ column: CSVColumn) -> CSVReader.Field? {
        if let cell = cell(column) { return cell }
        note(cells[0], CSVMessage.missingValue(column: name(column)))
        return nil
    }

    mutating func date(_ column: CSVColumn) -> CivilDate? {
        guard let cell = required(column) else { return nil }
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        if let date = CivilDate(iso: text) { return date }
        switch TimelineParser(planYear: 2000).parseDate(text, requiringYear: true) {
        case .success(let date): return date
        case .failure(let problem):
            // An impossible date or one without its year says what is wrong itself.
            var explained = problem.kind == .impossibleDate
            if case .dateWithoutYear = problem.reason { explained = true }
            note(cell, explained ? CSVMessage.impossibleDate(cell.text, problem: problem) : CSVMessage.notADate(cell.text))
            return nil
        }
    }

    /// A whole number in `range`, from the cell of `column` (or `cell`).
    mutating func whole(_ column: CSVColumn, _ number: RecordNumber, required: Bool = true) -> Int? {
        guard let cell = required ? self.required(column) : cell(column) else { return nil }
        return whole(cell, number, columnName: name(column))
    }

    private mutating func whole(_ cell: CSVReader.Field, _ number: RecordNumber, columnName: String) -> Int? {
        guard let value = parseWholeNumber(cell.text) else {
            if isWholeNumberText(cell.text) {
                note(cell, RecordRefusal.tooLarge(number, text: cell.text.trimmingCharacters(in: .whitespaces)))
            } else {
                note(cell, CSVMessage.notAWholeNumber(cell.text, column: columnName))
            }
            return nil
        }
        guard number.range.contains(Int64(value)) else {
            note(cell, RecordRefusal.outOfRange(number, value: Int64(value), range: number.range))
            return nil
        }
        return value
    }

    /// An amount of đồng in `RecordNumber.amount`'s range, as `Money.read` reads it ("24.500.000 đồng").
    mutating func amount(_ column: CSVColumn) -> Int64? {
        guard let cell = required(column) else { return nil }
        let typed = cell.text.trimmingCharacters(in: .whitespaces)
        switch Money.read(typed) {
        case .dong(let value):
            guard RecordNumber.amount.range.contains(value) else {
                note(cell, RecordRefusal.outOfRange(.amount, value: value, range: RecordNumber.amount.range))
                return nil
            }
            return value
        case .tooLarge:
            note(cell, RecordRefusal.tooLarge(.amount, text: typed))
        case .malformed:
            note(cell, CSVMessage.notAnAmount(cell.text, column: name(column)))
        }
        return nil
    }

    mutating func activity(groupColumns: [(index: Int, name: String)]) -> CSVTable.Input? {
        let task = required(.task), day = date(.date), participants = whole(.participants, .participants)
        var unit = ParticipantUnit.people
        if let cell = cell(.unit) {
            // A built-in unit by any of its names; another is the plan's own, checked when recorded.
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if let known = ParticipantUnit.named(text) {
                unit = known
            } else if (1...40).contains(text.count) {
                unit = ParticipantUnit(rawValue: text)
            } else {
                note(cell, CSVMessage.unknownUnit(cell.text))
            }
        }
        var runningTotal = false
        if let cell = cell(.runningTotal) {
            switch Folding.key(cell.text) {
            case "", "0", "no", "khong": runningTotal = false
            case "1", "yes", "co", "x", "luy ke": runningTotal = true
            default: note(cell, CSVMessage.notYesNo(cell.text, column: name(.runningTotal)))
            }
        }
        var groups: [(group: String, count: Int)] = []
        for column in groupColumns where column.index < cells.count {
            let cell = cells[column.index]
            guard !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if let count = whole(cell, .groupCount(column.name), columnName: column.name) { groups.append((column.name, count)) }
        }
        guard let task, let day, let participants, problems.isEmpty else { return nil }
        return .activity(ActivityInput(plan: text(.plan), task: task.text, heldOn: day, participants: participants, unit: unit,
                                       groups: groups, title: text(.title), place: text(.place), note: text(.note),
                                       village: text(.village), runningTotal: runningTotal))
    }

    mutating func measurement() -> CSVTable.Input? {
        let indicator = required(.indicator), day = date(.date)
        var value: MeasurementInput.Value?
        var typedAsPercent = false
        if let cell = cell(.value) {
            typedAsPercent = cell.text.trimmingCharacters(in: .whitespaces).hasSuffix("%")
            if let tenths = parseTenths(cell.text) { value = .tenths(tenths) } else if let whole = parseWholeNumber(cell.text) {
                note(cell, RecordRefusal.outOfRange(.value, value: Int64(whole), range: RecordNumber.value.range))
            } else {
                note(cell, CSVMessage.notATenths(cell.text))
            }
        } else if cell(.numerator) != nil || cell(.denominator) != nil {
            if let top = whole(.numerator, .numerator), let bottom = whole(.denominator, .denominator) {
                value = .ratio(numerator: top, denominator: bottom)
            }
        } else {
            note(cells[0], CSVMessage.noValue)
        }
        guard let indicator, let day, let value else { return nil }
        return .measurement(MeasurementInput(plan: text(.plan), indicator: indicator.text, measuredOn: day, value: value,
                                             source: text(.source), typedAsPercent: typedAsPercent))
    }

    mutating func spending() -> CSVTable.Input? {
        let task = required(.task), day = date(.date), amount = amount(.amount), source = required(.source)
        var kind = SpendingInput.Kind.disbursed
        if let cell = cell(.kind) {
            switch Folding.key(cell.text) {
            case "disbursed", "giai ngan": kind = .disbursed
            case "settled", "quyet toan": kind = .settled
            default: note(cell, CSVMessage.unknownSpendingKind(cell.text))
            }
        }
        guard let task, let day, let amount, let source else { return nil }
        return .spending(SpendingInput(plan: text(.plan), task: task.text, amount: amount, source: source.text, spentOn: day,
                                       kind: kind, note: text(.note)))
    }

    /// A row of figures: the population and/or the confirmed persons of a group, as of a
    /// date, for the commune or a village; one record each.
    mutating func figures() -> [CSVTable.Input] {
        let group = required(.group), day = date(.date)
        var counts: [(GroupFigureKind, Int)] = []
        for (column, kind) in [(CSVColumn.population, GroupFigureKind.population), (.confirmed, .confirmed)] {
            guard let cell = cell(column), !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let value = parseWholeNumber(cell.text) else {
                note(cell, CSVMessage.notAWholeNumber(cell.text, column: name(column)))
                continue
            }
            counts.append((kind, value))
        }
        if counts.isEmpty && problems.isEmpty { note(cells[0], CSVMessage.missingValue(column: name(.population))) }
        guard let group, let day, problems.isEmpty else { return [] }
        return counts.map { kind, count in
            .figure(GroupFigureInput(kind: kind, plan: text(.plan), group: group.text, count: Int64(count), village: text(.village),
                                     countedOn: day, source: text(.source)))
        }
    }
}
