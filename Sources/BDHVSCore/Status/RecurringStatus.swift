/// Where one recurring duty (or ongoing task with check-ins) stands: each period counted.
public struct RecurringStatus: Encodable, Sendable, Equatable {
    public var plan: String
    public var id: String
    public var title: String
    public var period: RecurrencePeriod
    public var occurrences: OccurrenceTally
}

/// Occurrences of every recurring duty in scope, added up.
public struct OccurrenceTotals: Codable, Sendable, Equatable {
    /// Periods whose deadline has passed.
    public var past: Int
    public var done: Int
    public var missed: Int
    /// Current periods (containing the as-of date) not yet done.
    public var currentOpen: Int

    enum CodingKeys: String, CodingKey {
        case past, done, missed, currentOpen = "current_open"
    }

    static let zero = OccurrenceTotals(past: 0, done: 0, missed: 0, currentOpen: 0)
}
