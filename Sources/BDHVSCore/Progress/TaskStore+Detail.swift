import Foundation
import GRDB

extension TaskStore {
    /// One task with its bodies, deadlines, category as of `asOf` and whole history; a task
    /// retired from its plan file too, marked so.
    public func detail(task key: String, plan: String?, asOf: CivilDate) throws -> TaskDetail {
        try read { db in
            let state = try locate(task: key, plan: plan, db)
            guard let facts = try taskDetailFacts(db, taskRowID: state.rowID, asOf: asOf) else { throw ChangeError.retired(task: key) }
            let definition = facts.definition
            let start = try startDate(db, taskRowID: state.rowID)
            var tally: OccurrenceTally?
            if let recurrence = state.recurrence {
                let done = try donePeriods(db, taskRowID: state.rowID, asOf: asOf)
                // Periods count from the plan's issue, or from the task's own start when later.
                let issued = try planIssuedOn(db, planRowID: facts.planRowID).flatMap(CivilDate.init(iso:))
                let since = [issued, start].compactMap { $0 }.max()
                tally = OccurrenceTally.count(recurrence, years: state.years, asOf: asOf, doneKeys: Set(done), since: since)
            }
            let stateThen = try taskState(db, taskRowID: state.rowID, asOf: asOf) ?? state.state
            let group = try definition.fields["group"].flatMap { try taskGroup(db, planRowID: facts.planRowID, id: $0) }
            var detail = TaskDetail(
                task: facts.row, asOf: asOf, state: stateThen, description: definition.fields["description"], note: definition.fields["note"],
                advisory: facts.parties.first { $0.role == "advisory" }?.name,
                coordinating: facts.parties.filter { $0.role == "coordinating" }.map { $0.name },
                targetGroups: definition.fields["target_groups"].map { $0.components(separatedBy: ", ") } ?? [],
                planDeadline: facts.planDeadline.flatMap(CivilDate.init(iso:)),
                recordedDeadline: facts.recordedDeadline.flatMap(CivilDate.init(iso:)),
                recurrence: state.recurrence, occurrences: tally, history: try history(db, taskRowID: state.rowID))
            detail.group = group.map { [$0.number, $0.title].compactMap { $0 }.joined(separator: " ") }
            detail.retired = state.retired
            if state.retired { detail.retiredOn = try retiredOn(db, taskRowID: state.rowID) }
            detail.start = start
            return detail
        }
    }

    /// The changes of a task, oldest first.
    func history(_ db: Database, taskRowID: Int64) throws -> [ChangeRecord] {
        let log = try changeLog(db, taskRowID: taskRowID)
        return log.changes.map { change in
            let fields = (log.fields[change.id] ?? []).compactMap { stored in
                stored.field.map { ChangeRecord.Field(field: $0, old: stored.old, new: stored.new) }
            }
            return ChangeRecord(
                id: change.id, plan: change.planKey, task: change.taskKey, kind: change.kind, by: change.actor,
                on: CivilDate(iso: change.effectiveOn)!, recordedOn: CivilDate(iso: change.recordedOn)!, note: change.note,
                fields: ChangeRecord.Field.displayOrder(fields), undoes: change.undoes, undoneBy: change.undoneBy)
        }
    }
}
