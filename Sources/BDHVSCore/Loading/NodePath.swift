import Yams

/// A path into a plan's node tree, such as `tasks[2].lead[0]`, used to point a finding
/// of the semantic rules back at its line and column.
public struct NodePath: Hashable, Sendable, CustomStringConvertible {
    /// One step: a mapping key or a list index.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    /// This path extended by a key.
    public func key(_ name: String) -> NodePath { NodePath(components + [.key(name)]) }
    /// This path extended by a list index (0-based).
    public func index(_ i: Int) -> NodePath { NodePath(components + [.index(i)]) }

    public var description: String {
        components.reduce(into: "") { text, component in
            switch component {
            case .key(let name): text += text.isEmpty ? name : ".\(name)"
            case .index(let i): text += "[\(i)]"
            }
        }
    }

    /// The deepest node along this path in `root` (the path may point below a leaf, or at
    /// a key that is absent: then the nearest node that exists).
    func node(in root: Node) -> Node {
        var current = root
        for component in components {
            switch (component, current) {
            case (.key(let name), .mapping(let mapping)):
                guard let next = mapping[name] else { return current }
                current = next
            case (.index(let i), .sequence(let sequence)):
                guard i >= 0, i < sequence.count else { return current }
                current = sequence[i]
            default:
                return current
            }
        }
        return current
    }

    /// The same in a `YAMLTree`: the node's index.
    func node(in tree: YAMLTree) -> Int {
        var current = YAMLTree.root
        for component in components {
            switch component {
            case .key(let name):
                guard let next = tree.value(current, forKey: name) else { return current }
                current = next
            case .index(let i):
                guard let next = tree.item(current, at: i) else { return current }
                current = next
            }
        }
        return current
    }

    /// The path of a decoding error's coding path.
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in key.intValue.map(Component.index) ?? .key(key.stringValue) }
    }
}
