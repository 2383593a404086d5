import Foundation

/// Values worked out from short texts, remembered for every thread. A national load meets
/// the same few dozen agency names and timeline phrases in each of 3,321 plans; working one
/// out again (folding scalar by scalar, parsing a phrase) costs more than looking it up.
final class TextMemo<Value: Sendable>: @unchecked Sendable {
    /// Past this many entries the memo starts afresh, so that many different texts (a long
    /// report) do not grow memory without bound.
    private let capacity: Int
    /// Longer texts (descriptions, notes) are worked out each time: they rarely repeat.
    private let longest: Int

    /// By text, the text as stored (Swift's string equality is canonical equivalence, and
    /// only the same bytes are sure to give the same value) and its value.
    private var values: [String: (text: String, value: Value)] = [:]
    private let lock = NSLock()

    init(capacity: Int = 4096, longest: Int = 256) {
        self.capacity = capacity
        self.longest = longest
    }

    /// The value of `text`, remembered or from `compute` (a pure function of the text).
    func value(_ text: String, compute: (String) -> Value) -> Value {
        guard text.utf8.count <= longest else { return compute(text) }
        lock.lock()
        let known = values[text]
        lock.unlock()
        if let known, known.text.utf8.elementsEqual(text.utf8) { return known.value }
        let value = compute(text)
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[text] = (text, value)
        lock.unlock()
        return value
    }
}

/// The folded keys of non-ASCII texts (`Folding.key`).
enum FoldingCache {
    static let shared = TextMemo<String>()
}

/// What each Latin letter with diacritics folds to (`Folding.key`), by letter.
enum LetterFolding {
    static let shared = TextMemo<String>()
}
