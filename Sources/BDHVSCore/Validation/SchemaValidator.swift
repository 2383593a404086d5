/// Checks a YAML node tree against a `SchemaDocument`, collecting every finding with the
/// line and column of the node it is about. Nodes are indices of `tree`: nothing is copied.
struct SchemaValidator {
    let document: SchemaDocument
    let file: String
    /// The file's text, to place a finding inside a value (a control character); nil puts
    /// such findings at the value.
    var source: SourceText? = nil
    /// The tree being checked (set by `validate`).
    private(set) var tree = YAMLTree()

    init(document: SchemaDocument, file: String, source: SourceText? = nil) {
        self.document = document
        self.file = file
        self.source = source
    }

    /// Every finding for the root of `tree` against the document's root schema.
    func validate(_ tree: YAMLTree) -> [Diagnostic] {
        var validator = self
        validator.tree = tree
        var findings: [Diagnostic] = []
        validator.check(YAMLTree.root, against: document.root, subject: .plan, into: &findings)
        return findings
    }

    func location(of node: Int) -> SourceLocation {
        SourceLocation(file: file, line: tree.line(node), column: tree.column(node))
    }

    func error(_ node: Int, _ message: SchemaMessage, into findings: inout [Diagnostic]) {
        findings.append(Diagnostic(location(of: node), .error, message))
    }

    /// Checks `node`; `subject` names it in messages ("'title'", "item 2 of 'lead'").
    func check(_ node: Int, against schema: JSONSchema, subject: SchemaSubject, into findings: inout [Diagnostic]) {
        if let target = schema.refTarget {
            let before = findings.count
            check(node, against: target, subject: subject, into: &findings)
            // A schema that only refers to another has nothing more to check but what any
            // schema checks (an alias; a mapping's keys are text), said in its own words.
            // Either is found by the target's check first (it returns early only after a
            // finding, and otherwise checks every key of a mapping): when it found nothing,
            // neither is there.
            if schema.isRefOnly {
                if findings.count > before { checkRefOnly(node, schema, subject: subject, into: &findings) }
                return
            }
        }
        let kind = tree.kind(node)
        if kind == .alias {
            return error(node, .alias(subject), into: &findings)
        }
        if schema.money, tree.isScalar(node), kind != .null {
            return checkMoney(node, kind, schema, subject, into: &findings)
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            checkAlternatives(node, schema, subject: subject, into: &findings)
        }
        // What the messages below say was found; worked out only for a finding.
        var found: FoundValue { FoundValue(kind: kind, text: tree.scalar(node)) }
        if let types = schema.types, !schema.accepts(kind) {
            var hint: SchemaMessage.Hint?
            if kind == .timestamp && types.contains("string") { hint = .writeDates }
            else if kind != .string && types == ["string"] && tree.isScalar(node) { hint = .quoteText }
            return error(node, .wrongType(subject, expected: types, found: found, hint: hint), into: &findings)
        }
        if let constant = schema.constValue, !matches(node, constant) {
            return error(node, .notConstant(subject, expected: constant, found: found), into: &findings)
        }
        if let values = schema.enumValues, !values.contains(where: { matches(node, $0) }) {
            let names = values.compactMap { if case .string(let s) = $0 { s } else { nil } }
            let guess = tree.scalar(node).flatMap { Suggestion.closest(to: $0, among: names) }
            return error(node, .notOneOf(subject, allowed: values, found: found, suggestion: guess), into: &findings)
        }
        switch tree.shape(node) {
        case .scalar: checkScalar(node, kind, schema, subject, into: &findings)
        case .sequence: checkSequence(node, schema, subject, into: &findings)
        case .mapping: checkMapping(node, schema, subject, into: &findings)
        case .alias: break
        }
    }

    /// What the rest of `check` finds for a schema that only refers to another, without
    /// walking the node again: an alias, and a mapping's keys that are not text.
    private func checkRefOnly(_ node: Int, _ schema: JSONSchema, subject: SchemaSubject, into findings: inout [Diagnostic]) {
        switch tree.shape(node) {
        case .alias:
            error(node, .alias(subject), into: &findings)
        case .mapping:
            for (key, _) in tree.pairs(node) {
                if tree.kind(key) != .string || !tree.isScalar(key) {
                    error(key, .keyNotText(owner(of: node, schema, fallback: subject), found: tree.kind(key)), into: &findings)
                }
            }
        case .scalar, .sequence:
            break
        }
    }

