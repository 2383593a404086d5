import Foundation

/// Which parts of a plan file outside its tasks changed between two loads, compared on the
/// stored JSON of the document (sorted keys, so equal content is equal text).
enum PlanDocumentDiff {
    /// The top-level keys whose value differs between `old` and `new`, sorted; the tasks
    /// are left out, since the load summary lists them one by one.
    static func changedKeys(from old: String, to new: String) -> [String] {
        guard let before = object(old), let after = object(new) else { return old == new ? [] : ["document"] }
        let keys = Set(before.keys).union(after.keys).subtracting(["tasks"])
        return keys.filter { canonical(before[$0]) != canonical(after[$0]) }.sorted()
    }

    private static func object(_ json: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
    }

    private static func canonical(_ value: Any?) -> Data? {
        guard let value else { return nil }
        return try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
    }
}
