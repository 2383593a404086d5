import Yams

/// Composes the YAML text of a plan file into a node tree, turning libyaml's errors into
/// diagnostics at the place of their cause.
enum YAMLSource {
    /// The single document of `text`, or the diagnostics that say why there is none.
    static func compose(_ text: String, file: String) -> (node: Node?, diagnostics: [Diagnostic]) {
        switch composed(text, file: file, viaEvents: false) {
        case .node(let node): return (node, [])
        case .tree: preconditionFailure("a tree is composed only via events")
        case .refused(let diagnostics): return (nil, diagnostics)
        }
    }

    /// The same as a `YAMLTree`, for the plan pipeline: an ordinary file is composed
    /// straight from libyaml's events (`EventComposer`), any other by Yams and then copied.
    static func composeTree(_ text: String, file: String) -> (tree: YAMLTree?, diagnostics: [Diagnostic]) {
        switch composed(text, file: file, viaEvents: true) {
        case .node(let node): return (YAMLTree(node), [])
        case .tree(let tree): return (tree, [])
        case .refused(let diagnostics): return (nil, diagnostics)
        }
    }

    private enum Composed {
        case node(Node), tree(YAMLTree), refused([Diagnostic])
    }

    private static func composed(_ text: String, file: String, viaEvents: Bool) -> Composed {
        func at(_ line: Int, _ column: Int, _ message: YAMLMessage) -> Composed {
            .refused([Diagnostic(SourceLocation(file: file, line: line, column: column), .error, message)])
        }
        // A byte order mark (as Notepad saves UTF-8) is not part of the YAML.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let source = SourceText(text)
        // libyaml refuses these too, but places them by an offset that is hard to map back;
        // found here, they are placed exactly.
        if let forbidden = firstForbiddenCharacter(in: source) {
            return at(forbidden.line, forbidden.column, .forbiddenCharacter(forbidden.scalar.value))
        }
        // An ordinary file (most of a national load) is composed without Yams' parser; any
        // other, and every error, the long way below.
        if viaEvents, let tree = EventComposer.compose(text) { return .tree(tree) }
        // Yams copies the node an alias names; aliases of aliases (a "billion laughs" of 700
        // bytes) copied for minutes. A plan has no use for them: the first is refused unread.
        if let alias = EventComposer.firstAlias(text) { return at(alias.line, alias.column, .alias(name: alias.name)) }
        do {
            // No tag resolution while parsing (it runs several regular expressions on every
            // scalar); NodeKind classifies plain scalars by YAML 1.1's rules itself. The
            // encoding is given: by default Yams reads the environment on every parse.
            let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            guard let root = try parser.nextRoot() else { return at(1, 1, .empty) }
            if let extra = try parser.nextRoot() {
                let place = YAMLErrorPlaces.documentStart(before: extra.mark, in: source)
                return at(place.line, place.column, .severalDocuments)
            }
            return .node(root)
        } catch let error as YamlError {
            let (place, message) = YAMLErrorPlaces.explain(error, in: source)
            return at(place.line, place.column, message)
        } catch {
            return at(1, 1, .syntax(problem: "\(error)", context: nil, line: nil, column: nil))
        }
    }

    /// The first character YAML does not allow in a file: C0 controls other than tab and
    /// line breaks, DEL, C1 controls other than NEL, surrogates, U+FFFE and U+FFFF.
    static func firstForbiddenCharacter(in source: SourceText) -> SourceText.Located? {
        var found: SourceText.Located?
        // A fast pass over the bytes first (`ByteScan`): most files have none. (A pass through
        // the string's UTF-8 view cost more than one over its scalars.)
        guard ByteScan.classes(of: source.text) & ByteScan.mayBeginForbidden != 0,
              source.text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return nil }
        source.walk { located in
            if isAllowed(located.scalar) { return true }
            found = located
            return false
        }
        return found
    }

    /// YAML 1.1's printable characters.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
