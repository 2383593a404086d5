import Yams

/// Reads a plan's model straight from its YAML node tree, once the schema has checked
/// it: a mapping's keys are indexed once, and no Codable machinery runs (YAMLDecoder was
/// a third of the time of checking a plan at national scale).
struct NodeReader {
    /// The node does not hold what the model needs: the schema reports why, except for a
    /// value out of range (a number too large), reported at `node`.
    struct Missing: Error {
        var key: String = ""
        var node: Node?
    }

    private let values: [String: Node]

    init(_ node: Node) throws {
        guard case .mapping(let mapping) = node else { throw Missing() }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            if let name = key.scalar?.string { values[name] = value }
        }
        self.values = values
    }

    func has(_ key: String) -> Bool { values[key].map { !Self.isNull($0) } ?? false }

    func string(_ key: String) throws -> String {
        guard let value = try optionalString(key) else { throw Missing(key: key, node: values[key]) }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let node = values[key], !Self.isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else { throw Missing() }
        return scalar.string
    }

    func int(_ key: String) throws -> Int {
        guard let text = try optionalString(key), let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
            throw Missing(key: key, node: values[key])
        }
        return value
    }

    func optionalInt64(_ key: String) throws -> Int64? {
        guard let text = try optionalString(key) else { return nil }
        guard let value = Int64(text.replacingOccurrences(of: "_", with: "")) else { throw Missing(key: key, node: values[key]) }
        return value
    }

    func double(_ key: String) throws -> Double {
        guard let text = try optionalString(key), let value = Double(text.replacingOccurrences(of: "_", with: "")) else {
            throw Missing(key: key, node: values[key])
        }
        return value
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let text = try optionalString(key) else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: throw Missing()
        }
    }

    /// One text or a list of texts (`lead: vhxh` or `lead: [vhxh, ca]`).
    func oneOrMany(_ key: String) throws -> [String]? {
        guard let node = values[key], !Self.isNull(node) else { return nil }
        if case .scalar(let scalar) = node { return [scalar.string] }
        return try strings(key)
    }

    func strings(_ key: String) throws -> [String]? {
        try list(key) { node in
            guard case .scalar(let scalar) = node else { throw Missing() }
            return scalar.string
        }
    }

    func list<T>(_ key: String, _ item: (Node) throws -> T) throws -> [T]? {
        guard let node = values[key], !Self.isNull(node) else { return nil }
        guard case .sequence(let sequence) = node else { throw Missing() }
        return try sequence.map(item)
    }

    func object<T>(_ key: String, _ build: (NodeReader) throws -> T) throws -> T? {
        guard let node = values[key], !Self.isNull(node) else { return nil }
        return try build(NodeReader(node))
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
