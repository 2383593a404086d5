/// Reads a plan's model straight from its YAML node tree (`YAMLTree`): no Codable machinery
/// runs (YAMLDecoder was a third of the time of checking a plan at national scale). Keys are the model's `CodingKeys`, the one list of a mapping's keys that
/// the stored JSON, this reader and the schema test share.
///
/// Reading never fails: a value that is absent or of the wrong kind reads as empty (the
/// schema says what is wrong with it), so the plan rules still run and every problem of a
/// file is reported at once. A value of the right kind that the model cannot hold (a number
/// too large) is noted in `problems`.
struct NodeReader<Key: CodingKey> {
    let tree: YAMLTree
    /// The mapping read; any other node reads as a mapping without keys.
    private let node: Int
    let problems: ReadProblems

    init(_ node: Int, in tree: YAMLTree, _ problems: ReadProblems) {
        self.tree = tree
        self.node = node
        self.problems = problems
    }

    /// The value of the first key written `name` (a plan's mappings have a handful of keys:
    /// looking through them in turn allocates nothing, where an index of them did).
    private func value(_ name: String) -> Int? {
        guard tree.isMapping(node) else { return nil }
        // Lengths first: most keys differ in length, and comparing two texts costs more.
        let length = name.utf8.count
        for (key, value) in tree.pairs(node) where tree.isScalar(key) && tree.mayEqual(key, name, length: length, ascii: true) {
            if tree.string(key) == name { return value }
        }
        return nil
    }

    /// True when `key` is present with a value (not null).
    func has(_ key: Key) -> Bool { value(key.stringValue).map { !isNull($0) } ?? false }

    /// The text of a required key; empty when it is absent or not text.
    func string(_ key: Key) -> String { optionalString(key) ?? "" }

    func optionalString(_ key: Key) -> String? {
        guard let node = value(key.stringValue), !isNull(node), tree.isScalar(node) else { return nil }
        return tree.string(node)
    }

    func int(_ key: Key) -> Int {
        number(key, PlanNumber.integer).flatMap { Int(exactly: $0) } ?? 0
    }

    func optionalInt64(_ key: Key) -> Int64? { number(key, PlanNumber.integer) }

    /// An amount of đồng (`x-money` in the schema): a YAML integer, or a scalar as officials
    /// write amounts ("12.500.000 đồng", `Money.read`). One the schema refuses reads as nil.
    func optionalMoney(_ key: Key) -> Int64? {
        guard let node = value(key.stringValue), let text = optionalString(key) else { return nil }
        if tree.kind(node) == .integer { return number(key, PlanNumber.integer) }
        if case .dong(let value) = Money.read(text) { return value }
        return nil
    }

    func double(_ key: Key) -> Double { number(key, PlanNumber.decimal) ?? 0 }

    /// A target: a number as YAML writes one, else the text as written (a phrase the plan
    /// rules read); 0 when absent.
    func target(_ key: Key) -> TargetValue {
        guard let text = optionalString(key) else { return .number(0) }
        if let node = value(key.stringValue), tree.isScalar(node), tree.style(node) == .plain,
           let number = PlanNumber.decimal(text) {
            return .number(number)
        }
        return .text(text)
    }

    /// A number read by `parse`; a scalar that holds a number the model cannot hold is noted.
    private func number<T>(_ key: Key, _ parse: (String) -> T?) -> T? {
        guard let node = value(key.stringValue), let text = optionalString(key) else { return nil }
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
        guard let node = value(key.stringValue), !isNull(node) else { return nil }
        if tree.isScalar(node) { return [tree.string(node)] }
        return strings(key)
    }

    /// A list of texts; an item that is not text reads as empty, so items keep their index.
    func strings(_ key: Key) -> [String]? {
        list(key) { tree.scalar($0) ?? "" }
    }

    func list<T>(_ key: Key, _ item: (Int) -> T) -> [T]? {
        guard let node = value(key.stringValue), tree.isSequence(node) else { return nil }
        var items: [T] = []
        items.reserveCapacity(tree.count(node))
        for child in tree.children(node) { items.append(item(child)) }
        return items
    }

    func object<T, Inner: CodingKey>(_ key: Key, _ keys: Inner.Type, _ build: (NodeReader<Inner>) -> T) -> T? {
        guard let node = value(key.stringValue), !isNull(node) else { return nil }
        return build(NodeReader<Inner>(node, in: tree, problems))
    }

    /// A reader of `node` with the same problems.
    func reader<Inner: CodingKey>(_ node: Int, _ keys: Inner.Type) -> NodeReader<Inner> { NodeReader<Inner>(node, in: tree, problems) }

    /// A plain "", "~", "null", "Null" or "NULL": exactly the scalars `NodeKind` finds null,
    /// worked out when the tree was made.
    func isNull(_ node: Int) -> Bool { tree.kind(node) == .null }
}

/// Values of the right kind that the model cannot hold, noted while reading a plan.
final class ReadProblems {
    private(set) var unreadable: [(key: String, node: Int)] = []

    func note(key: String, node: Int) { unreadable.append((key, node)) }
}
