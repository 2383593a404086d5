import Yams

/// Reads a plan's model straight from its YAML node tree: a mapping's keys are indexed once,
/// and no Codable machinery runs (YAMLDecoder was a third of the time of checking a plan at
/// national scale). Keys are the model's `CodingKeys`, the one list of a mapping's keys that
/// the stored JSON, this reader and the schema test share.
///
/// Reading never fails: a value that is absent or of the wrong kind reads as empty (the
/// schema says what is wrong with it), so the plan rules still run and every problem of a
/// file is reported at once. A value of the right kind that the model cannot hold (a number
/// too large) is noted in `problems`.
struct NodeReader<Key: CodingKey> {
    private let values: Values
    let problems: ReadProblems

    init(_ node: Node, _ problems: ReadProblems) {
        var values = Values()
        if case .mapping(let mapping) = node {
            values.names.reserveCapacity(mapping.count)
            values.nodes.reserveCapacity(mapping.count)
            // By index: Yams' iterator copies every pair into a new array first.
            for index in mapping.indices {
                let (key, value) = mapping[index]
                if let name = key.scalar?.string, values[name] == nil {
                    values.names.append(name)
                    values.nodes.append(value)
                }
            }
        }
        self.values = values
        self.problems = problems
    }

    /// A mapping's values by key, the first of a key written twice. A plan's mappings have
    /// a handful of keys: comparing them in turn is cheaper than hashing each into a
    /// dictionary (a national load reads one for every task, and more).
    private struct Values {
        var names: [String] = []
        var nodes: [Node] = []

        subscript(name: String) -> Node? {
            names.firstIndex(of: name).map { nodes[$0] }
        }
    }

    /// True when `key` is present with a value (not null).
    func has(_ key: Key) -> Bool { values[key.stringValue].map { !Self.isNull($0) } ?? false }

    /// The text of a required key; empty when it is absent or not text.
    func string(_ key: Key) -> String { optionalString(key) ?? "" }

    func optionalString(_ key: Key) -> String? {
        guard let node = values[key.stringValue], !Self.isNull(node), case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    func int(_ key: Key) -> Int {
        number(key, PlanNumber.integer).flatMap { Int(exactly: $0) } ?? 0
    }

    func optionalInt64(_ key: Key) -> Int64? { number(key, PlanNumber.integer) }

    func double(_ key: Key) -> Double { number(key, PlanNumber.decimal) ?? 0 }

    /// A target: a number as YAML writes one, else the text as written (a phrase the plan
    /// rules read); 0 when absent.
    func target(_ key: Key) -> TargetValue {
        guard let text = optionalString(key) else { return .number(0) }
        if let node = values[key.stringValue], case .scalar(let scalar) = node, scalar.style == .plain,
           let number = PlanNumber.decimal(text) {
            return .number(number)
        }
        return .text(text)
    }

    /// A number read by `parse`; a scalar that holds a number the model cannot hold is noted.
    private func number<T>(_ key: Key, _ parse: (String) -> T?) -> T? {
        guard let node = values[key.stringValue], let text = optionalString(key) else { return nil }
        guard let value = parse(text) else {
            problems.note(key: key.stringValue, node: node)
            return nil
        }
        return value
    }

    func optionalBool(_ key: Key) -> Bool? {
        switch optionalString(key) {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// One text or a list of texts (`lead: vhxh` or `lead: [vhxh, ca]`).
    func oneOrMany(_ key: Key) -> [String]? {
        guard let node = values[key.stringValue], !Self.isNull(node) else { return nil }
        if case .scalar(let scalar) = node { return [scalar.string] }
        return strings(key)
    }

    /// A list of texts; an item that is not text reads as empty, so items keep their index.
    func strings(_ key: Key) -> [String]? {
        list(key) { $0.scalar?.string ?? "" }
    }

    func list<T>(_ key: Key, _ item: (Node) -> T) -> [T]? {
        guard let node = values[key.stringValue], case .sequence(let sequence) = node else { return nil }
        return sequence.map(item)
    }

    func object<T, Inner: CodingKey>(_ key: Key, _ keys: Inner.Type, _ build: (NodeReader<Inner>) -> T) -> T? {
        guard let node = values[key.stringValue], !Self.isNull(node) else { return nil }
        return build(NodeReader<Inner>(node, problems))
    }

    /// A reader of `node` with the same problems.
    func reader<Inner: CodingKey>(_ node: Node, _ keys: Inner.Type) -> NodeReader<Inner> { NodeReader<Inner>(node, problems) }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// Values of the right kind that the model cannot hold, noted while reading a plan.
final class ReadProblems {
    private(set) var unreadable: [(key: String, node: Node)] = []

    func note(key: String, node: Node) { unreadable.append((key, node)) }
}
