/// Everything `bdhvs task show` tells about one task.
public struct TaskDetail: Encodable, Sendable, Equatable {
    /// The task with its category as of the as-of date.
    public var task: TaskRow
    public var asOf: CivilDate
    /// The task's state on the as-of date: open, started, done, paused or cancelled.
    public var state: WorkState
    public var description: String?
    public var note: String?
    /// Full name of the advisory body.
    public var advisory: String?
    /// Coordinating bodies: agency full names, or text.
    public var coordinating: [String]
    public var targetGroups: [String]
    /// The deadline from the plan file, and the one a user recorded, if any.
    public var planDeadline: CivilDate?
    public var recordedDeadline: CivilDate?
    /// For a recurring duty: its period and occurrences as of the as-of date.
    public var recurrence: RecurrencePeriod?
    public var occurrences: OccurrenceTally?
    /// Every change, oldest first.
    public var history: [ChangeRecord]
    /// The numbered group of tasks it belongs to, as written ("II. Hoàn thiện thể chế").
    public var group: String? = nil
    /// True when the task is no longer in its plan file (a later load retired it): it is
    /// shown with what was recorded, and can no longer be updated.
    public var retired = false
    /// The as-of date of the load that retired it; nil when it is not retired, or when no
    /// date was kept (a task retired by a bdhvs before the date was recorded).
    public var retiredOn: CivilDate? = nil
    /// The first day of the task's timeline when it has one of its own ("Từ tháng 9/2025",
    /// "Từ tháng 9 đến tháng 11/2025", "Năm học 2025-2026"); nil otherwise.
    public var start: CivilDate? = nil

    enum CodingKeys: String, CodingKey {
        case task, asOf = "as_of", state, description, note, advisory, coordinating, targetGroups = "target_groups"
        case planDeadline = "plan_deadline", recordedDeadline = "recorded_deadline", recurrence, occurrences, history, group, retired
        case retiredOn = "retired_on", start
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(task, forKey: .task)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(state, forKey: .state)
        try container.encode(description, forKey: .description)
        try container.encode(note, forKey: .note)
        try container.encode(advisory, forKey: .advisory)
        try container.encode(coordinating, forKey: .coordinating)
        try container.encode(targetGroups, forKey: .targetGroups)
        try container.encode(planDeadline, forKey: .planDeadline)
        try container.encode(recordedDeadline, forKey: .recordedDeadline)
        try container.encode(recurrence, forKey: .recurrence)
        try container.encode(occurrences, forKey: .occurrences)
        try container.encode(history, forKey: .history)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encode(retired, forKey: .retired)
        try container.encode(retiredOn, forKey: .retiredOn)
        try container.encodeIfPresent(start, forKey: .start)
    }
}
