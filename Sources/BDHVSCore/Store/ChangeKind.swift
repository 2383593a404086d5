import GRDB

/// What a change in the log is, as `change_log.kind` stores it.
public enum ChangeKind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case start, done, pause, cancel, reopen, progress, note, deadline
    /// One period of a recurring duty marked done.
    case occurrence
    /// The undo of an earlier change.
    case undo
    /// A recorded fact: an activity held, an indicator measured, money spent.
    case activity, measurement, spending
    /// A result of a target group: a population or confirmed persons as of a date; a
    /// community digital team set up.
    case population, coverage, team
    /// Rows of a CSV file, recorded together.
    case `import`
}
