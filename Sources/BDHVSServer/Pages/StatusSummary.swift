import BDHVSCore

/// The six status categories and the completion rate of one level, as the page shows them:
/// the numbers of the CLI's `plan status` for the same scope and date.
struct StatusSummary: Sendable, Equatable {
    var counts: [TaskCategory: Int]
    var completion: Completion

    init(_ report: StatusReport) {
        counts = report.counts
        completion = report.completion
    }

    var total: Int { TaskCategory.allCases.reduce(0) { $0 + counts[$1, default: 0] } }

    /// The categories in the order officials list them, each with its count.
    var ordered: [(category: TaskCategory, count: Int)] {
        TaskCategory.allCases.map { ($0, counts[$0, default: 0]) }
    }
}
