import GRDB

/// A bulk replay's change log and change fields, written many rows a statement when its
/// batch ends instead of two statements per change. The ids are given here as SQLite gives
/// them (one more than the largest in the table, in the order of the changes), so the rows
/// are those one statement per change writes. Nothing a batch's changes read looks at the
/// log (the state of their tasks is kept in memory), so it may be written last.
final class ChangeLogBatch {
    private var nextID: Int64
    private var changes: [[DatabaseValue]] = []
    private var fields: [[DatabaseValue]] = []

    /// A log for `count` changes, or nil when the ids are so near the largest that SQLite
    /// would pick others (changes are then written one by one).
    init?(_ db: Database, count: Int) throws {
        let largest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM change_log") ?? 0
        guard largest < Int64.max - Int64(count) else { return nil }
        nextID = largest + 1
    }

    /// Adds a change and its fields; returns the change's id.
    func add(subject: ChangeSubject, kind: ChangeKind, on: CivilDate, recordedOn: CivilDate, by: String, note: String?,
             fields: [(field: ChangeField, old: String?, new: String?)]) -> Int64 {
        let id = nextID
        nextID += 1
        changes.append([id.databaseValue, subject.planRowID.databaseValue, subject.taskRowID.databaseValue, kind.databaseValue,
                        by.databaseValue, on.databaseValue, recordedOn.databaseValue, note.databaseValue])
        for field in fields { self.fields.append(Self.fieldRow(id, field)) }
        return id
    }

    /// Writes the changes added since the last time, then their fields.
    func flush(_ db: Database) throws {
        try Self.changeRows.run(db, changes)
        try Self.fieldRows.run(db, fields)
        changes = []
        fields = []
    }

    private static let changeRows = RowChunks(
        head: "INSERT INTO change_log (id, plan_id, task_id, kind, actor, effective_on, recorded_on, note) VALUES", columns: 8)
    /// The change fields, many rows a statement (a change of a task has two to four; a CSV
    /// import's one per row of its file): for a batch's log and for a change written alone.
    static let fieldRows = RowChunks(head: "INSERT INTO change_field (change_id, field, old_value, new_value) VALUES", columns: 4)

    /// The row of `fieldRows` for one field of change `id`.
    static func fieldRow(_ id: Int64, _ field: (field: ChangeField, old: String?, new: String?)) -> [DatabaseValue] {
        [id.databaseValue, field.field.databaseValue, field.old.databaseValue, field.new.databaseValue]
    }
}
