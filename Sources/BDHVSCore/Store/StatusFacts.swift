import GRDB

/// What the status of one live task depends on, from its current row: the status rules of
/// `StatusSQL` evaluated in Swift, for the tallies that keep national answers fast
/// (`StatusTally`). Dates are ISO text compared as text, as SQLite compares them, so the two
/// agree to the day. Only valid for as-of dates on or after the task's last change.
struct StatusFacts {
    var id: Int64
    var planID: Int64
    var rootID: Int64
    var parentID: Int64?
    var hasSubtasks: Bool
    var scheduleKind: String
    /// The first day of an ongoing duty's timeline ("Từ tháng 9/2025"), ISO, or nil.
    var startDate: String?
    var state: String
    var completedOn: String?
    var deadline: String?
    var extendedFrom: String?
    var parentState: String?
    /// The lead agencies: row id and key.
    var leads: [(id: Int64, key: String)]

    /// Left out of counts: cancelled, or a sub-task of a cancelled task.
    var excluded: Bool { state == "cancelled" || parentState == "cancelled" }

    /// Done as of `asOf`.
    func done(_ asOf: String) -> Bool { state == "done" && (completedOn.map { $0 <= asOf } ?? false) }

    /// The task's own category as of `asOf` (`item` in `StatusSQL`).
    func category(_ asOf: String) -> TaskCategory {
        if done(asOf) {
            if let deadline, let completedOn, completedOn > deadline { return .doneLate }
            return .doneOnTime
        }
        if let deadline { return asOf > deadline ? .overdue : .inProgress }
        guard ["ongoing", "recurring", "ongoing_external"].contains(scheduleKind) else { return .deadlineUnknown }
        // Not begun yet: counted as a dated task that has not begun is.
        if let ongoingStart, ongoingStart > asOf { return .inProgress }
        return .ongoing
    }

    /// The start of an ongoing duty with no deadline: the one start the category reads (a
    /// dated task counts by its deadline whenever it starts). Nil for every other task, so
    /// that neither the tallies' days of change nor the shapes of groups hold starts that
    /// change nothing.
    var ongoingStart: String? {
        guard deadline == nil, ["ongoing", "recurring", "ongoing_external"].contains(scheduleKind) else { return nil }
        return startDate
    }

    /// The days on which anything the status reads of this task can change: its start (an
    /// ongoing duty begins), its deadline (it falls due), the day after (overdue), its completion.
    var breakpoints: [String] {
        var days: [String] = []
        if let ongoingStart { days.append(ongoingStart) }
        if let deadline {
            days.append(deadline)
            if let date = CivilDate(iso: deadline) { days.append(date.adding(days: 1).iso) }
        }
        if state == "done", let completedOn { days.append(completedOn) }
        return days
    }

    /// The facts of the live tasks matching `condition` (a condition on `t`), with leads.
    static func fetch(_ db: Database, where condition: SQL) throws -> [StatusFacts] {
        let (sql, arguments) = try condition.build(db)
        return try fetch(db, where: sql, arguments: arguments)
    }

    /// The same with the condition as SQL text and its arguments: statements compiled once
    /// and nothing built per call, since a load and a bulk replay read these rows for every write.
    /// `schema` names an attached database to read instead of the connection's own (a
    /// package's payload, `PackagePayloadTally`).
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments, schema: String? = nil) throws -> [StatusFacts] {
        let from = schema.map { $0 + "." } ?? ""
        let select = try db.cachedStatement(sql: """
            SELECT t.id, t.plan_id, t.root_id, t.parent_id, t.has_subtasks, t.schedule_kind, t.state, t.completed_on,
                t.deadline, t.extended_from, up.state AS parent_state, t.start_date
            FROM \(from)task t LEFT JOIN \(from)task up ON up.id = t.parent_id
            WHERE t.retired = 0 AND \(condition)
            ORDER BY t.root_id, t.id
            """)
        var facts: [StatusFacts] = []
        let rows = try Row.fetchCursor(select, arguments: arguments)
        while let row = try rows.next() {
            facts.append(StatusFacts(id: row[0], planID: row[1], rootID: row[2], parentID: row[3], hasSubtasks: row[4], scheduleKind: row[5],
                                     startDate: row[11], state: row[6], completedOn: row[7], deadline: row[8], extendedFrom: row[9], parentState: row[10], leads: []))
        }
        guard !facts.isEmpty else { return [] }
        var index: [Int64: Int] = [:]
        for (position, fact) in facts.enumerated() { index[fact.id] = position }
        let leads = try db.cachedStatement(sql: """
            SELECT l.task_id, a.id, a.key FROM \(from)task t JOIN \(from)task_lead l ON l.task_id = t.id JOIN \(from)agency a ON a.id = l.agency_id
            WHERE t.retired = 0 AND t.has_subtasks = 0 AND \(condition)
            ORDER BY l.task_id, l.position
            """)
        let leadRows = try Row.fetchCursor(leads, arguments: arguments)
        while let row = try leadRows.next() {
            if let position = index[row[0]] { facts[position].leads.append((row[1], row[2])) }
        }
        return facts
    }
}

