/// An activity held for a task: a class, a launch, a campaign.
public struct ActivityInput: Sendable, Equatable {
    public var plan: String?
    public var task: String
    public var heldOn: CivilDate
    public var participants: Int
    public var unit: ParticipantUnit
    /// Participants per target group as the user named the groups; when any is given they
    /// must add up to `participants`.
    public var groups: [(group: String, count: Int)]
    public var title: String?
    public var place: String?
    public var note: String?
    /// The village it was held in (id or name), if one.
    public var village: String?
    /// A running total ("tính đến ngày …", a platform's learners): a later figure of the
    /// same task, unit, village and title replaces it instead of adding to it.
    public var runningTotal: Bool

    public init(plan: String?, task: String, heldOn: CivilDate, participants: Int, unit: ParticipantUnit = .people,
                groups: [(group: String, count: Int)] = [], title: String? = nil, place: String? = nil, note: String? = nil,
                village: String? = nil, runningTotal: Bool = false) {
        self.plan = plan
        self.task = task
        self.heldOn = heldOn
        self.participants = participants
        self.unit = unit
        self.groups = groups
        self.title = title
        self.place = place
        self.note = note
        self.village = village
        self.runningTotal = runningTotal
    }

    public static func == (lhs: ActivityInput, rhs: ActivityInput) -> Bool {
        lhs.plan == rhs.plan && lhs.task == rhs.task && lhs.heldOn == rhs.heldOn && lhs.participants == rhs.participants
            && lhs.unit == rhs.unit && lhs.groups.map(\.group) == rhs.groups.map(\.group)
            && lhs.groups.map(\.count) == rhs.groups.map(\.count) && lhs.title == rhs.title && lhs.place == rhs.place
            && lhs.note == rhs.note && lhs.village == rhs.village && lhs.runningTotal == rhs.runningTotal
    }
}

/// A measurement of an indicator: a ratio (numerator of denominator) or a value.
public struct MeasurementInput: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// A value in tenths of the unit: 85,3% is 853; 62 teams is 620.
        case tenths(Int)
        case ratio(numerator: Int, denominator: Int)
    }

    public var plan: String?
    public var indicator: String
    public var measuredOn: CivilDate
    public var value: Value
    public var source: String?
    /// The value was typed with a percent sign ("85%"): a count indicator refuses it.
    public var typedAsPercent: Bool

    public init(plan: String?, indicator: String, measuredOn: CivilDate, value: Value, source: String? = nil, typedAsPercent: Bool = false) {
        self.plan = plan
        self.indicator = indicator
        self.measuredOn = measuredOn
        self.value = value
        self.source = source
        self.typedAsPercent = typedAsPercent
    }
}

/// Money disbursed (giải ngân) or settled (quyết toán) for a task, in whole đồng.
public struct SpendingInput: Sendable, Equatable {
    /// Disbursed or settled (the store's `SpendingKind`).
    public typealias Kind = SpendingKind

    public var plan: String?
    public var task: String
    public var amount: Int64
    /// A funding source of the plan: its id or name.
    public var source: String
    public var spentOn: CivilDate
    public var kind: Kind
    public var note: String?

    public init(plan: String?, task: String, amount: Int64, source: String, spentOn: CivilDate, kind: Kind = .disbursed, note: String? = nil) {
        self.plan = plan
        self.task = task
        self.amount = amount
        self.source = source
        self.spentOn = spentOn
        self.kind = kind
        self.note = note
    }
}

/// A decimal as typed ("85,3", "85.3", "2.148", "85,3%") in tenths, or nil. One decimal at
/// most; a group of exactly three digits after a dot is read as thousands, never after a
/// comma ("2,148" is nil: `parseWholeNumber`). A number
/// past 10^15 is nil, not a trap: no value bdhvs records comes near it (`RecordLimits`), and
/// the limit keeps every product of tenths far from overflow.
public func parseTenths(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
    if let whole = parseWholeNumber(trimmed) { return tenths(whole, 0) }
    let parts = trimmed.split(separator: trimmed.contains(",") ? "," : ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].allSatisfy(\.isASCII), let integer = Int(parts[0]), integer >= 0, parts[1].count == 1,
          let tenth = Int(parts[1]), tenth >= 0 else { return nil }
    return tenths(integer, tenth)
}

/// `whole` units and `tenth` tenths in tenths, or nil past 10^15 units.
private func tenths(_ whole: Int, _ tenth: Int) -> Int? {
    guard whole <= 1_000_000_000_000_000 else { return nil }
    return whole * 10 + tenth
}
