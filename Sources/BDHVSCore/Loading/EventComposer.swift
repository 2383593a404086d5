internal import CYaml
import Yams

/// Composes the node tree of an ordinary plan file straight from libyaml's events into a
/// `YAMLTree`: the same nodes Yams' `Parser` makes (values, styles, marks), without what a
/// plan does not need on the way: an object and an anchor lookup per event, a tag object
/// per node, a `Node` value per node and an array per collection, each mapping's keys hashed
/// into a dictionary to find one written twice, and Foundation's decoding of each scalar (a
/// national load composes millions of nodes).
///
/// Anything out of the ordinary (a syntax error, an anchor or alias, an explicit tag, two
/// keys of one mapping with the same text, a key that is not a scalar, no document or more
/// than one) gives nil, and the caller composes the file with Yams' `Parser`, whose errors
/// and nodes the diagnostics are built on: the fast path never decides a finding.
enum EventComposer {
    /// The single document of `text` (without a byte order mark), or nil: compose it with Yams.
    static func compose(_ text: String) -> YAMLTree? {
        walking(text) { walk, count in walk.document(capacity: count / 16 + 16) }
    }

    /// `body`'s result on a walk over the events of `text` (of `count` bytes); nil when
    /// libyaml cannot start.
    private static func walking<T>(_ text: String, _ body: (Walk, Int) -> T?) -> T? {
        var text = text
        return text.withUTF8 { bytes in
            let walk = Walk()
            defer { walk.close() }
            guard yaml_parser_initialize(walk.parser) == 1 else { return nil }
            walk.initialized = true
            yaml_parser_set_encoding(walk.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(walk.parser, bytes.baseAddress, bytes.count)
            return body(walk, bytes.count)
        }
    }

    /// The first alias (`*name`) of `text` and its place (1-based), met before the end of
    /// its stream or a syntax error; nil when there is none.
    static func firstAlias(_ text: String) -> (line: Int, column: Int, name: String)? {
        walking(text) { walk, _ in
            while walk.next(), walk.event.pointee.type != YAML_STREAM_END_EVENT {
                guard walk.event.pointee.type == YAML_ALIAS_EVENT else { continue }
                let mark = walk.event.pointee.start_mark
                let name = walk.event.pointee.data.alias.anchor.map { String(cString: $0) } ?? ""
                return (Int(mark.line) + 1, Int(mark.column) + 1, name)
            }
            return nil
        }
    }

    /// One pass over the events of a stream holding one document.
    private final class Walk {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        var initialized = false
        var holdsEvent = false

        func close() {
            if holdsEvent { yaml_event_delete(event) }
            if initialized { yaml_parser_delete(parser) }
            parser.deallocate()
            event.deallocate()
        }

        /// Reads the next event into `event`; false on a syntax error.
        func next() -> Bool {
            if holdsEvent { yaml_event_delete(event) }
            holdsEvent = yaml_parser_parse(parser, event) == 1
            return holdsEvent
        }

        /// The document's tree; `capacity`: the nodes to make room for at once.
        func document(capacity: Int) -> YAMLTree? {
            // Passed down, not a stored property: a class's is checked for exclusive access at every use.
            var tree = YAMLTree()
            tree.reserve(capacity)
            guard next(), event.pointee.type == YAML_STREAM_START_EVENT,
                  next(), event.pointee.type == YAML_DOCUMENT_START_EVENT,
                  next(), node(into: &tree),
                  next(), event.pointee.type == YAML_DOCUMENT_END_EVENT,
                  next(), event.pointee.type == YAML_STREAM_END_EVENT else { return nil }
            return tree
        }

        /// Appends the node whose first event is `event`, or returns false (compose with
        /// Yams); on return `event` is its last. With `keyText`, a mapping's key: a scalar,
        /// whose text is returned there.
        func node(into tree: inout YAMLTree, keyText: UnsafeMutablePointer<String>? = nil) -> Bool {
            // Places as Yams gives them: 1-based.
            let line = Int(event.pointee.start_mark.line) + 1, column = Int(event.pointee.start_mark.column) + 1
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.pointee.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil,
                      let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return false }
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                // Foundation's decoding, which Yams uses, drops a leading byte order mark.
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return false }
                let text = String(decoding: bytes, as: UTF8.self)
                // Every scalar of a file without tags resolves to text (the basic resolver).
                tree.appendScalar(text, style: style, nameable: true, byteClasses: ByteScan.classes(of: bytes), line: line, column: column)
                keyText?.pointee = text
                return true
            case YAML_SEQUENCE_START_EVENT:
                guard keyText == nil, event.pointee.data.sequence_start.anchor == nil,
                      event.pointee.data.sequence_start.tag == nil else { return false }
                let at = tree.open(.sequence, line: line, column: column)
                var count = 0
                while true {
                    guard next() else { return false }
                    if event.pointee.type == YAML_SEQUENCE_END_EVENT { break }
                    guard node(into: &tree) else { return false }
                    count += 1
                }
                tree.close(at, count: count)
                return true
            case YAML_MAPPING_START_EVENT:
                guard keyText == nil, event.pointee.data.mapping_start.anchor == nil,
                      event.pointee.data.mapping_start.tag == nil else { return false }
                let at = tree.open(.mapping, line: line, column: column)
                var keys = MappingKeys()
                var count = 0
                var key = ""
                while true {
                    guard next() else { return false }
                    if event.pointee.type == YAML_MAPPING_END_EVENT { break }
                    // A key that is not text, or written twice: Yams says which and where.
                    guard node(into: &tree, keyText: &key), keys.insert(key, pairs: count, of: at, in: tree) else { return false }
                    guard next(), node(into: &tree) else { return false }
                    count += 1
                }
                tree.close(at, count: count)
                return true
            default:
                return false
            }
        }
    }

    /// The keys of one mapping met so far. A plan's mappings have a few keys, looked through
    /// in the tree itself (a list of them was an array grown for every mapping); past `listed`
    /// they are hashed, so that a mapping of a hundred thousand keys costs no more than Yams'
    /// own check (looking through them alone made it quadratic).
    private struct MappingKeys {
        private static let listed = 16
        private var set: Set<String>?

        /// False when `key`, the last node of `tree`, the key of the pair after the first
        /// `pairs` of mapping `at`, was met before in that mapping. Keys compare as Yams
        /// compares them (canonical equivalence).
        mutating func insert(_ key: String, pairs: Int, of at: Int, in tree: YAMLTree) -> Bool {
            if set != nil { return set!.insert(key).inserted }
            let length = key.utf8.count, ascii = tree.byteClasses(tree.items.count - 1) & ByteScan.nonASCII == 0
            var earlier = at + 1
            for _ in 0..<pairs {
                if tree.mayEqual(earlier, key, length: length, ascii: ascii), tree.string(earlier) == key { return false }
                earlier = tree.end(tree.end(earlier))
            }
            if pairs + 1 > Self.listed {
                var keys: Set<String> = [key]
                var node = at + 1
                for _ in 0..<pairs {
                    keys.insert(tree.string(node))
                    node = tree.end(tree.end(node))
                }
                set = keys
            }
            return true
        }
    }
}
