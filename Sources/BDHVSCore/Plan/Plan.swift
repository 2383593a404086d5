/// A checked plan: the document as written, and its tasks with every reference resolved
/// to an agency id and every timeline read into a schedule. This is what gets stored.
public struct Plan: Sendable, Equatable {
    /// The plan as written.
    public var document: PlanDocument
    /// Tasks and sub-tasks in file order; a sub-task follows its parent.
    public var tasks: [PlanTask]
    /// The date the plan was issued (`document.date`), if written.
    public var issuedOn: CivilDate? = nil
    /// Indicators with their targets.
    public var indicators: [PlanIndicator] = []

    /// The plan's stable id.
    public var id: String { document.id }
}

/// A task or sub-task of a checked plan.
public struct PlanTask: Sendable, Equatable {
    /// Stable id from the plan file.
    public var id: String
    /// The parent task's id, for a sub-task.
    public var parentID: String?
    public var title: String
    public var description: String?
    public var note: String?
    /// Lead agencies (cơ quan chủ trì), by id; empty for a parent whose sub-tasks lead.
    public var leads: [String]
    /// Advisory agency (cơ quan tham mưu), by id.
    public var advisory: String?
    /// Coordinating bodies: agency ids, or text for generic bodies.
    public var coordinators: [Coordinator]
    /// Target group ids.
    public var targetGroups: [String]
    /// The timeline exactly as written.
    public var timeline: String?
    /// What the timeline means; nil for a parent without a timeline of its own.
    public var schedule: Schedule?
    /// How often an ongoing task checks in (`check_in`), if the plan asks.
    public var checkIn: RecurrencePeriod?
    /// A deadline written explicitly in the plan, which overrides the timeline's.
    public var explicitDeadline: CivilDate?
    /// Estimate in whole đồng and its funding source id.
    public var estimate: Int64?
    public var fundingSource: String?
    /// True when the task has sub-tasks, whose status it rolls up from.
    public var hasSubtasks: Bool
    /// The id of its numbered task group (a top-level task's), if any.
    public var group: String? = nil
    /// What it produces ("Sản phẩm", "Kết quả"), as written.
    public var deliverable: String? = nil

    /// The deadline that counts: the explicit one, else the timeline's.
    public var deadline: CivilDate? { explicitDeadline ?? schedule?.deadline }
}
