internal import CYaml
import Yams

/// Composes the node tree of an ordinary plan file straight from libyaml's events: the same
/// nodes Yams' `Parser` makes (values, styles, marks, tags), without what a plan does not
/// need on the way: an object and an anchor lookup per event, a tag object per node, each
/// mapping's keys hashed into a dictionary to find one written twice, and Foundation's
/// decoding of each scalar (a national load composes millions of nodes).
///
/// The nodes of a file share their tags (see `Walk.implicit`): for the plan pipeline only.
///
/// Anything out of the ordinary (a syntax error, an anchor or alias, an explicit tag, two
/// keys of one mapping with the same text, a key that is not a scalar, no document or more
/// than one) gives nil, and the caller composes the file with Yams' `Parser`, whose errors
/// and nodes the diagnostics are built on: the fast path never decides a finding.
enum EventComposer {
    /// The single document of `text` (without a byte order mark), or nil: compose it with Yams.
    static func compose(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { bytes in
            let walk = Walk()
            defer { walk.close() }
            guard yaml_parser_initialize(walk.parser) == 1 else { return nil }
            walk.initialized = true
            yaml_parser_set_encoding(walk.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(walk.parser, bytes.baseAddress, bytes.count)
            return walk.document()
        }
    }

    /// One pass over the events of a stream holding one document.
    private final class Walk {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        var initialized = false
        var holdsEvent = false
        /// The tag of a quoted scalar, and of a mapping's key: Yams resolves each key's tag
        /// when it hashes the keys to find duplicates (a tag is an object, and resolving
        /// it sets its name), and the basic resolver the loader uses makes every scalar
        /// text. A resolved tag never changes again, so the nodes of a file share one.
        let text = Tag(.str, .basic, .default)

        /// The tag of any other node: none written. Yams makes one for each node, and
        /// resolves it (setting its name) when the node is compared, hashed or decoded; the
        /// plan pipeline does none of these with a value (making a tag per node was a tenth
        /// of a national load's composing), so the nodes of a file share one, and only the
        /// plan pipeline composes this way (`YAMLSource.compose(_:file:viaEvents:)`).
        let implicit = Tag(.implicit, .basic, .default)

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

        func document() -> Node? {
            guard next(), event.pointee.type == YAML_STREAM_START_EVENT,
                  next(), event.pointee.type == YAML_DOCUMENT_START_EVENT,
                  next(), let root = node(),
                  next(), event.pointee.type == YAML_DOCUMENT_END_EVENT,
                  next(), event.pointee.type == YAML_STREAM_END_EVENT else { return nil }
            return root
        }

        /// A place as Yams gives it. `Mark` has no public initializer; it is two `Int`s, line
        /// then column (a test compares every place with Yams' own).
        static func mark(line: Int, column: Int) -> Mark {
            unsafeBitCast((line, column), to: Mark.self)
        }

        /// The node whose first event is `event`; on return `event` is its last.
        func node(key: Bool = false) -> Node? {
            let mark = Self.mark(line: event.pointee.start_mark.line + 1, column: event.pointee.start_mark.column + 1)
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.pointee.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil,
                      let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return nil }
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                // Foundation's decoding, which Yams uses, drops a leading byte order mark.
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
                return .scalar(Node.Scalar(String(decoding: bytes, as: UTF8.self), key || scalar.quoted_implicit == 1 ? text : implicit, style, mark))
            case YAML_SEQUENCE_START_EVENT:
                guard event.pointee.data.sequence_start.anchor == nil, event.pointee.data.sequence_start.tag == nil else { return nil }
                // Room for a plan's usual lists (aliases, coordinators) at once, instead of
                // growing from one item (three reallocations for four items).
                var items: [Node] = []
                items.reserveCapacity(4)
                while true {
                    guard next() else { return nil }
                    if event.pointee.type == YAML_SEQUENCE_END_EVENT { break }
                    guard let item = node() else { return nil }
                    items.append(item)
                }
                // Yams reads a collection's style from its end event, which has none.
                return .sequence(Node.Sequence(items, implicit, .any, mark))
            case YAML_MAPPING_START_EVENT:
                guard event.pointee.data.mapping_start.anchor == nil, event.pointee.data.mapping_start.tag == nil else { return nil }
                // Room for a task's or an agency's keys at once (see `items`).
                var pairs: [(Node, Node)] = []
                pairs.reserveCapacity(8)
                var keys = MappingKeys()
                while true {
                    guard next() else { return nil }
                    if event.pointee.type == YAML_MAPPING_END_EVENT { break }
                    // A key that is not text, or written twice: Yams says which and where.
                    guard let key = node(key: true), case .scalar(let keyScalar) = key, keys.insert(keyScalar.string) else { return nil }
                    guard next(), let value = node() else { return nil }
                    pairs.append((key, value))
                }
                return .mapping(Node.Mapping(pairs, implicit, .any, mark))
            default:
                return nil
            }
        }
    }

    /// The keys of one mapping met so far. A plan's mappings have a few keys, looked through
    /// faster than hashed; past `listed` they are hashed too, so that a mapping of a hundred
    /// thousand keys costs no more than Yams' own check (a list alone made it quadratic).
    private struct MappingKeys {
        private static let listed = 16
        private var list: [String] = []
        private var set: Set<String> = []

        /// False when `key` was met before.
        mutating func insert(_ key: String) -> Bool {
            if set.isEmpty {
                if list.contains(key) { return false }
                list.append(key)
                if list.count > Self.listed { set = Set(list) }
                return true
            }
            return set.insert(key).inserted
        }
    }
}
