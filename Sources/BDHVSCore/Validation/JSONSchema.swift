import Foundation

/// The subset of JSON Schema 2020-12 that `Schemas/plan.schema.json` uses, read so that
/// it can be checked against a YAML node tree with line and column for every finding.
///
/// Supported keywords: `$ref` (local `#/$defs/…`), `type`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `enum`, `const`, `pattern`, `minItems`,
/// `minLength`, `maxLength`, `minimum`, `maximum`, `oneOf`, `anyOf`, and `title` (the noun used in
/// messages) and `x-expected` (what a `pattern` expects, in words), with `x-title-vi` and
/// `x-expected-vi` their Vietnamese, `x-multiline` (text that may hold line breaks) and `x-money`
/// (an amount of đồng: an integer, or text as `Money.read` reads it). Annotation keywords
/// are ignored. An unsupported keyword is a programming error caught by a test.
public final class JSONSchema: Sendable {
    let title: String?
    let types: [String]?
    /// The node kinds `types` accepts (`NodeKind.bit`), nil when `types` is: a check compares
    /// a node's kind with it instead of matching it with each type's name.
    let typeMask: UInt16?
    /// `types` contains "string".
    let allowsString: Bool
    /// See `isRefOnly`; worked out once.
    let refOnly: Bool
    let properties: [(name: String, schema: JSONSchema)]
    /// `properties` by name, for lookups while checking.
    let propertyMap: [String: JSONSchema]
    let required: [String]
    let additionalProperties: Bool
    let items: JSONSchema?
    let enumValues: [JSONScalar]?
    let constValue: JSONScalar?
    let pattern: NSRegularExpressionBox?
    let expected: String?
    /// `x-expected-vi`: the same in Vietnamese.
    let expectedVietnamese: String?
    /// `x-title-vi`: the noun of `title` in Vietnamese.
    let titleVietnamese: String?
    /// `x-multiline`: text that may hold line breaks (a description, a note).
    let multiline: Bool
    /// `x-money`: an amount of đồng, whose text ("12.500.000 đồng") is read by `Money.read`
    /// and held to `minimum` and `maximum` like a number.
    let money: Bool
    let minItems: Int?
    let minLength: Int?
    let maxLength: Int?
    let minimum: Int?
    let maximum: Int?
    let oneOf: [JSONSchema]
    let anyOf: [JSONSchema]
    let ref: String?
    /// The schema `ref` points to, linked once by `SchemaDocument` when it is read (a plan's
    /// check follows some twenty references a task; looking each up by its text was a
    /// string slice and a hash every time). Written only before the document is shared.
    nonisolated(unsafe) var refTarget: JSONSchema?
    /// Keywords of this schema object that this reader does not understand.
    let unsupportedKeywords: [String]

