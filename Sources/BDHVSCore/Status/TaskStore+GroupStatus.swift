/// Where the tasks of one numbered group stand (`bdhvs plan status --by group`). A group
/// is not a task: its tasks are counted as the status counts them, a task with sub-tasks
/// once.
public struct GroupStatusRow: Codable, Sendable, Equatable {
    public var plan: String
    /// The group's id; nil for the tasks of the plan outside every group.
    public var group: String?
    /// The group's number as written ("I", "II").
    public var number: String?
    public var title: String?
    public var counts: [TaskCategory: Int]
    public var total: Int
    public var done: Int
    public var overdue: Int

    enum CodingKeys: String, CodingKey {
        case plan, group, number, title, counts, total, done, overdue
    }
}

extension TaskStore {
    /// The status of the plans in `scope` as of `asOf`, counted per task group: each group
    /// of each plan in the plan's order, then (if any) the plan's tasks outside every
    /// group. Built on the status of each task (`tasks(_:asOf:)`), so the counts of a
    /// plan's groups add up to the plan's status.
    public func statusByGroup(_ scope: PlanScope, asOf: CivilDate) throws -> [GroupStatusRow] {
        let listing = try taskGroups(scope)
        let tasks = try self.tasks(scope, asOf: asOf).filter { $0.parent == nil }
        var rows: [GroupStatusRow] = []
        var index: [String: [String?: Int]] = [:]
        var plans: [String] = []
        for task in tasks where index[task.plan] == nil {
            plans.append(task.plan)
            index[task.plan] = [:]
        }
        for plan in plans {
            for group in listing.groups where group.plan == plan {
                index[plan]![group.definition.id] = rows.count
                rows.append(GroupStatusRow(plan: plan, group: group.definition.id, number: group.definition.number,
                                           title: group.definition.title, counts: .zeroed(), total: 0, done: 0, overdue: 0))
            }
            for task in tasks where task.plan == plan {
                let group = listing.membership[plan]?[task.id]
                let at: Int
                if let known = index[plan]![group] {
                    at = known
                } else {
                    at = rows.count
                    index[plan]![group] = at
                    rows.append(GroupStatusRow(plan: plan, group: group, number: nil, title: nil, counts: .zeroed(),
                                               total: 0, done: 0, overdue: 0))
                }
                rows[at].counts[task.status, default: 0] += 1
                rows[at].total += 1
                if task.status == .doneOnTime || task.status == .doneLate { rows[at].done += 1 }
                if task.status == .overdue { rows[at].overdue += 1 }
            }
        }
        return rows
    }
}
