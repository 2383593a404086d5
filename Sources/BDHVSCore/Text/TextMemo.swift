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

    /// By the text's bytes (see `ByteText`).
    private var values: [ByteText: Value] = [:]
    private let lock = NSLock()

    init(capacity: Int = 4096, longest: Int = 256) {
        self.capacity = capacity
        self.longest = longest
    }

    /// The value of `text`, remembered or from `compute` (a pure function of the text).
    func value(_ text: String, compute: (String) -> Value) -> Value {
        guard text.utf8.count <= longest else { return compute(text) }
        let key = ByteText(text)
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let value = compute(text)
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }
}

/// A text compared and hashed by its UTF-8 bytes. Swift's `String` compares by canonical
/// equivalence, and hashes a non-ASCII text by normalising it first (most of the cost of
/// looking up a Vietnamese name); only the same bytes are sure to give the same value of a
/// function of the text anyway.
struct ByteText: Hashable, @unchecked Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ByteText, rhs: ByteText) -> Bool { lhs.text.sameBytes(as: rhs.text) }

    func hash(into hasher: inout Hasher) {
        let utf8 = text.utf8
        let hashed: Void? = utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in utf8 { hasher.combine(byte) } }
    }
}

/// The folded keys of non-ASCII texts (`Folding.key`).
enum FoldingCache {
    static let shared = TextMemo<String>()
}

/// A text's folded key and compact key (`Folding.keys`).
struct FoldedKeys: Sendable {
    let key: String
    let compact: String
    /// `key.hashValue`, worked out once per distinct text: a plan's agency names and
    /// references are compared by it first (see `AgencyDirectory`).
    let keyHash: Int
}

/// `Folding.keys` of short texts, by text.
enum FoldedKeysMemo {
    static let shared = TextMemo<FoldedKeys>()
}

/// What each Latin letter with diacritics folds to (`Folding.key`), by letter.
enum LetterFolding {
    static let shared = TextMemo<String>()
}

extension String {
    /// Equal by UTF-8 bytes, as SQLite's BINARY collation compares texts (Swift's `==`
    /// takes two spellings of one accented letter for the same text).
    func sameBytes(as other: String) -> Bool {
        let left = utf8, right = other.utf8
        guard left.count == right.count else { return false }
        return left.withContiguousStorageIfAvailable { a in
            right.withContiguousStorageIfAvailable { b in
                a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
            }
        }.flatMap { $0 } ?? left.elementsEqual(right)
    }
}
