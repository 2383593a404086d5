/// Where one recurring duty (or ongoing task with check-ins) stands: each period counted.
public struct RecurringStatus: Encodable, Sendable, Equatable {
    public var plan: String
    public var id: String
    public var title: String
    public var period: RecurrencePeriod
    public var occurrences: OccurrenceTally
    /// The first day whose period counts: the later of the plan's issue and the duty's own
    /// start (`TaskStore.periodsSince`); nil when neither is known. Not part of the JSON.
    public var since: CivilDate? = nil

    enum CodingKeys: String, CodingKey { case plan, id, title, period, occurrences }
}
