extension PlanRules {
    /// What `plan new` (`PlanSkeleton`) and `plan import` (`PlanYAMLWriter`) write where a
    /// plan's place and issuer go, folded: a plan still holding one would be stored, and sent
    /// to the province, as the plan of 'xã Chưa rõ' in 'Chưa rõ'.
    static let placeholders: Set<String> = ["chua ro", "ten xa", "ten phuong", "ten tinh", "ubnd xa ten xa"]

    /// A placeholder left in 'commune', 'province' or 'issuer' is an error at its value.
    mutating func checkPlaceholders() {
        for (key, value) in [("commune", document.commune), ("province", document.province), ("issuer", document.issuer)]
        where Self.placeholders.contains(Folding.key(value)) {
            report(NodePath().key(key), .placeholder(key: key, value: value))
        }
    }
}
