/// What the status queries return: typed rows the status report is built from.

/// One task as listings show it.
public struct TaskRow: Codable, Sendable, Equatable {
    /// The plan's id.
    public var plan: String
    /// The task's stable id from the plan file.
    public var id: String
    /// The parent task's id, for a sub-task.
    public var parent: String?
    public var title: String
    /// Full names of the lead agencies.
    public var lead: [String]
    /// The timeline as written.
    public var timeline: String?
    /// The deadline that counts, if known.
    public var deadline: CivilDate?
    /// True when the deadline is tentative ("Dự kiến").
    public var tentative: Bool
    public var status: TaskCategory
    /// Days past the deadline as of the as-of date; 0 unless overdue.
    public var daysOverdue: Int
    /// Percent complete as last recorded.
    public var percent: Int = 0
    /// The deadline before it was first moved, when it was moved (an extension).
    public var extendedFrom: CivilDate?
    /// The day it was done, when done as of the as-of date (for a task with sub-tasks, the last).
    public var completedOn: CivilDate? = nil
    /// What the task produces ("Sản phẩm", "Kết quả"), when the plan says.
    public var deliverable: String? = nil

    enum CodingKeys: String, CodingKey {
        case plan, id, parent, title, lead, timeline, deadline, tentative, status, daysOverdue = "days_overdue"
        case percent, extendedFrom = "extended_from", completedOn = "completed_on", deliverable
    }

    /// Absent values are written as `null`, so every task has every key; the deliverable,
    /// which most commune plans do not name, only when the plan names it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan, forKey: .plan)
        try container.encode(id, forKey: .id)
        try container.encode(parent, forKey: .parent)
        try container.encode(title, forKey: .title)
        try container.encode(lead, forKey: .lead)
        try container.encode(timeline, forKey: .timeline)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(tentative, forKey: .tentative)
        try container.encode(status, forKey: .status)
        try container.encode(daysOverdue, forKey: .daysOverdue)
        try container.encode(percent, forKey: .percent)
        try container.encode(extendedFrom, forKey: .extendedFrom)
        try container.encode(completedOn, forKey: .completedOn)
        try container.encodeIfPresent(deliverable, forKey: .deliverable)
    }
}

/// Tasks led by one agency, as `by_lead` counts them.
public struct LeadCount: Codable, Sendable, Equatable {
    /// Full name of the agency.
    public var agency: String
    /// The agency's id in the plan files.
    public var agencyID: String
    /// Tasks and sub-tasks it leads (a task with two leads counts for each).
    public var total: Int
    public var done: Int
    public var overdue: Int

    enum CodingKeys: String, CodingKey {
        case agency, agencyID = "agency_id", total, done, overdue
    }
}

/// The overdue tasks of one lead agency of one plan.
public struct OverdueGroup: Codable, Sendable, Equatable {
    /// The plan's id.
    public var plan: String
    public var agency: String
    public var agencyID: String
    /// Most overdue first.
    public var tasks: [TaskRow]

    enum CodingKeys: String, CodingKey {
        case plan, agency, agencyID = "agency_id", tasks
    }
}

/// Where one plan stands, a row of a roll-up.
public struct PlanStatusRow: Codable, Sendable, Equatable {
    public var plan: String
    public var commune: String
    public var communeKind: String
    public var province: String
    public var year: Int
    public var counts: [TaskCategory: Int]
    public var total: Int
    /// Top-level tasks overdue (as in `counts`).
    public var overdue: Int
    /// Days overdue of the most overdue task or sub-task.
    public var worstDaysOverdue: Int

    enum CodingKeys: String, CodingKey {
        case plan, commune, communeKind = "commune_kind", province, year, counts, total, overdue
        case worstDaysOverdue = "worst_days_overdue"
    }
}

extension Dictionary where Key == TaskCategory, Value == Int {
    /// Every category, zero where absent.
    static func zeroed() -> [TaskCategory: Int] {
        Dictionary(uniqueKeysWithValues: TaskCategory.allCases.map { ($0, 0) })
    }
}
