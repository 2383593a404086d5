import Yams

/// Checks a YAML node tree against a `SchemaDocument`, collecting every finding with the
/// line and column of the node it is about.
struct SchemaValidator {
    let document: SchemaDocument
    let file: String

    /// Every finding for `node` against the document's root schema.
    func validate(_ node: Node) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        check(node, against: document.root, subject: nil, into: &findings)
        return findings
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private func error(_ node: Node, _ message: String, into findings: inout [Diagnostic]) {
        findings.append(Diagnostic(location(of: node), .error, message))
    }

    /// Checks `node`; `subject` names it in messages ("'title'", "item 2 of 'lead'"), nil for the root.
    func check(_ node: Node, against schema: JSONSchema, subject: String?, into findings: inout [Diagnostic]) {
        if let ref = schema.ref, let target = document.resolve(ref) {
            check(node, against: target, subject: subject, into: &findings)
        }
        let kind = NodeKind(node)
        let name = subject ?? "the plan"
        if kind == .alias {
            return error(node, "\(name) is a YAML alias; write the value out instead", into: &findings)
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            checkAlternatives(node, schema, subject: name, into: &findings)
        }
        if let types = schema.types, !types.contains(where: kind.matches(jsonType:)) {
            let expected = types.map(NodeKind.phrase(jsonType:)).joined(separator: " or ")
            var message = "\(name) must be \(expected), found \(foundPhrase(node, kind))"
            if kind == .timestamp && types.contains("string") { message += "; write dates as 24/7/2025 or put them in quotes" }
            else if kind != .string && types == ["string"] && node.scalar != nil { message += "; put it in quotes to make it text" }
            return error(node, message, into: &findings)
        }
        if let constant = schema.constValue, !matches(node, constant) {
            return error(node, "\(name) must be \(constant), found \(foundPhrase(node, kind))", into: &findings)
        }
        if let values = schema.enumValues, !values.contains(where: { matches(node, $0) }) {
            let list = values.map(\.description).joined(separator: ", ")
            var message = "\(name) must be one of \(list), found \(foundPhrase(node, kind))"
            let names = values.compactMap { if case .string(let s) = $0 { s } else { nil } }
            if let text = node.scalar?.string, let guess = Suggestion.closest(to: text, among: names) {
                message += "; did you mean '\(guess)'?"
            }
            return error(node, message, into: &findings)
        }
        switch node {
        case .scalar(let scalar): checkScalar(node, scalar.string, kind, schema, name, into: &findings)
        case .sequence(let sequence): checkSequence(node, sequence, schema, name, into: &findings)
        case .mapping(let mapping): checkMapping(node, mapping, schema, name, into: &findings)
        case .alias: break
        }
    }

    private func foundPhrase(_ node: Node, _ kind: NodeKind) -> String {
        guard case .scalar(let scalar) = node, kind != .null else { return kind.phrase }
        return "\(kind.phrase) '\(scalar.string)'"
    }

    private func matches(_ node: Node, _ value: JSONScalar) -> Bool {
        switch value {
        case .string(let s): return NodeKind(node) == .string && node.scalar?.string == s
        case .integer(let i): return NodeKind(node) == .integer && node.scalar.flatMap { Int($0.string) } == i
        }
    }

    private func checkScalar(
        _ node: Node, _ text: String, _ kind: NodeKind, _ schema: JSONSchema, _ name: String,
        into findings: inout [Diagnostic]
    ) {
        if kind == .string, let minimum = schema.minLength, minimum > 0, !text.contains(where: { !$0.isWhitespace }) {
            error(node, "\(name) must not be empty", into: &findings)
        }
        if kind == .string, let pattern = schema.pattern, !pattern.matches(text) {
            error(node, "\(name) '\(text)' is not valid; expected \(schema.expected ?? "text matching the pattern")", into: &findings)
        }
        if kind == .integer || kind == .float, let value = Double(text.replacingOccurrences(of: "_", with: "")) {
            if let low = schema.minimum, value < Double(low) {
                error(node, rangeMessage(name, text, schema), into: &findings)
            } else if let high = schema.maximum, value > Double(high) {
                error(node, rangeMessage(name, text, schema), into: &findings)
            }
        }
    }

    private func rangeMessage(_ name: String, _ value: String, _ schema: JSONSchema) -> String {
        switch (schema.minimum, schema.maximum) {
        case (let low?, let high?): return "\(name) must be between \(low) and \(high), found \(value)"
        case (let low?, nil): return "\(name) must be at least \(low), found \(value)"
        case (nil, let high?): return "\(name) must be at most \(high), found \(value)"
        case (nil, nil): return "\(name) is out of range"
        }
    }

    private func checkSequence(
        _ node: Node, _ sequence: Node.Sequence, _ schema: JSONSchema, _ name: String,
        into findings: inout [Diagnostic]
    ) {
        if let minimum = schema.minItems, sequence.count < minimum {
            error(node, "\(name) must have at least \(minimum) item\(minimum == 1 ? "" : "s")", into: &findings)
        }
        guard let items = schema.items else { return }
        for (index, item) in sequence.enumerated() {
            check(item, against: items, subject: "item \(index + 1) of \(name)", into: &findings)
        }
    }
}
