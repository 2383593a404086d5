import Yams

/// A plan file's YAML node tree as the checks read it: one flat array of nodes in document
/// order, a node named by its index. The schema check, the node reader and the plan rules
/// walk it without copying a node: a Yams `Node` copy retained its text, its tag object and
/// a weak reference, and each mapping and list was an array of its own (most of checking a
/// plan was such copies, their releases and allocations).
///
/// A node's kind (`NodeKind`) is worked out once, when the tree is made.
struct YAMLTree: Sendable, Equatable {
    /// What a node is in YAML.
    enum Shape: UInt8, Sendable {
        case scalar, sequence, mapping, alias
    }

    /// One node; its children (a list's items, a mapping's keys and values in turn) follow
    /// it, each with its own subtree.
    struct Item: Sendable, Equatable {
        var shape: Shape
        var kind: NodeKind
        /// A scalar's `Node.Scalar.Style`, by its raw value (the type is not `Sendable`).
        var style: UInt32
        /// A scalar that `value(_:forKey:)` may find by its text: its tag resolves to text
        /// (Yams' `mapping["id"]` compares the tags too).
        var nameable: Bool
        /// The union of `ByteScan`'s classes of a scalar's bytes.
        var byteClasses: UInt8
        var line: Int
        var column: Int
        /// A list's items, a mapping's pairs.
        var count: Int
        /// The index past this node's subtree.
        var end: Int
        /// A list's first entry in `listItems` (its items follow in order); 0 for any other node.
        var firstItem: Int = 0
    }

    private(set) var items: [Item] = []
    /// Each node's text; empty for a collection.
    private(set) var strings: [String] = []
    /// Every list's items by index, list after list: finding item N of a list is one step,
    /// not a walk past the N before it (a finding on each of 50,000 tasks walked 1.25
    /// billion nodes to be placed).
    private(set) var listItems: [Int] = []

    /// The root node.
    static let root = 0

    init() {}

    // MARK: - Reading

    func shape(_ node: Int) -> Shape { items[node].shape }
    func kind(_ node: Int) -> NodeKind { items[node].kind }
    func style(_ node: Int) -> Node.Scalar.Style { Node.Scalar.Style(rawValue: items[node].style) ?? .any }
    func line(_ node: Int) -> Int { items[node].line }
    func column(_ node: Int) -> Int { items[node].column }
    func count(_ node: Int) -> Int { items[node].count }
    func byteClasses(_ node: Int) -> UInt8 { items[node].byteClasses }
    /// The index past a node's subtree: its next sibling.
    func end(_ node: Int) -> Int { items[node].end }

    /// True when scalar `node`'s text may equal `text` (whose UTF-8 is `length` bytes): a
    /// text of another length cannot, unless one of them is past ASCII (`ByteScan.nonASCII`).
    func mayEqual(_ node: Int, _ text: String, length: Int, ascii: Bool) -> Bool {
        strings[node].utf8.count == length || !ascii || items[node].byteClasses & ByteScan.nonASCII != 0
    }
    func isScalar(_ node: Int) -> Bool { items[node].shape == .scalar }
    func isSequence(_ node: Int) -> Bool { items[node].shape == .sequence }
    func isMapping(_ node: Int) -> Bool { items[node].shape == .mapping }

    /// The text of a scalar; nil for any other node (as Yams' `node.scalar?.string`).
    func scalar(_ node: Int) -> String? { items[node].shape == .scalar ? strings[node] : nil }

    /// The text of a node known to be a scalar.
    func string(_ node: Int) -> String { strings[node] }

    /// The children of a list or mapping, in order (for a mapping: key, value, key, …).
    func children(_ node: Int) -> Children {
        let item = items[node]
        let total = item.shape == .mapping ? item.count * 2 : item.shape == .sequence ? item.count : 0
        return Children(tree: self, cursor: node + 1, left: total)
    }

    /// A mapping's pairs, in order.
    func pairs(_ node: Int) -> Pairs { Pairs(children: children(node)) }

