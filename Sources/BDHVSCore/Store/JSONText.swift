/// A JSON text written piece by piece, byte for byte as `JSONEncoder` writes it with
/// `.withoutEscapingSlashes` (no spaces, `"\n"`-style escapes, a whole number without its
/// `.0`). What this writer does not write as the encoder would sets `failed`, and the caller
/// uses the encoder instead (see `PlanDocument.sortedJSON`).
struct JSONText {
    private(set) var text = ""
    private(set) var failed = false
    /// True after a value: the next key or item is preceded by a comma.
    private var comma = false

    init(capacity: Int) { text.reserveCapacity(capacity) }

    /// An object whose members `body` writes with `key`, keys in the order given.
    mutating func object(_ body: (inout JSONText) -> Void) {
        begin("{")
        body(&self)
        text.append("}")
        comma = true
    }

    mutating func array<T>(_ items: [T], _ item: (inout JSONText, T) -> Void) {
        begin("[")
        for value in items { item(&self, value) }
        text.append("]")
        comma = true
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }

    mutating func string(_ value: String) {
        begin("\"")
        // Most texts need no escape: appended whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text.append(value)
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text.append("\\\"")
                case "\\": text.append("\\\\")
                case "\n": text.append("\\n")
                case "\r": text.append("\\r")
                case "\t": text.append("\\t")
                default:
                    if scalar.value < 0x20 { failed = true }
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text.append("\"")
        comma = true
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
        if comma { text.append(",") }
        text.append(start)
        comma = false
    }

    /// A member whose value `value` writes.
    mutating func key(_ name: String, _ value: (inout JSONText) -> Void) {
        begin("\"")
        text.append(name)
        text.append("\":")
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
