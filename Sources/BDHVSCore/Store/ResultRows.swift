import GRDB

// The rows of the results tables (issue 13): figures per target group, community digital
// teams and their members, and the villages and plans they belong to.

/// What a figure of a target group counts: its population, or the persons confirmed as
/// having reached the basic level of digital skills.
public enum GroupFigureKind: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    case population, confirmed
}

/// A row of `group_figure`.
struct GroupFigureRecord: Codable, MutablePersistableRecord {
    static let databaseTableName = "group_figure"
    var id: Int64?
    var planID: Int64
    var kind: GroupFigureKind
    var targetGroup: String
    var nationalGroup: String
    var village: String?
    var countedOn: String
    var count: Int64
    var source: String?

    enum CodingKeys: String, CodingKey {
        case id, planID = "plan_id", kind, targetGroup = "target_group", nationalGroup = "national_group", village,
             countedOn = "counted_on", count, source
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `team`: a community digital team (Tổ công nghệ số cộng đồng) of a village.
struct TeamRecord: Codable, MutablePersistableRecord {
    static let databaseTableName = "team"
    var id: Int64?
    var planID: Int64
    var village: String
    var members: Int64
    var decision: String?
    var foundedOn: String

    enum CodingKeys: String, CodingKey {
        case id, planID = "plan_id", village, members, decision, foundedOn = "founded_on"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `team_member`: one named member and the role in the team.
struct TeamMemberRecord: Codable, PersistableRecord {
    static let databaseTableName = "team_member"
    var teamID: Int64
    var position: Int
    var name: String
    var role: String?

    enum CodingKeys: String, CodingKey { case teamID = "team_id", position, name, role }
}

/// A village of a loaded plan.
public struct VillageRow: Codable, Sendable, Equatable, FetchableRecord {
    public var planRowID: Int64
    public var key: String
    public var name: String
    public var kind: String

    enum CodingKeys: String, CodingKey { case planRowID = "plan_id", key, name, kind }

    /// The village as the plan names it for a reader: its kind, capitalised, then its name
    /// ("Thôn 3" for `{id: thon-3, name: '3', kind: thôn}`); the name alone when it already
    /// begins with its kind ("Thôn Một", not "Thôn Thôn Một").
    public var shown: String {
        if kind.isEmpty || Folding.key(name).hasPrefix(Folding.key(kind) + " ") { return name }
        return kind.prefix(1).uppercased() + kind.dropFirst() + " " + name
    }

    /// plan_id, key, name, kind (by position, as `villages` selects them: not through `Decodable`).
    public init(row: Row) throws {
        planRowID = try row.decode(atIndex: 0)
        key = try row.decode(atIndex: 1)
        name = try row.decode(atIndex: 2)
        kind = try row.decode(atIndex: 3)
    }
}

/// A loaded plan, with the place it is for.
public struct PlanPlaceRow: Codable, Sendable, Equatable, FetchableRecord {
    public var rowID: Int64
    public var key: String
    public var commune: String
    public var communeKey: String
    public var province: String
    public var provinceKey: String
    public var year: Int
    /// "xã", "phường", "đặc khu", or empty when `commune` is shown as written.
    public var communeKind: String

    enum CodingKeys: String, CodingKey {
        case rowID = "id", key, commune, communeKey = "commune_key", province, provinceKey = "province_key", year, communeKind = "commune_kind"
    }

    /// id, key, commune, commune_key, province, province_key, year, commune_kind (by
    /// position, as `planPlaces` selects them: not through `Decodable`).
    public init(row: Row) throws {
        rowID = try row.decode(atIndex: 0)
        key = try row.decode(atIndex: 1)
        commune = try row.decode(atIndex: 2)
        communeKey = try row.decode(atIndex: 3)
        province = try row.decode(atIndex: 4)
        provinceKey = try row.decode(atIndex: 5)
        year = try row.decode(atIndex: 6)
        communeKind = try row.decode(atIndex: 7)
    }

    /// "xã Nghĩa Giang", as `plan list` and `plan status` name the commune.
    public var place: String { PlaceName.shown(kind: communeKind, name: commune) }
}

extension TaskStore {
    /// The plans of `ids` (nil: every plan), by province, commune and year.
    func planPlaces(_ db: Database, ids: [Int64]?) throws -> [PlanPlaceRow] {
        let scope: SQL = ids.map { "WHERE id IN \($0)" } ?? ""
        return try SQLRequest<PlanPlaceRow>("""
            SELECT id, key, commune, commune_key, province, province_key, year, commune_kind FROM plan \(scope)
            ORDER BY province_key, commune_key, year, key
            """).fetchAll(db)
    }

    /// The villages of the plans `ids` (nil: every plan), in file order.
    func villages(_ db: Database, planIDs ids: [Int64]?) throws -> [VillageRow] {
        let scope: SQL = ids.map { "WHERE plan_id IN \($0)" } ?? ""
        return try SQLRequest<VillageRow>("SELECT plan_id, key, name, kind FROM village \(scope) ORDER BY plan_id, position").fetchAll(db)
    }

    /// Whether a village of a plan has a live community digital team.
    func hasTeam(_ db: Database, planRowID: Int64, village: String) throws -> Bool {
        try SQLRequest<Bool>("SELECT EXISTS (SELECT 1 FROM team WHERE plan_id = \(planRowID) AND village = \(village) AND live = 1)")
            .fetchOne(db) ?? false
    }

    /// The national group a plan's own group belongs to, or nil.
    func nationalGroup(_ db: Database, planRowID: Int64, group: String) throws -> String? {
        try SQLRequest<String>("SELECT national_group FROM plan_group WHERE plan_id = \(planRowID) AND key = \(group)").fetchOne(db)
    }
}
