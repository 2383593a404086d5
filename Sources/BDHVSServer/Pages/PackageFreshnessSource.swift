import BDHVSCore

/// Where the freshness of the communes' data comes from: the packages' store query, once
/// that lands; until then no database is taken as receiving packages.
enum PackageFreshnessSource {
    static func rows(_ store: TaskStore, province: String?) throws -> [CommuneFreshness]? {
        nil
    }
}
