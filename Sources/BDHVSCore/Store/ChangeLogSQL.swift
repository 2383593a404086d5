import GRDB

// The change log's writes and reads: a change, its fields, the undo link, and the rows
// history and undo read back. Progress decides what a change is and refuses what it must.

/// A row of `change_log` with the keys of its plan and task.
struct ChangeLogRow: Decodable, FetchableRecord {
    var id: Int64
    var planRowID: Int64
    var taskRowID: Int64?
    var planKey: String
    var taskKey: String?
    var kind: ChangeKind
    var actor: String
    var effectiveOn: String
    var recordedOn: String
    var note: String?
    var undoes: Int64?
    var undoneBy: Int64?

    enum CodingKeys: String, CodingKey {
        case id, planRowID = "plan_id", taskRowID = "task_id", planKey = "plan_key", taskKey = "task_key", kind, actor,
             effectiveOn = "effective_on", recordedOn = "recorded_on", note, undoes, undoneBy = "undone_by"
    }
}

/// A row of `change_field`; `field` is nil when this bdhvs does not know its name.
struct ChangeFieldRow {
    var changeID: Int64
    var field: ChangeField?
    var old: String?
    var new: String?
}

extension TaskStore {
    /// The day a period of a recurring duty was recorded done, or nil.
    func occurrenceDoneOn(_ db: Database, taskRowID: Int64, period: String) throws -> CivilDate? {
        // The statement by its text, not a request built from a literal: a bulk replay asks
        // this for every occurrence it records.
        try CivilDate.fetchOne(db.cachedStatement(sql: "SELECT done_on FROM occurrence_done WHERE task_id = ? AND period = ?"),
                               arguments: [taskRowID, period])
    }

    /// Writes a change and its fields, applies the new values and links an undo to what it
    /// undoes; returns the change's id. Every statement is compiled once per connection and
    /// reused: a bulk replay records hundreds of thousands of changes. With `tally`, the
    /// status tallies are brought up to date when the batch finishes; with `log`, the change
    /// and its fields are written with the batch's others when it finishes; with `rows`, so
    /// are the task's columns.
    func writeChange(
        _ db: Database, subject: ChangeSubject, kind: ChangeKind, on: CivilDate, recordedOn: CivilDate, by: String, note: String?,
        fields: [(field: ChangeField, old: String?, new: String?)], undoes: Int64?, tally: StatusTally.Batch? = nil,
        log: ChangeLogBatch? = nil, rows: TaskRowBatch? = nil
    ) throws -> Int64 {
        let changeID: Int64
        if let log, undoes == nil {
            changeID = log.add(subject: subject, kind: kind, on: on, recordedOn: recordedOn, by: by, note: note, fields: fields)
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO change_log (plan_id, task_id, kind, actor, effective_on, recorded_on, note, undoes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [subject.planRowID, subject.taskRowID, kind, by, on, recordedOn, note, undoes])
            changeID = db.lastInsertedRowID
            try ChangeLogBatch.fieldRows.run(db, fields.map { ChangeLogBatch.fieldRow(changeID, $0) })
        }
        if let task = subject.taskRowID,
           let root = try subject.rootRowID ?? Int64.fetchOne(db.cachedStatement(sql: "SELECT root_id FROM task WHERE id = ?"), arguments: [task]) {
            // A change touches one task group: its status tallies are taken away and added
            // again, now or (a batch) once for all the batch's changes of the group.
            if let tally {
                try tally.touch(db, root: root, known: rows != nil)
                try apply(db, fields: fields.map { ($0.field, $0.new) }, to: subject.taskRowID, changedOn: on, rows: rows)
            } else {
                try StatusTally.updating(db, tasks: "t.root_id = \(root)") {
                    try apply(db, fields: fields.map { ($0.field, $0.new) }, to: subject.taskRowID, changedOn: on)
                }
            }
        } else {
            try apply(db, fields: fields.map { ($0.field, $0.new) }, to: subject.taskRowID, changedOn: subject.taskRowID == nil ? nil : on)
        }
        if let undoes {
            try db.cachedStatement(literal: "UPDATE change_log SET undone_by = \(changeID) WHERE id = \(undoes)").execute()
        }
        return changeID
    }


    /// The last change `by` made that is neither an undo nor undone, or nil.
    func lastUndoableChange(_ db: Database, by: String) throws -> ChangeLogRow? {
        if let change = try lastUndoableChange(db, actors: [by]) { return change }
        // The same name written otherwise ("Hung", "hùng" for "Hùng") is the same person, as
        // a name typed without diacritics or in another case is everywhere else.
        let key = Folding.key(by)
        let actors = try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM change_log").filter { $0 != by && Folding.key($0) == key }
        return actors.isEmpty ? nil : try lastUndoableChange(db, actors: actors)
    }

    /// The last change not undone of any of `actors`.
    private func lastUndoableChange(_ db: Database, actors: [String]) throws -> ChangeLogRow? {
        try ChangeLogRow.fetchOne(db, SQLRequest(literal: """
            SELECT c.*, t.key AS task_key, p.key AS plan_key FROM change_log c
            JOIN plan p ON p.id = c.plan_id LEFT JOIN task t ON t.id = c.task_id
            WHERE c.actor IN \(actors) AND c.kind <> 'undo' AND c.undone_by IS NULL
            ORDER BY c.id DESC LIMIT 1
            """))
    }

    /// The fields of one change, in the order they were written.
    func changeFields(_ db: Database, changeID: Int64) throws -> [ChangeFieldRow] {
        try SQLRequest<Row>("SELECT change_id, field, old_value, new_value FROM change_field WHERE change_id = \(changeID)").fetchAll(db)
            .map(Self.changeFieldRow)
    }

    /// The changes of a task, oldest first, with the fields of each by change id.
    func changeLog(_ db: Database, taskRowID: Int64) throws -> (changes: [ChangeLogRow], fields: [Int64: [ChangeFieldRow]]) {
        var fields: [Int64: [ChangeFieldRow]] = [:]
        for row in try SQLRequest<Row>("""
            SELECT f.change_id, f.field, f.old_value, f.new_value FROM change_field f
            JOIN change_log c ON c.id = f.change_id WHERE c.task_id = \(taskRowID)
            """).fetchAll(db) {
            let field = Self.changeFieldRow(row)
            fields[field.changeID, default: []].append(field)
        }
        let changes = try ChangeLogRow.fetchAll(db, SQLRequest(literal: """
            SELECT c.*, t.key AS task_key, p.key AS plan_key FROM change_log c JOIN task t ON t.id = c.task_id
            JOIN plan p ON p.id = t.plan_id WHERE c.task_id = \(taskRowID) ORDER BY c.id
            """))
        return (changes, fields)
    }

    private static func changeFieldRow(_ row: Row) -> ChangeFieldRow {
        ChangeFieldRow(changeID: row["change_id"], field: ChangeField(stored: row["field"]), old: row["old_value"], new: row["new_value"])
    }
}
