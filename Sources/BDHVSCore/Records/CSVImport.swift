import Foundation
import GRDB

/// What a CSV import recorded.
public struct ImportSummary: Codable, Sendable, Equatable {
    /// "activity", "measurement" or "spending".
    public var kind: String
    public var rows: Int
    /// The change that holds the whole import (one `undo` takes it back).
    public var change: Int64
}

/// A CSV file that cannot be imported: every bad row, with its line and column. Nothing
/// of the file was recorded.
public struct ImportError: Error, Sendable, Equatable {
    public var diagnostics: [Diagnostic]
}

extension TaskStore {
    /// Imports activities, measurements or spending from CSV `text` (named `file` in
    /// findings), all in one transaction and one change: a bad row changes nothing.
    ///
    /// The header says what the rows are: a column `indicator` (chỉ tiêu) makes them
    /// measurements, `amount` (số tiền) spending, `participants` (số người) activities,
    /// whose other columns may be target groups ("can-bo-cong-chuc", "Người dân" …).
    public func importCSV(_ text: String, file: String, by: String, recordedOn: CivilDate) throws -> ImportSummary {
        let table = try CSVTable(text: text, file: file)
        return try write { db in
            var fields: [ChangeRecord.Field] = []
            var problems = table.problems
            var planRowID: Int64?
            var planKey = ""
            for row in table.rows {
                do {
                    let (table, id, plan) = try insert(db, row, recordedOn: recordedOn)
                    fields.append(.init(field: .record(table, id: id), old: nil, new: "live"))
                    if planRowID == nil { (planRowID, planKey) = (plan.planRowID, plan.plan) }
                } catch let error as ChangeError {
                    problems.append(Diagnostic(row.location(of: error), .error, error.description))
                } catch let error as StoreError {
                    problems.append(Diagnostic(row.location(of: error), .error, error.description))
                } catch let error as RowProblem {
                    problems.append(error.diagnostic)
                }
            }
            if !problems.isEmpty { throw ImportError(diagnostics: problems.normalized()) }
            guard let planRowID else { throw ImportError(diagnostics: [Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error, "the file has no rows to import")]) }
            let subject = ChangeSubject(planRowID: planRowID, plan: planKey, taskRowID: nil, task: nil)
            let change = try insertChange(db, subject: subject, kind: .import, on: recordedOn, recordedOn: recordedOn, by: by,
                                          note: (file as NSString).lastPathComponent, fields: fields, undoes: nil)
            return ImportSummary(kind: table.kind.rawValue, rows: fields.count, change: change.id)
        }
    }

    private func insert(_ db: Database, _ row: CSVTable.Row, recordedOn: CivilDate) throws -> (ChangeField.RecordTable, Int64, ChangeSubject) {
        switch row.input {
        case .activity(let input):
            let (task, id) = try insertActivity(db, input, recordedOn: recordedOn)
            return (.activity, id, ChangeSubject(task))
        case .measurement(let input):
            let (subject, id) = try insertMeasurement(db, input, recordedOn: recordedOn)
            return (.measurement, id, subject)
        case .spending(let input):
            let (task, id) = try insertSpending(db, input, recordedOn: recordedOn)
            return (.spending, id, ChangeSubject(task))
        }
    }
}

/// A problem with one value of a row.
struct RowProblem: Error {
    var diagnostic: Diagnostic
}
