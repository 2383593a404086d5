import GRDB

/// The task rows a bulk replay's batch changes, written once each when the batch ends
/// instead of one UPDATE per change: a task started and then done in the same batch is
/// written once, with its last values, and the rows go in row id order, so each UPDATE
/// finds the pages the one before used. Nothing the batch's changes read looks at these
/// columns in the table (the state of their tasks is kept in memory, `TaskState.applying`);
/// what does (a task located by name, the status tallies after the changes) comes after `flush`.
final class TaskRowBatch {
    /// Per task row: its columns as the batch leaves them (each once, in the order first
    /// set) and the latest day it changed on.
    private var rows: [Int64: (columns: [(ChangeField.TaskColumn, String?)], changedOn: CivilDate?)] = [:]

    /// Adds a change's columns of task `rowID`; a column set again keeps its last value.
    func add(_ rowID: Int64, columns: [(ChangeField.TaskColumn, String?)], changedOn: CivilDate?) {
        var row = rows[rowID] ?? ([], nil)
        for (column, value) in columns {
            if let index = row.columns.firstIndex(where: { $0.0 == column }) { row.columns[index].1 = value } else { row.columns.append((column, value)) }
        }
        if let changedOn, row.changedOn.map({ $0 < changedOn }) ?? true { row.changedOn = changedOn }
        rows[rowID] = row
    }

    /// Writes every task row added since the last time, in row id order.
    func flush(_ db: Database, with store: TaskStore) throws {
        for rowID in rows.keys.sorted() {
            let row = rows[rowID]!
            // The columns in one order whatever order the changes set them: fewer statement texts.
            try store.updateTask(db, rowID, columns: row.columns.sorted { $0.0.rawValue < $1.0.rawValue }, changedOn: row.changedOn)
        }
        rows = [:]
    }
}
