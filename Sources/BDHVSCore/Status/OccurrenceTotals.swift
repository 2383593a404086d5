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

extension OccurrenceTotals {
    /// The totals of `rows`.
    init(_ rows: [RecurringStatus]) {
        self = rows.reduce(into: .zero) { totals, row in
            totals.past += row.occurrences.past
            totals.done += row.occurrences.done
            totals.missed += row.occurrences.missed
            if row.occurrences.current != nil && !row.occurrences.currentDone { totals.currentOpen += 1 }
        }
    }
}

extension OccurrenceTotals {
    /// The totals counted by group in the store.
    init(_ counts: OccurrenceCounts) {
        self.init(past: counts.past, done: counts.done, missed: counts.past - counts.done, currentOpen: counts.currentOpen)
    }
}
