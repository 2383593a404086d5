import GRDB

/// The task rows a bulk replay's batch changes, written once each when the batch ends
/// instead of one UPDATE per change: a task started and then done in the same batch is
/// written once, with its last values. The rows that set the same columns go together, in
/// row id order, 256 a statement (`RowChunks`): each UPDATE finds the pages the one before
/// used, and a statement is bound and run once for many rows. Nothing the batch's changes
/// read looks at these columns in the table (the state of their tasks is kept in memory,
/// `TaskState.applying`); what does (a task located by name, a group's status facts read
/// again) comes after `flush`.
final class TaskRowBatch {
    /// Per task row: its columns as the batch leaves them and the latest day it changed on.
    private var rows: [Int64: (columns: [ChangeField.TaskColumn: String?], changedOn: CivilDate?)] = [:]

    /// Adds a change's columns of task `rowID`; a column set again keeps its last value.
    func add(_ rowID: Int64, columns: [(ChangeField.TaskColumn, String?)], changedOn: CivilDate?) {
        var row = rows[rowID] ?? ([:], nil)
        for (column, value) in columns { row.columns[column] = .some(value) }
        if let changedOn, row.changedOn.map({ $0 < changedOn }) ?? true { row.changedOn = changedOn }
        rows[rowID] = row
    }

    /// Writes every task row added since the last time.
    func flush(_ db: Database) throws {
        var bySet: [Shape: [[DatabaseValue]]] = [:]
        var updates: [Shape: Update] = [:]
        for rowID in rows.keys.sorted() {
            let row = rows[rowID]!
            let shape = Shape(columns: Set(row.columns.keys), changedOn: row.changedOn != nil)
            if updates[shape] == nil { updates[shape] = Update(shape) }
            let order = updates[shape]!.order
            var values = [rowID.databaseValue]
            for column in order {
                let value = row.columns[column]!
                values.append(column == .percent ? value.flatMap { Int($0) }.databaseValue : value.databaseValue)
            }
            // The deadline that counts follows the recorded one (`TaskStore.updateTask`).
            if shape.columns.contains(.recordedDeadline) { values.append(row.columns[.recordedDeadline]!.databaseValue) }
            if let changedOn = row.changedOn { values.append(changedOn.databaseValue) }
            bySet[shape, default: []].append(values)
        }
        rows = [:]
        for (shape, values) in bySet { try updates[shape]!.chunks.run(db, values) }
    }

    /// Which columns a row sets, and whether it moves `last_change_on`.
    private struct Shape: Hashable {
        var columns: Set<ChangeField.TaskColumn>
        var changedOn: Bool
    }

    /// The many-row UPDATE of one shape of row: its columns (with the deadline derived from
    /// a recorded one, as `TaskStore.updateTask` does) and `last_change_on` moved up to the
    /// day of the row's latest change; the values come in `order`.
    private struct Update {
        let order: [ChangeField.TaskColumn]
        let chunks: RowChunks

        init(_ shape: Shape) {
            order = shape.columns.sorted { $0.rawValue < $1.rawValue }
            var names = ["id"] + order.map(\.rawValue)
            var assignments = order.map { "\($0.rawValue) = v.\($0.rawValue)" }
            if shape.columns.contains(.recordedDeadline) {
                names.append("counted_deadline")
                assignments.append("deadline = COALESCE(v.counted_deadline, task.plan_deadline)")
            }
            if shape.changedOn {
                names.append("changed_on")
                assignments.append("last_change_on = MAX(COALESCE(task.last_change_on, ''), v.changed_on)")
            }
            chunks = RowChunks(head: "WITH v(\(names.joined(separator: ", "))) AS (VALUES", columns: names.count,
                               tail: ") UPDATE task SET \(assignments.joined(separator: ", ")) FROM v WHERE task.id = v.id")
        }
    }
}
