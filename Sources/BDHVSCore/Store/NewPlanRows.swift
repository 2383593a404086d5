import GRDB
import GRDBSQLite

/// The rows a plan not stored before adds to `agency`, `task`, `task_lead` and `task_party`, worked out with the plan on a checking thread (`PreparedPlan`) so that
/// the writing thread of a batch of new plans only binds them (`NewRowSink`): building a
/// `[DatabaseValue]` for each of a 10k load's 200,000 rows there, and freeing it, was a fifth
/// of that thread. The row ids are not known yet: an id column holds the row's place in the
/// plan (the N-th agency of the document, the N-th task), and the plan's row id and the
/// batch's next agency and task ids are added when the rows are bound (`NewRowTable`). The
/// values are those `PlanWriter` gives a new plan's rows (`writeAgencies`, `writeTasks`,
/// `PartyRows`), in the same order.
struct NewPlanRows: Sendable {
    /// Each table's values, row after row, in the order of `NewRowTable.all`.
    let tables: [[DatabaseValue]]
    let agencyCount: Int64
    let taskCount: Int64

    /// The rows of `plan`, or nil when its agencies are not inserted at once (an agency
    /// named twice, which the plan rules refuse, takes `PlanWriter`'s upserts).
    init?(_ plan: Plan, definitionJSON: [String], schedules: [ScheduleColumns]) {
        let agencies = plan.document.agencies
        guard Set(agencies.map(\.id)).count == agencies.count else { return nil }
        var agencyRows: [DatabaseValue] = []
        var index: [String: Int64] = [:]
        for (position, agency) in agencies.enumerated() {
            let id = Int64(position)
            // The last column, its set of names, is the agency's place too (`RowID.nameSet`).
            agencyRows += [id.databaseValue, .null, agency.id.databaseValue, agency.name.databaseValue,
                           (agency.massOrganisation ?? false).databaseValue, false.databaseValue, id.databaseValue]
            index[agency.id] = id
        }
        var taskRows: [DatabaseValue] = []
        var leadRows: [DatabaseValue] = []
        var partyRows: [DatabaseValue] = []
        var rowIDs: [String: Int64] = [:]
        for (position, task) in plan.tasks.enumerated() {
            let rowID = Int64(position)
            let parent = task.parentID.flatMap { rowIDs[$0] }
            taskRows += PlanWriter.definitionValues(task, parent: parent, position: position, columns: schedules[position],
                                                    definition: definitionJSON[position])
            taskRows += [.null, task.id.databaseValue, (parent ?? rowID).databaseValue, rowID.databaseValue]
            rowIDs[task.id] = rowID
            let task64 = rowID.databaseValue
            PartyRows.each(of: task, agency: { index[$0]?.databaseValue ?? .null },
                           lead: { leadRows += [task64, $0, $1] },
                           party: { partyRows += [task64, $0, $1, $2, $3] })
        }
        tables = [agencyRows, taskRows, leadRows, partyRows]
        agencyCount = Int64(agencies.count)
        taskCount = Int64(plan.tasks.count)
    }
}

/// A table a new plan's rows go into (`NewPlanRows`): its many-row INSERT, and which of its
/// columns hold a row id to be made whole when bound.
struct NewRowTable {
    /// What an id column of a prepared row holds.
    enum RowID {
        /// Nothing: the plan's row id is bound.
        case plan
        /// The agency's place in the document (or NULL): the batch's agency ids start there.
        case agency
        /// The task's place in the plan (or NULL).
        case task
        /// The agency's place in the document: the id of its set of names is bound
        /// (`Bases.nameSets`).
        case nameSet
    }

    let chunks: RowChunks
    /// Per column: the id it holds, or nil for a value bound as it is.
    let ids: [RowID?]

    /// The row ids a plan's prepared rows are given.
    struct Bases {
        let plan: Int64
        let agency: Int64
        let task: Int64
        /// The `name_set` of each agency of the plan, in the document's order.
        let nameSets: [Int64]
    }

    /// Binds the values of one row (`values[start...]`) from parameter `index` on.
    func bind(_ values: [DatabaseValue], from start: Int, bases: Bases, to sqlite: OpaquePointer, at index: CInt) -> CInt {
        for column in 0..<ids.count {
            let value = values[start + column]
            let code: CInt
            if let id = ids[column] {
                switch (id, value.storage) {
                case (.plan, _): code = sqlite3_bind_int64(sqlite, index + CInt(column), bases.plan)
                case (.agency, .int64(let n)): code = sqlite3_bind_int64(sqlite, index + CInt(column), bases.agency + n)
                case (.task, .int64(let n)): code = sqlite3_bind_int64(sqlite, index + CInt(column), bases.task + n)
                case (.nameSet, .int64(let n)): code = sqlite3_bind_int64(sqlite, index + CInt(column), bases.nameSets[Int(n)])
                default: code = sqlite3_bind_null(sqlite, index + CInt(column))
                }
            } else {
                code = RowChunks.bind(value, to: sqlite, at: index + CInt(column))
            }
            guard code == 0 else { return code }
        }
        return 0
    }

    /// In the order of `NewPlanRows.tables`.
    static let all: [NewRowTable] = [
        NewRowTable(chunks: PlanWriter.newAgency, ids: [.agency, .plan, nil, nil, nil, nil, .nameSet]),
        NewRowTable(chunks: PlanWriter.newTask, ids: [.task] + Array(repeating: nil, count: 15) + [.plan, nil, .task, .task]),
        NewRowTable(chunks: PartyRows.lead, ids: [.task, .agency, nil]),
        NewRowTable(chunks: PartyRows.party, ids: [.task, nil, nil, .agency, nil]),
    ]
}
