/// A JSON text written piece by piece, byte for byte as `JSONEncoder` writes it with
/// `.withoutEscapingSlashes` (no spaces, `"\n"`-style escapes, a whole number without its
/// `.0`). What this writer does not write as the encoder would sets `failed`, and the caller
/// uses the encoder instead (see `PlanDocument.sortedJSON`).
struct JSONText {
    /// The bytes written: appending to an array of bytes costs a fraction of appending to a
    /// `String` (a document has hundreds of pieces, a national load millions).
    private var bytes: [UInt8] = []
    private(set) var failed = false
    /// True after a value: the next key or item is preceded by a comma.
    private var comma = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(_ piece: String) { bytes.append(contentsOf: piece.utf8) }
    private mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// An object whose members `body` writes with `key`, keys in the order given.
    mutating func object(_ body: (inout JSONText) -> Void) {
        begin("{")
        body(&self)
        append(UInt8(ascii: "}"))
        comma = true
    }

    mutating func array<T>(_ items: [T], _ item: (inout JSONText, T) -> Void) {
        begin("[")
        for value in items { item(&self, value) }
        append(UInt8(ascii: "]"))
        comma = true
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }

    mutating func string(_ value: String) {
        begin("\"")
        // Most texts need no escape: appended whole.
        if !Self.needsEscape(value) {
            append(value)
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": append("\\\"")
                case "\\": append("\\\\")
                case "\n": append("\\n")
                case "\r": append("\\r")
                case "\t": append("\\t")
                default:
                    if scalar.value < 0x20 { failed = true }
                    append(String(scalar))
                }
            }
        }
        append(UInt8(ascii: "\""))
        comma = true
    }

    /// True when `value` holds a byte JSON escapes: a control character, a quote, a backslash.
    /// (Read through the bytes in place: the generic iteration of a string's UTF-8 view
    /// costs several times more.)
    private static func needsEscape(_ value: String) -> Bool {
        let escapes: (UInt8) -> Bool = { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        return value.utf8.withContiguousStorageIfAvailable { $0.contains(where: escapes) } ?? value.utf8.contains(where: escapes)
    }

    mutating func number(_ value: Int64) {
        begin(String(value))
        comma = true
    }

    mutating func number(_ value: Double) {
        if !value.isFinite { failed = true }
        var written = value.description
        if written.hasSuffix(".0") { written.removeLast(2) }
        begin(written)
        comma = true
    }

    mutating func bool(_ value: Bool) {
        begin(value ? "true" : "false")
        comma = true
    }

    /// `start`, after a comma when a value came before it.
    private mutating func begin(_ start: String) {
        if comma { append(UInt8(ascii: ",")) }
        append(start)
        comma = false
    }

    /// A member whose value `value` writes.
    mutating func key(_ name: String, _ value: (inout JSONText) -> Void) {
        begin("\"")
        append(name)
        append("\":")
        value(&self)
    }

    /// A member, left out when `value` is nil.
    mutating func key<T>(_ name: String, _ value: T?, _ write: (inout JSONText, T) -> Void) {
        guard let value else { return }
        key(name) { write(&$0, value) }
    }

    mutating func key(_ name: String, _ value: String?) { key(name, value) { $0.string($1) } }
    mutating func key(_ name: String, _ value: Int64?) { key(name, value) { $0.number($1) } }
    mutating func key(_ name: String, _ value: Bool?) { key(name, value) { $0.bool($1) } }
}
