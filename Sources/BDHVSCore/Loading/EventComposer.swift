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
        var text = text
        return text.withUTF8 { bytes in
            let walk = Walk()
            defer { walk.close() }
            guard yaml_parser_initialize(walk.parser) == 1 else { return nil }
            walk.initialized = true
            yaml_parser_set_encoding(walk.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(walk.parser, bytes.baseAddress, bytes.count)
            // About one node per 16 bytes of a plan file: room for most at once.
            walk.tree.reserve(bytes.count / 16 + 16)
            return walk.document()
        }
    }

    /// One pass over the events of a stream holding one document.
    private final class Walk {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        var initialized = false
        var holdsEvent = false
        var tree = YAMLTree()

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

        func document() -> YAMLTree? {
            guard next(), event.pointee.type == YAML_STREAM_START_EVENT,
                  next(), event.pointee.type == YAML_DOCUMENT_START_EVENT,
                  next(), node(),
                  next(), event.pointee.type == YAML_DOCUMENT_END_EVENT,
                  next(), event.pointee.type == YAML_STREAM_END_EVENT else { return nil }
            return tree
        }

        /// Appends the node whose first event is `event`, or returns false (compose with
        /// Yams); on return `event` is its last. With `keyText`, a mapping's key: a scalar,
        /// whose text is returned there.
        func node(keyText: UnsafeMutablePointer<String>? = nil) -> Bool {
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
                tree.appendScalar(text, style: style, nameable: true, line: line, column: column)
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
                    guard node() else { return false }
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
                    guard node(keyText: &key), keys.insert(key) else { return false }
                    guard next(), node() else { return false }
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
