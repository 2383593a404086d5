import GRDB

extension PlanWriter {
    /// Inserts new tasks, updates the definition of tasks still in the file (leaving their
    /// state, history and any deadline a user recorded alone), and retires tasks that are gone.
    func writeTasks(planID: Int64, agencies: [String: Int64], summary: inout LoadSummary) throws {
        var existing: [String: (id: Int64, definition: String, retired: Bool)] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, key, definition, retired FROM task WHERE plan_id = ?"), arguments: [planID]) {
            existing[row["key"]] = (row["id"], row["definition"], row["retired"])
        }
        var rowIDs: [String: Int64] = [:]
        // New tasks get their row ids here, so that a top-level task's root_id (its own id)
        // goes in with the INSERT instead of an UPDATE after it.
        var nextRowID = try sink?.nextTask ?? Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM task")) ?? 1
        // New tasks and everyone's parties are written many rows a statement; new tasks
        // waiting are written before an update, which may name one of them as parent.
        var newTasks: [[DatabaseValue]] = []
        var parties = PartyRows()
        for (position, task) in plan.tasks.enumerated() {
            let parentRowID = task.parentID.flatMap { rowIDs[$0] }
            let columns = prepared.schedules[position]
            let values = Self.definitionValues(task, parent: parentRowID, position: position, columns: columns,
                                               definition: prepared.definitionJSON[position])
            let rowID: Int64
            if let old = existing[task.id] {
                rowID = old.id
                try insert(Self.newTask, newTasks)
                try sink?.flush(db)
                newTasks.removeAll()
                try run("""
                    UPDATE task SET parent_id = ?, position = ?, title = ?, timeline = ?, schedule_kind = ?,
                        recurrence = ?, start_date = ?, timeline_deadline = ?, explicit_deadline = ?, plan_deadline = ?,
                        deadline = COALESCE(recorded_deadline, ?), tentative = ?, has_subtasks = ?, estimate = ?, funding_source = ?, definition = ?, retired = 0,
                        root_id = ?
                    WHERE id = ?
                    """, arguments: StatementArguments(values + [(parentRowID ?? rowID).databaseValue, rowID.databaseValue]))
                try run("DELETE FROM task_lead WHERE task_id = ?", arguments: [rowID])
                try run("DELETE FROM task_party WHERE task_id = ?", arguments: [rowID])
                if old.retired {
                    try run("DELETE FROM task_retirement WHERE task_id = ?", arguments: [rowID])
                    summary.restored.append(task.id)
                } else {
                    let fields = TaskDefinitionRecord(task).changedFields(comparedTo: TaskDefinitionRecord(json: old.definition))
                    if fields.isEmpty { summary.unchanged += 1 } else { summary.changed.append(.init(task: task.id, fields: fields)) }
                }
            } else {
                rowID = nextRowID
                nextRowID += 1
                newTasks.append(values + [planID.databaseValue, task.id.databaseValue, (parentRowID ?? rowID).databaseValue, rowID.databaseValue])
                summary.added.append(task.id)
            }
            rowIDs[task.id] = rowID
            parties.add(task, rowID: rowID, agencies: agencies)
        }
        sink?.nextTask = nextRowID
        try insert(Self.newTask, newTasks)
        try insert(PartyRows.lead, parties.leads)
        try insert(PartyRows.party, parties.parties)
        for (key, old) in existing.sorted(by: { $0.key < $1.key }) where rowIDs[key] == nil && !old.retired {
            try run("UPDATE task SET retired = 1 WHERE id = ?", arguments: [old.id])
            if let loadedOn {
                try run("INSERT OR REPLACE INTO task_retirement (task_id, retired_on) VALUES (?, ?)", arguments: [old.id, loadedOn])
            }
            summary.retired.append(key)
        }
    }

    /// The values of a task's row that its definition gives, in the order of the first sixteen
    /// columns of `newTask` (and of the UPDATE of a task loaded again): the one place they are
    /// listed, for the rows written here and those prepared with a new plan (`NewPlanRows`).
    static func definitionValues(_ task: PlanTask, parent: Int64?, position: Int, columns: ScheduleColumns,
                                 definition: String) -> [DatabaseValue] {
        [
            parent?.databaseValue ?? .null, position.databaseValue, task.title.databaseValue, task.timeline?.databaseValue ?? .null,
            columns.kind.databaseValue, columns.recurrence?.databaseValue ?? .null, columns.start?.iso.databaseValue ?? .null,
            columns.timelineDeadline?.iso.databaseValue ?? .null, task.explicitDeadline?.iso.databaseValue ?? .null,
            task.deadline?.iso.databaseValue ?? .null, task.deadline?.iso.databaseValue ?? .null,
            columns.tentative.databaseValue, task.hasSubtasks.databaseValue, task.estimate?.databaseValue ?? .null,
            task.fundingSource?.databaseValue ?? .null, definition.databaseValue,
        ]
    }

    static let newTask = RowChunks(head: """
        INSERT INTO task (parent_id, position, title, timeline, schedule_kind, recurrence, start_date,
            timeline_deadline, explicit_deadline, plan_deadline, deadline, tentative, has_subtasks, estimate,
            funding_source, definition, plan_id, key, root_id, id) VALUES
        """, columns: 20)
}

/// The lead, advisory and coordinating bodies of a plan's tasks, gathered to be written
/// many rows a statement once the tasks are.
struct PartyRows {
    var leads: [[DatabaseValue]] = []
    var parties: [[DatabaseValue]] = []

    static let lead = RowChunks(head: "INSERT INTO task_lead (task_id, agency_id, position) VALUES", columns: 3)
    static let party = RowChunks(head: "INSERT INTO task_party (task_id, role, position, agency_id, text) VALUES", columns: 5)

    mutating func add(_ task: PlanTask, rowID: Int64, agencies: [String: Int64]) {
        let task64 = rowID.databaseValue
        Self.each(of: task, agency: { agencies[$0]?.databaseValue ?? .null },
                  lead: { leads.append([task64, $0, $1]) },
                  party: { parties.append([task64, $0, $1, $2, $3]) })
    }

    /// A task's lead rows (agency, position) and party rows (role, position, agency, text), in
    /// the order they are written, each without its task's row id: the one place they are
    /// worked out, for the rows written here and those prepared with a new plan (`NewPlanRows`).
    static func each(of task: PlanTask, agency: (String) -> DatabaseValue,
                     lead: (_ agency: DatabaseValue, _ position: DatabaseValue) -> Void,
                     party: (_ role: DatabaseValue, _ position: DatabaseValue, _ agency: DatabaseValue, _ text: DatabaseValue) -> Void) {
        var seen = Set<String>()
        for (position, id) in task.leads.enumerated() where seen.insert(id).inserted {
            lead(agency(id), position.databaseValue)
        }
        if let advisory = task.advisory {
            party("advisory".databaseValue, 0.databaseValue, agency(advisory), .null)
        }
        for (position, coordinator) in task.coordinators.enumerated() {
            switch coordinator {
            case .agency(let id): party("coordinating".databaseValue, position.databaseValue, agency(id), .null)
            case .text(let text): party("coordinating".databaseValue, position.databaseValue, .null, text.databaseValue)
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
        case .ongoingFrom(let day)?:
            kind = "ongoing"
            start = day
            recurrence = task.checkIn?.rawValue
        case .recurring(let period, let from)?:
            kind = "recurring"
            start = from
            recurrence = period.rawValue
        case .external?: kind = "external"
        case .ongoingAndExternal?:
            kind = "ongoing_external"
            recurrence = task.checkIn?.rawValue
        case nil: kind = "parent"
        }
    }
}
