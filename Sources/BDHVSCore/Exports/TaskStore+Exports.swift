import Foundation
import GRDB

/// A whole plan with its status, for other systems (`bdhvs export PLAN --format json`).
public struct PlanExport: Encodable, Sendable {
    public var format = 1
    public var plan: PlanDocument
    public var asOf: CivilDate
    public var status: StatusReport
    public var tasks: [TaskRow]
    public var activities: [ActivityRow]

    enum CodingKeys: String, CodingKey { case format, plan, asOf = "as_of", status, tasks, activities }
}

extension TaskStore {
    /// The calendar events of a plan's deadlines (optionally of one lead agency): dated
    /// tasks not cancelled, and recurring duties with a rule for their periods.
    public func calendarEvents(plan: String, agency: String?, asOf: CivilDate) throws -> [ICalendarWriter.Event] {
        let data = try reportData(plan: plan, asOf: asOf)
        let recurring = Dictionary(data.status.recurring.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var tasks = data.tasks
        if let agency {
            let led = Set(try self.tasks(PlanScope(plan: plan), asOf: asOf, filter: TaskFilter(agency: agency)).map(\.id))
            tasks = tasks.filter { led.contains($0.id) }
        }
        // A recurring duty of a multi-year plan runs from the first year to the end of the last.
        let span = data.document.yearSpan
        let years = ClosedRange.planYears(first: span.first, last: span.last)
        return tasks.compactMap { task -> ICalendarWriter.Event? in
            let description = "Chủ trì: \(task.lead.joined(separator: "; "))\nThời gian thực hiện: \(task.timeline ?? "")\nKế hoạch: \(data.document.title)"
            let uid = "\(task.plan)-\(task.id)@bdhvs"
            if let duty = recurring[task.id] {
                let period = duty.period
                let occurrences = period.occurrences(inYears: years)
                // From the first period status counts: none before the plan's issue or the duty's start.
                let since = max(CivilDate(year: years.lowerBound, month: 1, day: 1)!, duty.since ?? .earliest)
                let first = occurrences.first { $0.end >= since }
                guard let first else { return nil }
                // Until the last period of the last year ends (a week may end in January).
                let last = occurrences.last?.end ?? CivilDate(year: years.upperBound, month: 12, day: 31)!
                return .init(uid: uid, summary: "[\(task.id)] \(task.title)", description: description, date: first.end,
                             recurrence: period, until: last)
            }
            guard let deadline = task.deadline, task.parent != nil || !data.tasks.contains(where: { $0.parent == task.id }) else { return nil }
            return .init(uid: uid, summary: "Hạn: [\(task.id)] \(task.title)", description: description, date: deadline,
                         recurrence: nil, until: nil)
        }
    }

    /// A whole plan with its status, tasks and activities as of `asOf`.
    public func planExport(plan: String, asOf: CivilDate) throws -> PlanExport {
        let data = try reportData(plan: plan, asOf: asOf)
        return PlanExport(plan: data.document, asOf: asOf, status: data.status, tasks: data.tasks,
                          activities: data.activityTotals.activities)
    }
}
