/// What a user records about a task.
public enum TaskAction: Sendable, Equatable {
    /// Work has started.
    case start
    /// Done on the `on` date; for a recurring duty, marks one occurrence (the one containing
    /// the date, or the period named) and not the duty.
    case done(period: String?)
    /// Put on hold (Tạm hoãn).
    case pause
    /// Cancelled (Hủy): left out of counts and rates.
    case cancel
    /// Back to work after done, paused or cancelled.
    case reopen
    /// Percent complete, 0 to 100.
    case progress(Int)
    /// A note only.
    case note
    /// Sets the deadline of a task whose timeline gave none, or moves it.
    case deadline(CivilDate)

    /// The kind stored in `change_log.kind`.
    var kind: ChangeKind {
        switch self {
        case .start: return .start
        case .done(let period): return period == nil ? .done : .occurrence
        case .pause: return .pause
        case .cancel: return .cancel
        case .reopen: return .reopen
        case .progress: return .progress
        case .note: return .note
        case .deadline: return .deadline
        }
    }
}

/// A change to record: which task, what, when it happened, who records it, and why.
public struct ChangeRequest: Sendable, Equatable {
    /// The plan id, needed only when the task id is in several plans.
    public var plan: String?
    /// The task's id from the plan file.
    public var task: String
    public var action: TaskAction
    /// The day it happened (`--on`); defaults to the as-of date.
    public var on: CivilDate
    /// The as-of date the change is recorded on ("today").
    public var recordedOn: CivilDate
    /// Who records it.
    public var by: String
    /// A note or the reason for a deadline change.
    public var note: String?

    public init(plan: String?, task: String, action: TaskAction, on: CivilDate, recordedOn: CivilDate, by: String, note: String? = nil) {
        self.plan = plan
        self.task = task
        self.action = action
        self.on = on
        self.recordedOn = recordedOn
        self.by = by
        self.note = note
    }
}

/// A change as history shows it.
public struct ChangeRecord: Codable, Sendable, Equatable {
    /// One field a change touched, with its value before and after (nil: none).
    public struct Field: Codable, Sendable, Equatable {
        public var field: ChangeField
        public var old: String?
        public var new: String?

        public init(field: ChangeField, old: String?, new: String?) {
            self.field = field
            self.old = old
            self.new = new
        }

        /// Fields in a fixed order (state first, bookkeeping '…_since' last).
        static func displayOrder(_ fields: [Field]) -> [Field] {
            let order: [ChangeField] = [.state, .completedOn, .percent, .deadline, .recordedDeadline, .extendedFrom, .stateSince, .deadlineSince]
            func rank(_ field: Field) -> Int { order.firstIndex(of: field.field) ?? 5 }
            return fields.sorted { (rank($0), $0.field.description) < (rank($1), $1.field.description) }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(field, forKey: .field)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
        }
    }

    public var id: Int64
    public var plan: String
    /// The task it is about; nil for a change about the plan (an indicator measurement).
    public var task: String?
    public var kind: ChangeKind
    /// Who recorded it; empty when no name was known (JSON: null).
    public var by: String
    /// The day it happened.
    public var on: CivilDate
    /// The day it was recorded.
    public var recordedOn: CivilDate
    public var note: String?
    public var fields: [Field]
    /// For an undo: the change it undid.
    public var undoes: Int64?
    /// For an undone change: the undo.
    public var undoneBy: Int64?

    enum CodingKeys: String, CodingKey {
        case id, plan, task, kind, by, on, recordedOn = "recorded_on", note, fields, undoes, undoneBy = "undone_by"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(plan, forKey: .plan)
        try container.encode(task, forKey: .task)
        try container.encode(kind, forKey: .kind)
        // No name known: null, not a word of one language.
        try container.encode(by.isEmpty ? nil : by, forKey: .by)
        try container.encode(on, forKey: .on)
        try container.encode(recordedOn, forKey: .recordedOn)
        try container.encode(note, forKey: .note)
        try container.encode(fields, forKey: .fields)
        try container.encode(undoes, forKey: .undoes)
        try container.encode(undoneBy, forKey: .undoneBy)
    }
}
