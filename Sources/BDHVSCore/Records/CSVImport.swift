import Foundation
import GRDB

/// What a CSV import recorded.
public struct ImportSummary: Codable, Sendable, Equatable {
    /// Activities, measurements or spending.
    public var kind: ImportKind
    public var rows: Int
    /// The change that holds the whole import (one `undo` takes it back).
    public var change: Int64
}

/// A CSV file that cannot be imported: every bad row, with its line and column. Nothing
/// of the file was recorded.
public struct ImportError: Error, Sendable, Equatable {
    public var diagnostics: [Diagnostic]
}

/// A CSV file of records, read by the library before any database is opened.
public enum CSVFile {
    /// The text of the CSV file at `path`; a file that cannot be read, or is not UTF-8, is an
    /// `ImportError` at its line 1, column 1.
    public static func text(at path: String) throws(ImportError) -> String {
        do { return try InputFile.text(path) } catch { throw ImportError(diagnostics: [error.diagnostic(file: path)]) }
    }
}

extension TaskStore {
    /// Imports activities, measurements or spending from CSV `text` (named `file` in
    /// findings), all in one transaction and one change: a bad row changes nothing.
    ///
    /// The header says what the rows are: a column `indicator` (chỉ tiêu) makes them
    /// measurements, `amount` (số tiền) spending, `participants` (số người) activities,
    /// whose other columns may be target groups ("can-bo-cong-chuc", "Người dân" …).
    /// Tasks, indicators, groups and sources are looked up once per import, so the time
    /// grows with the number of rows, not its square.
    public func importCSV(_ text: String, file: String, by: String, recordedOn: CivilDate) throws -> ImportSummary {
        let table = try CSVTable(text: text, file: file)
        if table.problems.isEmpty && table.rows.isEmpty {
            throw ImportError(diagnostics: [Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error, CSVMessage.noRows)])
        }
        return try write { db in
            var fields: [ChangeRecord.Field] = []
            fields.reserveCapacity(table.rows.count)
            var problems = table.problems
            var subject: ChangeSubject?
            let lookups = RecordLookups()
            for row in table.rows {
                do {
                    let (record, id, plan) = try insert(db, row.input, recordedOn: recordedOn, lookups: lookups)
                    fields.append(.init(field: .record(record, id: id), old: nil, new: "live"))
                    if subject == nil { subject = ChangeSubject(planRowID: plan.planRowID, plan: plan.plan, taskRowID: nil, task: nil) }
                } catch let error as any UserFacingError {
                    problems.append(Diagnostic(row.location(of: error), .error, CSVMessage(refusal: error) ?? error))
                }
            }
            if !problems.isEmpty { throw ImportError(diagnostics: problems.normalized()) }
            guard let subject else { throw ImportError(diagnostics: []) }
            let change = try insertChange(db, subject: subject, kind: .import, on: recordedOn, recordedOn: recordedOn, by: by,
                                          note: (file as NSString).lastPathComponent, fields: fields, undoes: nil)
            return ImportSummary(kind: table.kind, rows: fields.count, change: change.id)
        }
    }

    private func insert(_ db: Database, _ input: CSVTable.Input, recordedOn: CivilDate,
                        lookups: RecordLookups) throws -> (ChangeField.RecordTable, Int64, ChangeSubject) {
        switch input {
        case .activity(let input):
            let (task, id) = try insertActivity(db, input, recordedOn: recordedOn, lookups: lookups)
            return (.activity, id, ChangeSubject(task))
        case .measurement(let input):
            let (subject, id) = try insertMeasurement(db, input, recordedOn: recordedOn, lookups: lookups)
            return (.measurement, id, subject)
        case .spending(let input):
            let (task, id, _) = try insertSpending(db, input, recordedOn: recordedOn, lookups: lookups)
            return (.spending, id, ChangeSubject(task))
        case .figure(let input):
            let (subject, id, _, _) = try insertFigure(db, input, recordedOn: recordedOn, lookups: lookups)
            return (.groupFigure, id, subject)
        }
    }
}

extension CSVTable.Row {
    /// Where a refusal the store found is best pointed at: the value it is about.
    func location(of error: any Error) -> SourceLocation {
        let column: CSVColumn?
        switch error {
        case ChangeError.unknownTask, ChangeError.ambiguousTask, ChangeError.retired, ChangeError.rollsUp: column = .task
        case ChangeError.unknownIndicator, ChangeError.ambiguousIndicator, ChangeError.ratioNotForCount: column = .indicator
        case ChangeError.unknownSource: column = .source
        case ChangeError.groupsDoNotAddUp: column = .participants
        case ChangeError.dateAfterToday, ChangeError.dateBeforePlan: column = .date
        case ChangeError.percentOver100, ChangeError.wholeNumberNeeded, ChangeError.percentForCount: column = .value
        case ChangeError.numeratorOverDenominator: column = .numerator
        case ChangeError.unknownGroup(let group, _), ChangeError.duplicateGroup(let group):
            return groupPlaces[group] ?? location
        case StoreError.unknownPlan, ResultsRefusal.planNeeded: column = .plan
        case ResultsRefusal.unknownGroup, ResultsRefusal.groupWithoutNational: column = .group
        case RecordRefusal.unknownVillage: column = .village
        case ChangeError.textTooLong(let text, _, _), ChangeError.controlCharacter(let text, _), ChangeError.lineBreak(let text):
            column = self.column(holding: text)
        case RecordRefusal.unknownUnit: column = .unit
        case ResultsRefusal.countOutOfRange: column = places[.population] != nil ? .population : .confirmed
        case ResultsRefusal.confirmedOverPopulation, ResultsRefusal.communeOverPopulation, ResultsRefusal.communeOverVillagesPopulation:
            // At the figure refused: a row may hold both, each recorded on its own.
            if case .figure(let figure) = input { column = figure.kind == .population ? .population : .confirmed } else { column = .confirmed }
        case RecordRefusal.spendingTotalTooLarge: column = .amount
        case RecordRefusal.outOfRange(let number, _, _):
            switch number {
            case .participants: column = .participants
            case .groupCount(let group): return groupPlaces[group] ?? location
            case .amount: column = .amount
            case .numerator: column = .numerator
            case .denominator: column = .denominator
            case .value: column = .value
            }
        default: column = nil
        }
        return column.flatMap { places[$0] } ?? location
    }
}

extension CSVTable.Row {
    /// The column of this row whose typed text is `text` (a title, a place, a note, a source).
    func column(holding text: String) -> CSVColumn? {
        let texts: [(CSVColumn, String?)]
        switch input {
        case .activity(let activity): texts = [(.title, activity.title), (.place, activity.place), (.note, activity.note)]
        case .measurement(let measurement): texts = [(.source, measurement.source)]
        case .spending(let spending): texts = [(.note, spending.note)]
        case .figure(let figure): texts = [(.source, figure.source)]
        }
        return texts.first { $0.1 == text }?.0
    }
}

extension CSVMessage {
    /// The file's wording of a refusal whose command-line wording names an option: a file
    /// has columns. Nil for a refusal that reads the same in both.
    init?(refusal: any Error) {
        switch refusal {
        case ChangeError.ambiguousTask(let task, let plans): self = .ambiguousTask(task, plans: plans)
        case ChangeError.ambiguousIndicator(let indicator, let plans): self = .ambiguousIndicator(indicator, plans: plans)
        case ChangeError.ratioNotForCount(let indicator): self = .ratioNotForCount(indicator: indicator)
        case ChangeError.dateAfterToday(let on, let today): self = .dateAfterToday(on: on, today: today)
        default: return nil
        }
    }
}
