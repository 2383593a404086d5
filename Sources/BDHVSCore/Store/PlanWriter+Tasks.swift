import GRDB

extension PlanWriter {
    /// Inserts new tasks, updates the definition of tasks still in the file (leaving their
    /// state, history and any deadline a user recorded alone), and retires tasks that are gone.
    func writeTasks(planID: Int64, agencies: [String: Int64], summary: inout LoadSummary) throws {
        var existing: [String: (id: Int64, definition: String, retired: Bool)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, key, definition, retired FROM task WHERE plan_id = ?", arguments: [planID]) {
            existing[row["key"]] = (row["id"], row["definition"], row["retired"])
        }
        var rowIDs: [String: Int64] = [:]
        // New tasks get their row ids here, so that a top-level task's root_id (its own id)
        // goes in with the INSERT instead of an UPDATE after it.
        var nextRowID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM task") ?? 1
        for (position, task) in plan.tasks.enumerated() {
            let definition = TaskDefinitionRecord(task)
            let parentRowID = task.parentID.flatMap { rowIDs[$0] }
            let columns = ScheduleColumns(task)
            let values: StatementArguments = [
                parentRowID, position, task.title, task.timeline, columns.kind, columns.recurrence, columns.start?.iso,
                columns.timelineDeadline?.iso, task.explicitDeadline?.iso, task.deadline?.iso, task.deadline?.iso,
                columns.tentative, task.hasSubtasks, task.estimate, task.fundingSource, definition.json,
            ]
            let rowID: Int64
            if let old = existing[task.id] {
                rowID = old.id
                try run("""
                    UPDATE task SET parent_id = ?, position = ?, title = ?, timeline = ?, schedule_kind = ?,
                        recurrence = ?, start_date = ?, timeline_deadline = ?, explicit_deadline = ?, plan_deadline = ?,
                        deadline = COALESCE(recorded_deadline, ?), tentative = ?, has_subtasks = ?, estimate = ?, funding_source = ?, definition = ?, retired = 0,
                        root_id = ?
                    WHERE id = ?
                    """, arguments: values + [parentRowID ?? rowID, rowID])
                if old.retired {
                    summary.restored.append(task.id)
                } else {
                    let fields = definition.changedFields(comparedTo: TaskDefinitionRecord(json: old.definition))
                    if fields.isEmpty { summary.unchanged += 1 } else { summary.changed.append(.init(task: task.id, fields: fields)) }
                }
            } else {
                rowID = nextRowID
                nextRowID += 1
                try run("""
                    INSERT INTO task (parent_id, position, title, timeline, schedule_kind, recurrence, start_date,
                        timeline_deadline, explicit_deadline, plan_deadline, deadline, tentative, has_subtasks, estimate,
                        funding_source, definition, plan_id, key, root_id, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: values + [planID, task.id, parentRowID ?? rowID, rowID])
                summary.added.append(task.id)
            }
            rowIDs[task.id] = rowID
            try writeParties(task, rowID: rowID, agencies: agencies, isNew: existing[task.id] == nil)
        }
        for (key, old) in existing.sorted(by: { $0.key < $1.key }) where rowIDs[key] == nil && !old.retired {
            try run("UPDATE task SET retired = 1 WHERE id = ?", arguments: [old.id])
            summary.retired.append(key)
        }
    }

    private func writeParties(_ task: PlanTask, rowID: Int64, agencies: [String: Int64], isNew: Bool) throws {
        if !isNew {
            try run("DELETE FROM task_lead WHERE task_id = ?", arguments: [rowID])
            try run("DELETE FROM task_party WHERE task_id = ?", arguments: [rowID])
        }
        var seen = Set<String>()
        for (position, lead) in task.leads.enumerated() where seen.insert(lead).inserted {
            try run("INSERT INTO task_lead (task_id, agency_id, position) VALUES (?, ?, ?)",
                           arguments: [rowID, agencies[lead], position])
        }
        if let advisory = task.advisory {
            try run("INSERT INTO task_party (task_id, role, position, agency_id) VALUES (?, 'advisory', 0, ?)",
                           arguments: [rowID, agencies[advisory]])
        }
        for (position, coordinator) in task.coordinators.enumerated() {
            switch coordinator {
            case .agency(let id):
                try run("INSERT INTO task_party (task_id, role, position, agency_id) VALUES (?, 'coordinating', ?, ?)",
                               arguments: [rowID, position, agencies[id]])
            case .text(let text):
                try run("INSERT INTO task_party (task_id, role, position, text) VALUES (?, 'coordinating', ?, ?)",
                               arguments: [rowID, position, text])
            }
        }
    }
}

/// How a task's schedule is spread over the `task` table's columns.
struct ScheduleColumns {
    var kind = "parent"
    var recurrence: String?
    var start: CivilDate?
    var timelineDeadline: CivilDate?
    var tentative = false

    init(_ task: PlanTask) {
        switch task.schedule {
        case .due(let date, let start, let tentative)?:
            kind = "due"
            timelineDeadline = date
            self.start = start
            self.tentative = tentative
        case .ongoing?:
            kind = "ongoing"
            recurrence = task.checkIn?.rawValue
        case .recurring(let period)?:
            kind = "recurring"
            recurrence = period.rawValue
        case .external?: kind = "external"
        case .ongoingAndExternal?:
            kind = "ongoing_external"
            recurrence = task.checkIn?.rawValue
        case nil: kind = "parent"
        }
    }
}
