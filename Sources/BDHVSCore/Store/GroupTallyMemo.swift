import Foundation

/// What one group of a new plan's tasks (a top-level task and its sub-tasks) adds to the
/// status tallies, remembered by what it depends on (`Shape`). Every commune of a province
/// writes the same tasks with the same deadlines and leads, so a national load meets the same
/// few hundred shapes in thousands of plans; working out a group's counts day by day costs
/// more than looking them up. The counts are a pure function of the shape, so a remembered
/// one is the one worked out (a test compares the two).
final class GroupTallyMemo: @unchecked Sendable {
    static let shared = GroupTallyMemo()

    /// What a group's counts depend on: each task's place in the group, its schedule, its
    /// start, its deadline and its leads (row stand-ins and keys). Every task of a new plan is open.
    struct Shape: Hashable {
        var tasks: [Task]

        struct Task: Hashable {
            var offset: Int64
            var isChild: Bool
            var hasSubtasks: Bool
            var scheduleKind: String
            var startDate: String?
            var deadline: String?
            var leadIDs: [Int64]
            var leadKeys: [String]
        }

        init(_ group: StatusGroup) {
            let root = group.tasks[0].rootID
            tasks = group.tasks.map { fact in
                Task(offset: fact.id - root, isChild: fact.parentID != nil, hasSubtasks: fact.hasSubtasks, scheduleKind: fact.scheduleKind,
                     startDate: fact.ongoingStart, deadline: fact.deadline, leadIDs: fact.leads.map(\.id), leadKeys: fact.leads.map(\.key))
            }
        }
    }

    /// Past this many shapes the memo starts afresh: memory stays bounded whatever the plans.
    private let capacity = 4096
    private var counts: [Shape: StatusTally.Accumulator] = [:]
    private let lock = NSLock()

    /// The counts `group` (of a new plan, every task open) adds, remembered or worked out.
    func counts(of group: StatusGroup) -> StatusTally.Accumulator {
        let shape = Shape(group)
        lock.lock()
        let known = counts[shape]
        lock.unlock()
        if let known { return known }
        var worked = StatusTally.Accumulator()
        worked.add([group], sign: 1)
        lock.lock()
        if counts.count >= capacity { counts.removeAll(keepingCapacity: true) }
        counts[shape] = worked
        lock.unlock()
        return worked
    }
}
