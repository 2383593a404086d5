/// Where one recurring duty (or ongoing task with check-ins) stands: each period counted.
public struct RecurringStatus: Encodable, Sendable, Equatable {
    public var plan: String
    public var id: String
    public var title: String
    public var period: RecurrencePeriod
    public var occurrences: OccurrenceTally
}