    /// Keywords this reader understands; anything else in a schema is reported by `unsupportedKeywords`.
    static let knownKeywords: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required",
        "additionalProperties", "items", "enum", "const", "pattern", "x-expected", "x-expected-vi", "x-title-vi", "x-multiline", "x-money", "minItems", "minLength", "maxLength",
        "minimum", "maximum", "oneOf", "anyOf", "examples", "default",
    ]

    init(_ object: [String: Any]) throws {
        title = object["title"] as? String
        if let type = object["type"] as? String { types = [type] } else { types = object["type"] as? [String] }
        typeMask = types.map { types in NodeKind.allCases.reduce(0) { mask, kind in types.contains(where: kind.matches(jsonType:)) ? mask | kind.bit : mask } }
        allowsString = types?.contains("string") == true
        let props = object["properties"] as? [String: Any] ?? [:]
        properties = try props.keys.sorted().compactMap { name in
            guard let sub = props[name] as? [String: Any] else { return nil }
            return (name, try JSONSchema(sub))
        }
        propertyMap = Dictionary(properties.map { ($0.name, $0.schema) }, uniquingKeysWith: { a, _ in a })
        required = object["required"] as? [String] ?? []
        additionalProperties = (object["additionalProperties"] as? Bool) ?? true
        items = try (object["items"] as? [String: Any]).map { try JSONSchema($0) }
        enumValues = (object["enum"] as? [Any])?.compactMap(JSONScalar.init)
        constValue = object["const"].flatMap(JSONScalar.init)
        pattern = try (object["pattern"] as? String).map { NSRegularExpressionBox(try NSRegularExpression(pattern: Self.ecmaAnchored($0))) }
        expected = object["x-expected"] as? String
        expectedVietnamese = object["x-expected-vi"] as? String
        titleVietnamese = object["x-title-vi"] as? String
        multiline = object["x-multiline"] as? Bool ?? false
        money = object["x-money"] as? Bool ?? false
        minItems = object["minItems"] as? Int
        minLength = object["minLength"] as? Int
        maxLength = object["maxLength"] as? Int
        minimum = object["minimum"] as? Int
        maximum = object["maximum"] as? Int
        oneOf = try (object["oneOf"] as? [[String: Any]] ?? []).map { try JSONSchema($0) }
        anyOf = try (object["anyOf"] as? [[String: Any]] ?? []).map { try JSONSchema($0) }
        ref = object["$ref"] as? String
        unsupportedKeywords = object.keys.filter { !Self.knownKeywords.contains($0) }.sorted()
        refOnly = ref != nil && types == nil && properties.isEmpty && required.isEmpty && additionalProperties && items == nil
            && enumValues == nil && constValue == nil && pattern == nil && minItems == nil && minLength == nil && maxLength == nil && !money
            && minimum == nil && maximum == nil && oneOf.isEmpty && anyOf.isEmpty
    }

    /// True when a node of `kind` is an instance of one of `types` (true when there are none).
    func accepts(_ kind: NodeKind) -> Bool { typeMask.map { $0 & kind.bit != 0 } ?? true }

    /// JSON Schema patterns are ECMA-262 regular expressions, where a final `$` matches only
    /// at the very end; ICU's `$` also matches before a final line break, so use `\z`.
    static func ecmaAnchored(_ pattern: String) -> String {
        guard pattern.hasSuffix("$"), !pattern.hasSuffix("\\$") else { return pattern }
        return String(pattern.dropLast()) + "\\z"
    }

    /// True when this schema only refers to another (`$ref`, annotations aside): checking a
    /// node against it is checking it against its target (a task's check passes here a dozen
    /// times).
    var isRefOnly: Bool { refOnly }

    /// True when this schema only lists required keys (a branch of `oneOf`/`anyOf` that
    /// says which keys must be present together).
    var isRequiredOnly: Bool {
        ref == nil && types == nil && properties.isEmpty && !required.isEmpty && items == nil && enumValues == nil
            && constValue == nil && oneOf.isEmpty && anyOf.isEmpty
    }
}

/// A compiled regular expression that may be shared across threads (it is immutable).
final class NSRegularExpressionBox: @unchecked Sendable {
    let regex: NSRegularExpression
    /// The pattern of an id, `^[A-Za-z0-9][A-Za-z0-9._-]*$`, matched byte by byte: a plan's
    /// ids are most of its patterns' texts, and a remembered verdict still cost a lookup.
    private let isIDPattern: Bool

    init(_ regex: NSRegularExpression) {
        self.regex = regex
        isIDPattern = regex.pattern == JSONSchema.ecmaAnchored(Self.idPattern)
    }

    /// The plan schema's pattern of ids.
    static let idPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$"

    /// True when `text` is an id: an ASCII letter or digit, then ASCII letters, digits, '.',
    /// '_' or '-' (what the regular expression matches: its classes hold ASCII only).
    static func isID(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"): if first { return false }
            default: return false
            }
            first = false
        }
        return !first
    }

    /// The texts matched so far: a pattern checks ids and dates, and every commune's plan
    /// writes the same ones ('vhxh', 'nv1'); a match costs thousands of instructions.
    private let memo = TextMemo<Bool>(capacity: 4096, longest: 64)

    func matches(_ text: String) -> Bool {
        if isIDPattern { return Self.isID(text) }
        return memo.value(text) { text in regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
    }
}

/// A scalar value of `enum` or `const` (the plan schema uses strings and integers only).
enum JSONScalar: Hashable, Sendable, CustomStringConvertible {
    case string(String), integer(Int)

    init?(_ value: Any) {
        if let string = value as? String {
            self = .string(string)
        } else if let int = value as? Int {
            self = .integer(int)
        } else {
            return nil
        }
    }

    var description: String {
        switch self {
        case .string(let s): return "'\(s)'"
        case .integer(let i): return String(i)
        }
    }
}