    /// The value of the last key of mapping `node` whose text is `name` (Yams' `mapping[name]`).
    func value(_ node: Int, forKey name: String) -> Int? {
        guard items[node].shape == .mapping else { return nil }
        var found: Int?
        // Lengths first: most keys differ in length, and comparing two texts costs more.
        let length = name.utf8.count, ascii = name.utf8.allSatisfy { $0 < 0x80 }
        for (key, value) in pairs(node) where items[key].nameable && mayEqual(key, name, length: length, ascii: ascii) && strings[key] == name {
            found = value
        }
        return found
    }

    /// Item `index` (0-based) of list `node`.
    func item(_ node: Int, at index: Int) -> Int? {
        guard items[node].shape == .sequence, index >= 0, index < items[node].count else { return nil }
        return listItems[items[node].firstItem + index]
    }

    /// The children of a node, one subtree after another.
    struct Children: Sequence, IteratorProtocol {
        let tree: YAMLTree
        var cursor: Int
        var left: Int

        mutating func next() -> Int? {
            guard left > 0 else { return nil }
            let node = cursor
            cursor = tree.items[node].end
            left -= 1
            return node
        }
    }

    /// A mapping's (key, value) pairs.
    struct Pairs: Sequence, IteratorProtocol {
        var children: Children

        mutating func next() -> (key: Int, value: Int)? {
            guard let key = children.next(), let value = children.next() else { return nil }
            return (key, value)
        }
    }

    // MARK: - Building

    /// Adds a scalar whose bytes' `ByteScan` classes are `byteClasses`; its kind is worked out here, once.
    mutating func appendScalar(_ text: String, style: Node.Scalar.Style, nameable: Bool, byteClasses: UInt8, line: Int, column: Int) {
        let kind: NodeKind = style == .plain ? NodeKind.plain(text) : .string
        items.append(Item(shape: .scalar, kind: kind, style: style.rawValue, nameable: nameable, byteClasses: byteClasses,
                          line: line, column: column, count: 0, end: items.count + 1))
        strings.append(text)
    }

    /// Adds an alias (a Yams tree's; an alias is never followed).
    mutating func appendAlias(line: Int, column: Int) {
        items.append(Item(shape: .alias, kind: .alias, style: Node.Scalar.Style.any.rawValue, nameable: false, byteClasses: 0, line: line, column: column, count: 0,
                          end: items.count + 1))
        strings.append("")
    }

    /// Opens a list or mapping; its children are appended next, then `close(_:count:)`.
    mutating func open(_ shape: Shape, line: Int, column: Int) -> Int {
        let kind: NodeKind = shape == .mapping ? .mapping : .sequence
        items.append(Item(shape: shape, kind: kind, style: Node.Scalar.Style.any.rawValue, nameable: false, byteClasses: 0, line: line, column: column, count: 0, end: 0))
        strings.append("")
        return items.count - 1
    }

    /// Closes the collection `open` returned, with its number of items or pairs.
    mutating func close(_ node: Int, count: Int) {
        items[node].count = count
        items[node].end = items.count
        guard items[node].shape == .sequence else { return }
        items[node].firstItem = listItems.count
        listItems.append(contentsOf: children(node))
    }

    mutating func reserve(_ capacity: Int) {
        items.reserveCapacity(capacity)
        strings.reserveCapacity(capacity)
    }
}

extension YAMLTree {
    /// The tree of a Yams node (a file composed the long way: anchors, tags, aliases).
    init(_ node: Node) {
        self.init()
        append(node)
    }

    private mutating func append(_ node: Node) {
        let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            let name = Tag.Name(rawValue: scalar.tag.rawValue)
            appendScalar(scalar.string, style: scalar.style, nameable: name == .implicit || name == .nonSpecific || name == .str,
                         byteClasses: ByteScan.classes(of: scalar.string), line: line, column: column)
        case .alias:
            appendAlias(line: line, column: column)
        case .sequence(let sequence):
            let at = open(.sequence, line: line, column: column)
            for item in sequence { append(item) }
            close(at, count: sequence.count)
        case .mapping(let mapping):
            let at = open(.mapping, line: line, column: column)
            for index in mapping.indices {
                let (key, value) = mapping[index]
                append(key)
                append(value)
            }
            close(at, count: mapping.count)
        }
    }
}
