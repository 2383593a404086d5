import Yams

/// What a YAML node is, in the terms of JSON Schema types and of messages to users.
enum NodeKind: Hashable, Sendable, CaseIterable {
    case mapping, sequence, string, integer, float, bool, null, timestamp, alias

    /// This kind's bit in `JSONSchema.typeMask`.
    var bit: UInt16 {
        switch self {
        case .mapping: return 1
        case .sequence: return 2
        case .string: return 4
        case .integer: return 8
        case .float: return 16
        case .bool: return 32
        case .null: return 64
        case .timestamp: return 128
        case .alias: return 256
        }
    }

    init(_ node: Node) {
        switch node {
        case .mapping: self = .mapping
        case .sequence: self = .sequence
        case .alias: self = .alias
        case .scalar(let scalar):
            self = scalar.style == .plain ? Self.plain(scalar.string) : .string
        }
    }

    /// What a plain scalar resolves to under YAML 1.1's core rules (the ones Yams's default
    /// resolver applies), checked by hand: null, booleans, integers (decimal, 0x, 0o, 0b),
    /// floats (.inf, .nan), timestamps; anything else is text.
    static func plain(_ text: String) -> NodeKind {
        // Most plain scalars are ids and words: one longer than the longest keyword (5 bytes)
        // or starting with no keyword's letter, and not like a number, is text without the
        // string comparisons below (a national load classifies millions of scalars).
        let utf8 = text.utf8
        if let first = utf8.first, !Self.startsNumber(first), utf8.count > 5 || !Self.startsKeyword(first) { return .string }
        // A keyword is ASCII, of at most 5 bytes: looked up by its bytes as one integer
        // instead of compared with each keyword's text (as "name", "tasks", "year" were).
        if utf8.count <= 5, let keyword = Self.keywords[Self.packed(utf8)] { return keyword }
        guard let first = utf8.first, Self.startsNumber(first) else { return .string }
        let bytes = Array(utf8)
        if isTimestamp(bytes) { return .timestamp }
        if isInteger(bytes) { return .integer }
        if Double(text.replacingOccurrences(of: "_", with: "")) != nil, bytes.contains(UInt8(ascii: ".")) || bytes.contains(UInt8(ascii: "e")) || bytes.contains(UInt8(ascii: "E")) {
            return .float
        }
        return .string
    }

    /// YAML 1.1's keywords for null, booleans and floats, by `packed` bytes.
    private static let keywords: [UInt64: NodeKind] = {
        var keywords: [UInt64: NodeKind] = [:]
        for word in ["", "~", "null", "Null", "NULL"] { keywords[packed(word.utf8)] = .null }
        for word in ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                     "on", "On", "ON", "off", "Off", "OFF"] { keywords[packed(word.utf8)] = .bool }
        for word in [".inf", ".Inf", ".INF", "+.inf", "-.inf", "+.Inf", "-.Inf", ".nan", ".NaN", ".NAN"] { keywords[packed(word.utf8)] = .float }
        return keywords
    }()

    /// Up to 7 bytes as one integer, after a leading 1 (so that texts of different lengths
    /// differ). Only ASCII text can equal a keyword, and two ASCII texts are equal when their
    /// bytes are; a text past ASCII packs to no keyword's integer.
    private static func packed(_ bytes: String.UTF8View) -> UInt64 {
        var packed: UInt64 = 1
        for byte in bytes { packed = packed << 8 | UInt64(byte) }
        return packed
    }

    /// A sign, a point or a digit: how a number, a timestamp or a float keyword begins.
    private static func startsNumber(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The first byte of a keyword of the switch in `plain` (null, booleans, ~).
    private static func startsKeyword(_ byte: UInt8) -> Bool {
        // A switch, not a search through the letters as text (a tenth of composing a plan).
        switch byte {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"),
             UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"): return true
        default: return false
        }
    }

    private static func isInteger(_ bytes: [UInt8]) -> Bool {
        var digits = bytes[...]
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return false }
        let text = String(decoding: digits, as: UTF8.self)
        if text.hasPrefix("0x") { return text.count > 2 && text.dropFirst(2).allSatisfy { $0.isHexDigit || $0 == "_" } }
        if text.hasPrefix("0o") { return text.count > 2 && text.dropFirst(2).allSatisfy { ("0"..."7").contains($0) || $0 == "_" } }
        if text.hasPrefix("0b") { return text.count > 2 && text.dropFirst(2).allSatisfy { $0 == "0" || $0 == "1" || $0 == "_" } }
        return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") }
    }

    /// yyyy-m-d, optionally followed by a time.
    private static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        func digit(_ i: Int) -> Bool { i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        guard bytes.count >= 8, (0..<4).allSatisfy(digit), bytes[4] == UInt8(ascii: "-") else { return false }
        var i = 5
        guard digit(i) else { return false }
        i += digit(i + 1) ? 2 : 1
        guard i < bytes.count, bytes[i] == UInt8(ascii: "-"), digit(i + 1) else { return false }
        i += digit(i + 2) ? 3 : 2
        return i == bytes.count || [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[i])
    }

    /// True when a node of this kind is an instance of the JSON Schema `type`.
    func matches(jsonType: String) -> Bool {
        switch jsonType {
        case "object": return self == .mapping
        case "array": return self == .sequence
        case "string": return self == .string
        case "integer": return self == .integer
        case "number": return self == .integer || self == .float
        case "boolean": return self == .bool
        case "null": return self == .null
        default: return false
        }
    }
}