/// The tasks that share a `root_id` (a top-level task and its sub-tasks), as `rolled` and
/// `shown` in `StatusSQL` see them.
struct StatusGroup {
    /// Ordered by id; the root is the one whose id is the group's root id.
    var tasks: [StatusFacts]

    /// Groups facts fetched in root order.
    static func groups(_ facts: [StatusFacts]) -> [StatusGroup] {
        var groups: [StatusGroup] = []
        for fact in facts {
            if groups.last?.tasks.first?.rootID == fact.rootID { groups[groups.count - 1].tasks.append(fact) } else { groups.append(StatusGroup(tasks: [fact])) }
        }
        return groups
    }

    /// What the status counts of this group as of `asOf`.
    func measures(_ asOf: String) -> StatusMeasures {
        var result = StatusMeasures()
        let items = tasks.filter { !$0.excluded }
        var leafCategories: [(fact: StatusFacts, category: TaskCategory)] = []
        for leaf in items where !leaf.hasSubtasks {
            let category = leaf.category(asOf)
            leafCategories.append((leaf, category))
            if category == .overdue { result.leafOverdue += 1 }
            for lead in leaf.leads {
                result.leads[lead.id, default: LeadMeasure(key: lead.key)].total += 1
                if category == .doneOnTime || category == .doneLate { result.leads[lead.id]!.done += 1 }
                if category == .overdue { result.leads[lead.id]!.overdue += 1 }
            }
        }
        guard let root = items.first(where: { $0.id == $0.rootID }), root.parentID == nil else { return result }
        let category: TaskCategory
        let deadline: String?
        if !root.hasSubtasks {
            category = leafCategories.first { $0.fact.id == root.id }?.category ?? root.category(asOf)
            deadline = root.deadline
        } else {
            let rolled = leafCategories.filter { $0.fact.parentID != nil }
            guard !rolled.isEmpty else { return result }
            let categories = rolled.map(\.category)
            let overdue = rolled.filter { $0.category == .overdue }.compactMap(\.fact.deadline)
            if categories.allSatisfy({ $0 == .doneOnTime || $0 == .doneLate }) {
                category = categories.contains(.doneLate) ? .doneLate : .doneOnTime
            } else if categories.contains(.overdue) {
                category = .overdue
            } else if categories.contains(.inProgress) {
                category = .inProgress
            } else if categories.contains(.deadlineUnknown) {
                category = .deadlineUnknown
            } else {
                category = .ongoing
            }
            if !overdue.isEmpty {
                deadline = overdue.min()
            } else {
                let deadlines = rolled.compactMap(\.fact.deadline)
                deadline = deadlines.count == rolled.count ? deadlines.max() : nil
            }
        }
        result.top = category
        result.due = [.doneOnTime, .doneLate, .overdue].contains(category) || (deadline.map { $0 <= asOf } ?? false)
        if category == .doneOnTime {
            // Done on time only thanks to an extension: a leaf of the group done after the deadline it first had.
            result.extended = leafCategories.contains { leaf in
                guard let from = leaf.fact.extendedFrom, let completed = leaf.fact.completedOn else { return false }
                return (leaf.category == .doneOnTime || leaf.category == .doneLate) && completed > from
            }
        }
        return result
    }
}

/// How one lead agency's leaves stand.
struct LeadMeasure: Equatable {
    var key: String
    var total = 0
    var done = 0
    var overdue = 0
}

/// What one group adds to the counts of its plan and of its lead agencies as of a date.
struct StatusMeasures: Equatable {
    /// The category of the top-level task, when it is counted.
    var top: TaskCategory?
    var due = false
    var extended = false
    var leafOverdue = 0
    var leads: [Int64: LeadMeasure] = [:]
}
