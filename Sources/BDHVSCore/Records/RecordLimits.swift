/// The ranges of the numbers a person types for a record. A value outside its range is a
/// refusal (`RecordRefusal.outOfRange`) or, in a CSV file, a finding at its cell, never a
/// trap: every sum of recorded numbers stays far below `Int64.max`, and sums are checked
/// anyway (`RecordLimits.sum`).
public enum RecordLimits {
    /// Participants of one activity: at least one (an activity nobody came to was not
    /// held), at most 100.000.000, more than the population of Viet Nam.
    public static let participants: ClosedRange<Int64> = 1...100_000_000
    /// Participants of one target group in an activity: 0 (none of the group came) to
    /// `participants`' upper bound.
    public static let groupCount: ClosedRange<Int64> = 0...participants.upperBound
    /// One spending, in whole đồng: more than 0, at most 10^15 (a million billion đồng).
    public static let amount: ClosedRange<Int64> = 1...1_000_000_000_000_000
    /// The numerator of a measured ratio: people, households, accounts … at most 10^12.
    public static let numerator: ClosedRange<Int64> = 0...1_000_000_000_000
    /// The denominator of a measured ratio: more than 0, at most 10^12.
    public static let denominator: ClosedRange<Int64> = 1...1_000_000_000_000
    /// The value of a count indicator: at most 10^12 units (kept in tenths, so 10^13 tenths).
    public static let countValue: ClosedRange<Int64> = 0...1_000_000_000_000

    /// `values` added with overflow checked: the sum, or nil when it passes `Int64.max`.
    public static func sum<S: Sequence>(_ values: S) -> Int64? where S.Element == Int64 {
        var total: Int64 = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = next
        }
        return total
    }

    /// `a + b`, or the refusal `totalTooLarge(what)` past the largest integer.
    static func add<T: FixedWidthInteger>(_ a: T, _ b: T, _ what: RecordNumber) throws -> T {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw RecordRefusal.totalTooLarge(what) }
        return sum
    }

    /// Adds `counts` into `totals`, group by group, checked.
    static func merge(_ totals: inout [String: Int], _ counts: [String: Int]) throws {
        for (group, count) in counts { totals[group] = try add(totals[group] ?? 0, count, .groupCount(group)) }
    }
}
