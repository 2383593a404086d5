/// Target groups: the four national groups of Quyết định 757/QĐ-BKHCN (29/4/2025) and any a
/// plan adds, found by id, name or a common short name, with or without diacritics. A
/// plan's own group names the national group it belongs to, so every commune's numbers
/// roll up to the same four keys.
public struct TargetGroups: Sendable {
    /// One target group.
    public struct Group: Sendable, Equatable {
        public var id: String
        public var name: String
        public var aliases: [String]
        /// The national group's key: its own for one of the four, the one a plan's group
        /// belongs to, or nil for a plan's group that names none.
        public var national: String?
    }

    /// The four national groups of Quyết định 757 in the order of their annexes (1.1 to
    /// 1.4), with the stable keys every commune's results roll up to. `can-bo-cong-chuc`,
    /// the key bdhvs used before, stays an alias of `cbccvc`, so older plans and databases
    /// still read.
    public static let standard: [Group] = [
        Group(id: "nguoi-dan", name: "Người dân trong độ tuổi trưởng thành", aliases: ["người dân", "nhân dân", "ND"], national: "nguoi-dan"),
        Group(id: "hoc-sinh-sinh-vien", name: "Học sinh, sinh viên", aliases: ["học sinh", "sinh viên", "HSSV", "HS"],
              national: "hoc-sinh-sinh-vien"),
        Group(id: "cbccvc", name: "Cán bộ, công chức, viên chức và người lao động khu vực công",
              aliases: [legacyCBCCVC, "Cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước", "cán bộ, công chức, viên chức", "CBCCVC", "CBCC", "công chức"], national: "cbccvc"),
        Group(id: "lao-dong-doanh-nghiep", name: "Người lao động trong doanh nghiệp, hợp tác xã",
              aliases: ["người lao động", "doanh nghiệp", "NLĐ"], national: "lao-dong-doanh-nghiep"),
    ]

    /// The key of the public-servant group before issue 13; read as `cbccvc`.
    public static let legacyCBCCVC = "can-bo-cong-chuc"

    /// The four national keys, in catalogue order.
    public static let nationalKeys: [String] = standard.map(\.id)

    /// The national key `key` stands for, old spelling included, or nil.
    public static func nationalKey(_ key: String) -> String? {
        key == legacyCBCCVC ? "cbccvc" : (nationalKeys.contains(key) ? key : nil)
    }

    /// The ids a plan may use for a group: the four, the old key, and the plan's own.
    public static func knownIDs(_ definitions: [TargetGroupDefinition]) -> Set<String> {
        Set(nationalKeys + [legacyCBCCVC] + definitions.map(\.id))
    }

    public let groups: [Group]

    /// The standard groups and the plan's own.
    public init(plan definitions: [TargetGroupDefinition]) {
        groups = Self.standard + definitions.map {
            Group(id: $0.id, name: $0.name, aliases: [], national: $0.nationalGroup.flatMap(Self.nationalKey))
        }
    }

    /// The group `text` names, if any.
    public func resolve(_ text: String) -> Group? {
        let key = Folding.key(text), compact = Folding.compactKey(text)
        return groups.first { group in
            ([group.id, group.name] + group.aliases).contains { Folding.key($0) == key || Folding.compactKey($0) == compact }
        }
    }

    /// The closest id or name to a mistyped `text`.
    public func suggestion(for text: String) -> String? {
        Suggestion.closest(to: text, among: groups.flatMap { [$0.id] + $0.aliases })
    }
}
