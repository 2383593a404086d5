import Foundation

/// The folded keys of recent non-ASCII texts, shared by every thread. A national load folds
/// the same few dozen agency names in each of 3,321 plans (to check them, to resolve the
/// tasks' bodies, to store them for matching); folding one scalar by scalar (Unicode
/// properties, a table lookup each) costs more than looking it up here.
final class FoldingCache: @unchecked Sendable {
    static let shared = FoldingCache()

    /// Past this many entries the cache starts afresh, so that folding many different texts
    /// (a long report) does not grow memory without bound.
    private static let capacity = 4096
    /// Longer texts (descriptions, notes) are folded each time: they rarely repeat.
    private static let longest = 256

    /// By text, the text as stored (Swift's string equality is canonical equivalence, and
    /// only the same bytes are sure to fold alike) and its key.
    private var keys: [String: (text: String, key: String)] = [:]
    private let lock = NSLock()

    /// The key of `text`, from the cache or from `folding` (a pure function of the text).
    func key(_ text: String, folding: (String) -> String) -> String {
        guard text.utf8.count <= Self.longest else { return folding(text) }
        lock.lock()
        let known = keys[text]
        lock.unlock()
        if let known, known.text.utf8.elementsEqual(text.utf8) { return known.key }
        let folded = folding(text)
        lock.lock()
        if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
        keys[text] = (text, folded)
        lock.unlock()
        return folded
    }
}