    private func matches(_ node: Int, _ value: JSONScalar) -> Bool {
        switch value {
        case .string(let s): return tree.kind(node) == .string && tree.scalar(node) == s
        case .integer(let i): return tree.kind(node) == .integer && tree.scalar(node).flatMap { PlanNumber.integer($0) } == Int64(i)
        }
    }

    private func checkScalar(
        _ node: Int, _ kind: NodeKind, _ schema: JSONSchema, _ subject: SchemaSubject,
        into findings: inout [Diagnostic]
    ) {
        let text = tree.string(node)
        if kind == .string {
            // A text that begins with a visible ASCII character is not blank: no character is
            // looked at (every id and title passes here).
            if let minimum = schema.minLength, minimum > 0, !(text.utf8.first.map { (0x21...0x7E).contains($0) } ?? false),
               !text.contains(where: { !$0.isWhitespace }) {
                error(node, .empty(subject), into: &findings)
            }
            if let maximum = schema.maxLength, TextLimits.exceeds(text, maximum) {
                error(node, .tooLong(subject, length: TextLimits.length(text), maximum: maximum), into: &findings)
            }
            if let pattern = schema.pattern, !pattern.matches(text) {
                error(node, .pattern(subject, value: text, english: schema.expected, vietnamese: schema.expectedVietnamese), into: &findings)
            }
            // Once, by the schema that says the value is text (not by the one that refers to it).
            if schema.allowsString {
                checkCharacters(node, multiline: schema.multiline, subject, into: &findings)
            }
        }
        if kind == .integer || kind == .float {
            let value = kind == .integer ? PlanNumber.integer(text).map(Double.init) : PlanNumber.decimal(text)
            let outside = value.map { value in
                schema.minimum.map { value < Double($0) } == true || schema.maximum.map { value > Double($0) } == true
            }
            // A number too large to read is out of any range the schema states.
            if outside ?? (schema.minimum != nil || schema.maximum != nil) {
                error(node, .outOfRange(subject, value: text, minimum: schema.minimum, maximum: schema.maximum), into: &findings)
            }
        }
    }

    /// An amount of đồng: a YAML integer, or any other scalar as officials write amounts
    /// (`Money.read`: "12.500.000 đồng"; a plain `500.000` is a YAML float, read as text
    /// here, never as 500), in the schema's range.
    private func checkMoney(_ node: Int, _ kind: NodeKind, _ schema: JSONSchema, _ subject: SchemaSubject, into findings: inout [Diagnostic]) {
        let text = tree.string(node)
        let value: Int64?
        if kind == .integer {
            value = PlanNumber.integer(text)
        } else {
            switch Money.read(text) {
            case .dong(let dong): value = dong
            case .tooLarge: value = nil
            case .malformed:
                return error(node, .pattern(subject, value: text, english: schema.expected, vietnamese: schema.expectedVietnamese), into: &findings)
            }
        }
        // A number too large to read is out of any range the schema states.
        let outside = value.map { value in
            schema.minimum.map { value < Int64($0) } == true || schema.maximum.map { value > Int64($0) } == true
        } ?? true
        if outside {
            error(node, .outOfRange(subject, value: text, minimum: schema.minimum, maximum: schema.maximum), into: &findings)
        }
    }

    private func checkSequence(
        _ node: Int, _ schema: JSONSchema, _ subject: SchemaSubject,
        into findings: inout [Diagnostic]
    ) {
        if let minimum = schema.minItems, tree.count(node) < minimum {
            error(node, .tooFewItems(subject, minimum: minimum), into: &findings)
        }
        guard let items = schema.items else { return }
        for (index, item) in tree.children(node).enumerated() {
            check(item, against: items, subject: .item(index + 1, of: subject), into: &findings)
        }
    }
}
