/// One recorded activity as listings show it.
public struct ActivityRow: Encodable, Sendable, Equatable {
    public var id: Int64
    public var plan: String
    public var task: String
    public var date: CivilDate
    public var title: String?
    public var place: String?
    public var participants: Int
    /// "người" (people) or "lượt" (enrolments).
    public var unit: String
    /// Participants per target group id, when recorded.
    public var groups: [String: Int]
    /// The village it was held in, by the plan's village id; nil for the whole commune.
    public var village: String? = nil
    /// A platform figure "tính đến ngày …" that replaces the one before it.
    public var runningTotal = false
    /// Whether it counts in totals: every event does; of a running total only the latest
    /// figure (`CountedActivities`).
    public var counted = true

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(plan, forKey: .plan)
        try container.encode(task, forKey: .task)
        try container.encode(date, forKey: .date)
        try container.encode(title, forKey: .title)
        try container.encode(place, forKey: .place)
        try container.encode(participants, forKey: .participants)
        try container.encode(unit, forKey: .unit)
        try container.encode(groups, forKey: .groups)
        try container.encode(village, forKey: .village)
        try container.encode(runningTotal, forKey: .runningTotal)
        try container.encode(counted, forKey: .counted)
    }

    enum CodingKeys: String, CodingKey {
        case id, plan, task, date, title, place, participants, unit, groups, village, runningTotal = "running_total", counted
    }
}

/// Activities with their totals: people and enrolments apart, and per target group.
public struct ActivityReport: Encodable, Sendable, Equatable {
    public var activities: [ActivityRow]
    /// Participants counted as people (người).
    public var people: Int
    /// Participants counted as enrolments (lượt).
    public var enrolments: Int
    /// Per target group id, over the activities that give a breakdown, for each unit.
    public var byGroup: [String: Int]
    public var byGroupEnrolments: [String: Int]
    /// Totals of the other units (lớp, khóa, tin/bài …), each on its own.
    public var otherUnits: [String: Int] = [:]

    enum CodingKeys: String, CodingKey {
        case activities, people, enrolments, byGroup = "by_group", byGroupEnrolments = "by_group_enrolments", otherUnits = "other_units"
    }
}

/// Which activities `activity list` shows.
public struct ActivityFilter: Sendable, Equatable {
    public var task: String?
    public var agency: String?
    public var group: String?
    public var from: CivilDate?
    public var to: CivilDate?

    public init(task: String? = nil, agency: String? = nil, group: String? = nil, from: CivilDate? = nil, to: CivilDate? = nil) {
        self.task = task
        self.agency = agency
        self.group = group
        self.from = from
        self.to = to
    }
}

/// An indicator with its latest measurement as of a date, against the year's target.
public struct IndicatorRow: Encodable, Sendable, Equatable {
    public struct Measurement: Encodable, Sendable, Equatable {
        public var date: CivilDate
        /// Tenths of the unit (85,3% is 853).
        public var valueTenths: Int
        public var numerator: Int?
        public var denominator: Int?
        public var source: String?

        enum CodingKeys: String, CodingKey { case date, valueTenths = "value_tenths", numerator, denominator, source }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(valueTenths, forKey: .valueTenths)
            try container.encode(numerator, forKey: .numerator)
            try container.encode(denominator, forKey: .denominator)
            try container.encode(source, forKey: .source)
        }
    }

    public var plan: String
    public var id: String
    public var name: String
    /// "percent" or "count".
    public var kind: String
    public var of: String?
    public var unit: String?
    public var targetTenths: Int
    public var targetGroup: String?
    public var latest: Measurement?
    /// True when the latest value reaches the target; nil when nothing is measured yet.
    public var met: Bool?
    /// The target that counts as of the date asked, with its direction and range.
    public var target: IndicatorTarget = IndicatorTarget(lowTenths: 0)
    /// The year of that target when it is a later horizon's, not the plan year's.
    public var targetYear: Int? = nil
    /// The name of the agency that monitors the target.
    public var monitor: String? = nil

    enum CodingKeys: String, CodingKey {
        case plan, id, name, kind, of, unit, targetTenths = "target_tenths", targetGroup = "target_group", latest, met
        case direction, targetHighTenths = "target_high_tenths", targetYear = "target_year", monitor
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan, forKey: .plan)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(of, forKey: .of)
        try container.encode(unit, forKey: .unit)
        try container.encode(targetTenths, forKey: .targetTenths)
        try container.encode(targetGroup, forKey: .targetGroup)
        try container.encode(latest, forKey: .latest)
        try container.encode(met, forKey: .met)
        // Keys of targets as real plans state them, only when they say more than "reach N".
        if target.direction != .atLeast { try container.encode(target.direction, forKey: .direction) }
        try container.encodeIfPresent(target.highTenths, forKey: .targetHighTenths)
        try container.encodeIfPresent(targetYear, forKey: .targetYear)
        try container.encodeIfPresent(monitor, forKey: .monitor)
    }
}

/// Money per funding source: the estimate of the tasks that name it, what was disbursed
/// and settled, and what remains of the estimate after disbursement. Whole đồng.
public struct BudgetRow: Codable, Sendable, Equatable {
    public var source: String
    public var name: String
    public var estimate: Int64
    public var disbursed: Int64
    public var settled: Int64
    public var remaining: Int64
}

/// The budget of the plans in scope, per source and in total.
public struct BudgetReport: Codable, Sendable, Equatable {
    public var sources: [BudgetRow]
    public var estimate: Int64
    public var disbursed: Int64
    public var settled: Int64
    public var remaining: Int64
    /// The plan-level total written in the plan, for one plan.
    public var planTotal: Int64?
    /// Over several plans: every plan's source spent past its estimate, named by commune
    /// (`overruns`); nil for one plan, whose sources are the table's. Not in the JSON.
    public var placeOverruns: [BudgetOverrun]? = nil

    enum CodingKeys: String, CodingKey { case sources, estimate, disbursed, settled, remaining, planTotal = "plan_total" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sources, forKey: .sources)
        try container.encode(estimate, forKey: .estimate)
        try container.encode(disbursed, forKey: .disbursed)
        try container.encode(settled, forKey: .settled)
        try container.encode(remaining, forKey: .remaining)
        try container.encode(planTotal, forKey: .planTotal)
    }
}
