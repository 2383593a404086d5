import Foundation
import GRDB

extension TaskStore {
    /// One task with its bodies, deadlines, category as of `asOf` and whole history.
    public func detail(task key: String, plan: String?, asOf: CivilDate) throws -> TaskDetail {
        try read { db in
            let state = try locate(task: key, plan: plan, db)
            guard let planRowID = try Int64.fetchOne(db, sql: "SELECT plan_id FROM task WHERE id = ?", arguments: [state.rowID]),
                let row = try taskRows(db, StatusSQL.withClauses(scope: StatusSQL.scope(planIDs: [planRowID]), includeCancelled: true)
                    + SQL(sql: "SELECT \(TaskRowSQL.columns) FROM shown s \(TaskRowSQL.joins) WHERE s.id = :task",
                          arguments: ["asOf": asOf.iso, "task": state.rowID])).first
            else { throw ChangeError.retired(task: key) }
            let plain = try Row.fetchOne(db, sql: "SELECT definition, plan_deadline, recorded_deadline FROM task WHERE id = ?",
                                         arguments: [state.rowID])!
            let definition = TaskDefinitionRecord(json: plain["definition"])
            let parties = try Row.fetchAll(db, sql: """
                SELECT p.role, COALESCE(a.name, p.text) AS name FROM task_party p LEFT JOIN agency a ON a.id = p.agency_id
                WHERE p.task_id = ? ORDER BY p.role, p.position
                """, arguments: [state.rowID])
            var tally: OccurrenceTally?
            if let recurrence = state.recurrence {
                let done = try String.fetchAll(db, sql: "SELECT period FROM occurrence_done WHERE task_id = ? AND done_on <= ?",
                                               arguments: [state.rowID, asOf.iso])
                let issued = try String.fetchOne(db, sql: "SELECT issued_on FROM plan WHERE id = ?", arguments: [planRowID])
                tally = OccurrenceTally.count(recurrence, year: state.year, asOf: asOf, doneKeys: Set(done),
                                              since: issued.flatMap(CivilDate.init(iso:)))
            }
            let stateThen = try SQLRequest<WorkState>(literal: StatusSQL.withClauses(scope: "t.id = \(state.rowID)", includeCancelled: true)
                + SQL(sql: "SELECT state FROM base", arguments: ["asOf": asOf.iso])).fetchOne(db) ?? state.state
            return TaskDetail(
                task: row, asOf: asOf, state: stateThen, description: definition.fields["description"], note: definition.fields["note"],
                advisory: parties.first { $0["role"] == "advisory" }?["name"],
                coordinating: parties.filter { $0["role"] == "coordinating" }.map { $0["name"] },
                targetGroups: definition.fields["target_groups"].map { $0.components(separatedBy: ", ") } ?? [],
                planDeadline: (plain["plan_deadline"] as String?).flatMap(CivilDate.init(iso:)),
                recordedDeadline: (plain["recorded_deadline"] as String?).flatMap(CivilDate.init(iso:)),
                recurrence: state.recurrence, occurrences: tally, history: try history(db, taskRowID: state.rowID))
        }
    }

    /// The changes of a task, oldest first.
    func history(_ db: Database, taskRowID: Int64) throws -> [ChangeRecord] {
        var fields: [Int64: [ChangeRecord.Field]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.change_id, f.field, f.old_value, f.new_value FROM change_field f
            JOIN change_log c ON c.id = f.change_id WHERE c.task_id = ?
            """, arguments: [taskRowID]) {
            guard let field = ChangeField(stored: row["field"]) else { continue }
            fields[row["change_id"], default: []].append(.init(field: field, old: row["old_value"], new: row["new_value"]))
        }
        return try Row.fetchAll(db, sql: """
            SELECT c.*, t.key AS task_key, p.key AS plan_key FROM change_log c JOIN task t ON t.id = c.task_id
            JOIN plan p ON p.id = t.plan_id WHERE c.task_id = ? ORDER BY c.id
            """, arguments: [taskRowID]).map { row in
            let id: Int64 = row["id"]
            return ChangeRecord(
                id: id, plan: row["plan_key"], task: row["task_key"], kind: row["kind"], by: row["actor"],
                on: CivilDate(iso: row["effective_on"])!, recordedOn: CivilDate(iso: row["recorded_on"])!, note: row["note"],
                fields: ChangeRecord.Field.displayOrder(fields[id] ?? []), undoes: row["undoes"], undoneBy: row["undone_by"])
        }
    }
}
