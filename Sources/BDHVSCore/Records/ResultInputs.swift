/// A figure of a target group as of a date: its population (`population set`) or the
/// persons confirmed as having reached the basic level (`coverage record`), for the
/// commune or one village.
public struct GroupFigureInput: Sendable, Equatable {
    public var kind: GroupFigureKind
    public var plan: String?
    /// The group as the user named it: a national key, a name, or a plan's own group.
    public var group: String
    public var count: Int64
    /// A village id or name of the plan; nil for the whole commune.
    public var village: String?
    public var countedOn: CivilDate
    public var source: String?

    public init(kind: GroupFigureKind, plan: String?, group: String, count: Int64, village: String? = nil,
                countedOn: CivilDate, source: String? = nil) {
        self.kind = kind
        self.plan = plan
        self.group = group
        self.count = count
        self.village = village
        self.countedOn = countedOn
        self.source = source
    }
}

/// A community digital team (Tổ công nghệ số cộng đồng) set up in a village.
public struct TeamInput: Sendable, Equatable {
    /// A named member and the role in the team ("tổ trưởng", "tổ phó", "thành viên").
    public struct Member: Sendable, Equatable {
        public var name: String
        public var role: String?

        public init(name: String, role: String? = nil) {
            self.name = name
            self.role = role
        }
    }

    public var plan: String?
    /// A village id or name of the plan.
    public var village: String
    /// How many members the team has; at least as many as are named.
    public var members: Int64
    public var named: [Member]
    /// The decision that set it up ("Quyết định số 12/QĐ-UBND ngày 05/8/2025").
    public var decision: String?
    public var foundedOn: CivilDate

    public init(plan: String?, village: String, members: Int64, named: [Member] = [], decision: String? = nil, foundedOn: CivilDate) {
        self.plan = plan
        self.village = village
        self.members = members
        self.named = named
        self.decision = decision
        self.foundedOn = foundedOn
    }
}

/// The ranges of the results' numbers: counts of persons and members from 0 to 10^9 (more
/// than the population of Viet Nam), so that a national sum stays far from overflow.
public enum ResultLimits {
    public static let count: ClosedRange<Int64> = 0...1_000_000_000
    /// The members of a community digital team: at least one (a team of none was recorded).
    public static let members: ClosedRange<Int64> = 1...1_000_000_000
}
