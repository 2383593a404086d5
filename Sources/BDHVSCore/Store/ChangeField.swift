import GRDB

/// One thing a change sets, as `change_field.field` stores it: a column of the task, the
/// occurrence of a recurring duty done in a period, or whether a recorded fact counts.
public enum ChangeField: Hashable, Sendable, Codable, DatabaseValueConvertible, CustomStringConvertible {
    /// A column of `task` a change may set.
    case task(TaskColumn)
    /// The occurrence of a recurring duty for a period key such as '2025-08'; its value is
    /// the day it was done.
    case occurrence(String)
    /// A row of a table of recorded facts; its value is "live" while it counts.
    case record(RecordTable, id: Int64)

    /// The task columns a change may set. `deadline` is derived from the recorded and the
    /// plan deadline, and kept in the log so history reads plainly.
    public enum TaskColumn: String, Sendable, CaseIterable {
        case state, completedOn = "completed_on", percent, stateSince = "state_since", deadline
        case recordedDeadline = "recorded_deadline", extendedFrom = "extended_from", deadlineSince = "deadline_since"
    }

    /// Tables of recorded facts (activities, indicator measurements, spending, figures of
    /// target groups, community digital teams).
    public enum RecordTable: String, Sendable, CaseIterable {
        case activity, measurement, spending
        case groupFigure = "group_figure", team
    }

    public static let state = ChangeField.task(.state)
    public static let completedOn = ChangeField.task(.completedOn)
    public static let percent = ChangeField.task(.percent)
    public static let stateSince = ChangeField.task(.stateSince)
    public static let deadline = ChangeField.task(.deadline)
    public static let recordedDeadline = ChangeField.task(.recordedDeadline)
    public static let extendedFrom = ChangeField.task(.extendedFrom)
    public static let deadlineSince = ChangeField.task(.deadlineSince)

    /// The stored text: the column name, `occurrence:PERIOD` or `record:TABLE:ID`.
    public var description: String {
        switch self {
        case .task(let column): return column.rawValue
        case .occurrence(let period): return "occurrence:" + period
        case .record(let table, let id): return "record:\(table.rawValue):\(id)"
        }
    }

    /// Reads the stored text back; nil for text no bdhvs wrote.
    public init?(stored text: String) {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("occurrence", 2): self = .occurrence(parts[1])
        case ("record", 3):
            guard let table = RecordTable(rawValue: parts[1]), let id = Int64(parts[2]) else { return nil }
            self = .record(table, id: id)
        case (_, 1):
            guard let column = TaskColumn(rawValue: text) else { return nil }
            self = .task(column)
        default: return nil
        }
    }

    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> ChangeField? {
        String.fromDatabaseValue(dbValue).flatMap(ChangeField.init(stored:))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let field = ChangeField(stored: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown field '\(text)'"))
        }
        self = field
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
