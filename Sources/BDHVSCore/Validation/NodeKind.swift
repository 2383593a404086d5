import Yams

/// What a YAML node is, in the terms of JSON Schema types and of messages to users.
enum NodeKind: Equatable {
    case mapping, sequence, string, integer, float, bool, null, timestamp, alias

    init(_ node: Node) {
        switch node {
        case .mapping: self = .mapping
        case .sequence: self = .sequence
        case .alias: self = .alias
        case .scalar:
            switch node.tag.rawValue {
            case Tag.Name.int.rawValue: self = .integer
            case Tag.Name.float.rawValue: self = .float
            case Tag.Name.bool.rawValue: self = .bool
            case Tag.Name.null.rawValue: self = .null
            case Tag.Name.timestamp.rawValue: self = .timestamp
            default: self = .string
            }
        }
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

    /// "a mapping", "a list", "a number" … as a finding names what it found.
    var phrase: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .string: return "text"
        case .integer: return "a whole number"
        case .float: return "a decimal number"
        case .bool: return "true/false"
        case .null: return "nothing"
        case .timestamp: return "a timestamp"
        case .alias: return "an alias"
        }
    }

    /// How a finding names what a JSON Schema `type` expects.
    static func phrase(jsonType: String) -> String {
        switch jsonType {
        case "object": return "a mapping"
        case "array": return "a list"
        case "string": return "text"
        case "integer": return "a whole number"
        case "number": return "a number"
        case "boolean": return "true or false"
        default: return "nothing"
        }
    }
}
