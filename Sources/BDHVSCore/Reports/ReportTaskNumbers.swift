/// Tasks as the plan numbers them ("1.", "2.", "3.1"; with groups "II.2"), for the report:
/// officials read the plan's numbering, never the file's ids ("nv3a").
struct ReportTaskNumbers: Sendable {
    private var numbers: [String: String] = [:]
    /// The heading of a group ("II. Nhóm nhiệm vụ phát triển hạ tầng số"), by the id of its first task.
    private var groupHeadings: [String: String] = [:]
    /// The group's number ("II"), by task id, to tell tasks of different groups apart.
    private var groupNumbers: [String: String] = [:]

    init(_ tasks: [TaskDefinition], groups: [TaskGroupDefinition] = []) {
        // With groups, tasks are numbered within their group, as grouped plans number them.
        var counters: [String: Int] = [:]
        var seenGroups: Set<String> = []
        for task in tasks {
            let groupID = task.group ?? ""
            let index = counters[groupID, default: 0] + 1
            counters[groupID] = index
            if let id = task.group, let position = groups.firstIndex(where: { $0.id == id }) {
                let group = groups[position]
                let number = group.number ?? ReportNumbering.roman(position + 1)
                if seenGroups.insert(id).inserted { groupHeadings[task.id] = "\(number). \(group.title)" }
                groupNumbers[task.id] = number
                for sub in task.subtasks ?? [] { groupNumbers[sub.id] = number }
            }
            numbers[task.id] = "\(index)"
            for (subIndex, sub) in (task.subtasks ?? []).enumerated() {
                numbers[sub.id] = "\(index).\(subIndex + 1)"
            }
        }
    }

    /// "3.1"; a task the plan does not hold (none should) keeps no number.
    func number(_ id: String) -> String? {
        numbers[id]
    }

    /// "3.1. Title" or the title alone, where the task is listed under its group.
    func numbered(_ id: String, _ title: String) -> String {
        number(id).map { "\($0). \(title)" } ?? title
    }

    /// "II.3.1. Title" where the task is named away from its group (assessment, directions).
    func referenced(_ id: String, _ title: String) -> String {
        guard let number = number(id) else { return title }
        return (groupNumbers[id].map { "\($0)." } ?? "") + "\(number). \(title)"
    }

    /// The group heading to print before this task, when it opens its group.
    func groupHeading(before id: String) -> String? {
        groupHeadings[id]
    }
}
