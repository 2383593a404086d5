/// A CSV file read into record inputs, column by column, with a finding for every value
/// that cannot be read (the store then checks what needs the database: tasks, groups …).
struct CSVTable {
    enum Input {
        case activity(ActivityInput)
        case measurement(MeasurementInput)
        case spending(SpendingInput)
        case figure(GroupFigureInput)
    }

    struct Row {
        var input: Input
        var location: SourceLocation
        /// Where each column's value is on this row.
        var places: [CSVColumn: SourceLocation]
        /// Where each target group's count is on this row, by the group as the header names it.
        var groupPlaces: [String: SourceLocation]
    }

    let file: String
    private(set) var kind: ImportKind = .activity
    private(set) var rows: [Row] = []
    private(set) var problems: [Diagnostic] = []

    /// Reads `text`; a file that is empty or whose header says nothing usable is thrown as
    /// an `ImportError` at once, other findings are kept in `problems`.
    init(text: String, file: String) throws {
        self.file = file
        let reader = CSVReader(text)
        guard let header = reader.rows.first else {
            if let finding = reader.findings.first { throw ImportError(diagnostics: [diagnostic(finding)]) }
            throw ImportError(diagnostics: [Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error, CSVMessage.emptyFile)])
        }
        // A quote or a character out of place makes the rows after it unreliable: report the shape first.
        guard reader.findings.isEmpty else { throw ImportError(diagnostics: reader.findings.map(diagnostic).normalized()) }
        var named: [CSVColumn: Int] = [:]
        var groupColumns: [(index: Int, name: String)] = []
        for (index, cell) in header.enumerated() {
            let key = Folding.key(cell.text)
            if let column = CSVColumn.byName[key] {
                // One value per column: a second 'participants' (or 'note' after 'ghi chu')
                // would leave one of the two values unread.
                if let first = named[column] {
                    problems.append(diagnostic(cell, CSVMessage.duplicateColumn(cell.text, first: header[first].text, number: first + 1)))
                    continue
                }
                named[column] = index
            } else if !key.isEmpty {
                groupColumns.append((index, cell.text))
            }
        }
        if named[.indicator] != nil { kind = .measurement } else if named[.amount] != nil { kind = .spending }
        else if named[.population] != nil || named[.confirmed] != nil { kind = .figure }
        else if named[.participants] != nil { kind = .activity } else {
            throw ImportError(diagnostics: [diagnostic(header[0], CSVMessage.unknownKind)])
        }
        if kind != .activity, let extra = groupColumns.first {
            problems.append(diagnostic(header[extra.index], CSVMessage.unknownColumn(extra.name, kind: kind)))
        }
        for column in kind.requiredColumns where named[column] == nil {
            problems.append(diagnostic(header[0], CSVMessage.missingColumn(column, kind: kind)))
        }
        guard problems.isEmpty else { return }
        let names = named.mapValues { header[$0].text.trimmingCharacters(in: .whitespaces) }
        let width = header.count
        let unnamed = Set(header.indices.filter { Folding.key(header[$0].text).isEmpty })
        // A row of nothing but separators (";;;;", the empty row Excel writes) is no row.
        for record in reader.rows.dropFirst() where !record.allSatisfy({ isBlank($0.text) }) {
            for (index, cell) in record.enumerated() where (index >= width || unnamed.contains(index)) && !isBlank(cell.text) {
                problems.append(diagnostic(cell, CSVMessage.valueWithoutColumn(cell.text, number: index + 1)))
            }
            var reader = RowReader(file: file, cells: record, named: named, names: names)
            let inputs: [Input]
            switch kind {
            case .activity: inputs = reader.activity(groupColumns: groupColumns).map { [$0] } ?? []
            case .measurement: inputs = reader.measurement().map { [$0] } ?? []
            case .spending: inputs = reader.spending().map { [$0] } ?? []
            case .figure: inputs = reader.figures()
            }
            problems += reader.problems
            for input in inputs {
                var places: [CSVColumn: SourceLocation] = [:]
                for (column, index) in named where index < record.count { places[column] = location(record[index]) }
                var groupPlaces: [String: SourceLocation] = [:]
                for group in groupColumns where group.index < record.count { groupPlaces[group.name] = location(record[group.index]) }
                rows.append(Row(input: input, location: location(record[0]), places: places, groupPlaces: groupPlaces))
            }
        }
    }

    private func isBlank(_ text: String) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

    private func location(_ cell: CSVReader.Field) -> SourceLocation {
        SourceLocation(file: file, line: cell.line, column: cell.column)
    }

    private func diagnostic(_ cell: CSVReader.Field, _ message: any LocalizedMessage) -> Diagnostic {
        Diagnostic(location(cell), .error, message)
    }

    private func diagnostic(_ finding: CSVReader.Finding) -> Diagnostic {
        Diagnostic(SourceLocation(file: file, line: finding.line, column: finding.column), .error, finding.message)
    }
}
