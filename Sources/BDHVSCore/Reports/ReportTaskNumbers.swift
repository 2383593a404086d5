/// Tasks as the plan numbers them ("1.", "2.", "3.1"), for the report: officials read the
/// plan's numbering, never the file's ids ("nv3a").
struct ReportTaskNumbers: Sendable {
    private var numbers: [String: String] = [:]

    init(_ tasks: [TaskDefinition]) {
        for (index, task) in tasks.enumerated() {
            numbers[task.id] = "\(index + 1)"
            for (subIndex, sub) in (task.subtasks ?? []).enumerated() {
                numbers[sub.id] = "\(index + 1).\(subIndex + 1)"
            }
        }
    }

    /// "3.1"; a task the plan does not hold (none should) keeps no number.
    func number(_ id: String) -> String? {
        numbers[id]
    }

    /// "3.1. Title" or the title alone.
    func numbered(_ id: String, _ title: String) -> String {
        number(id).map { "\($0). \(title)" } ?? title
    }
}
