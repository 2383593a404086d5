/// Target groups: the four of Quyết định 757/QĐ-BKHCN (29/4/2025) and any a plan adds,
/// found by id, name or a common short name, with or without diacritics.
public struct TargetGroups: Sendable {
    /// One target group.
    public struct Group: Sendable, Equatable {
        public var id: String
        public var name: String
        public var aliases: [String]
    }

    /// The four groups of Quyết định 757 (annexes 1.1 to 1.4).
    public static let standard: [Group] = [
        Group(id: "nguoi-dan", name: "Người dân trong độ tuổi trưởng thành", aliases: ["người dân", "nhân dân", "ND"]),
        Group(id: "hoc-sinh-sinh-vien", name: "Học sinh, sinh viên", aliases: ["học sinh", "sinh viên", "HSSV", "HS"]),
        Group(id: "can-bo-cong-chuc", name: "Cán bộ, công chức, viên chức và người lao động khu vực công",
              aliases: ["cán bộ, công chức, viên chức", "CBCCVC", "CBCC", "công chức"]),
        Group(id: "lao-dong-doanh-nghiep", name: "Người lao động trong doanh nghiệp, hợp tác xã",
              aliases: ["người lao động", "doanh nghiệp", "NLĐ"]),
    ]

    public let groups: [Group]

    /// The standard groups and the plan's own.
    public init(plan definitions: [TargetGroupDefinition]) {
        groups = Self.standard + definitions.map { Group(id: $0.id, name: $0.name, aliases: []) }
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
