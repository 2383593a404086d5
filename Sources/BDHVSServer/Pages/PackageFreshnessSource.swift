import BDHVSCore

/// Where the freshness of the communes' data comes from: the packages' store query (issue 14).
enum PackageFreshnessSource {
    /// Each commune known in `province` (nil: all) with the as-of date of its latest package,
    /// those that sent none first; nil when the database receives no packages (a commune's own
    /// database: there is nothing to say).
    static func rows(_ store: TaskStore, province: String?) throws -> [CommuneFreshness]? {
        guard try store.receivesPackages() else { return nil }
        return try store.communeFreshness(province: province).map {
            CommuneFreshness(commune: $0.commune, communeKind: $0.communeKind, province: $0.province, asOf: $0.asOf)
        }
    }
}
