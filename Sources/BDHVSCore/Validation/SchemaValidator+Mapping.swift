import Yams

extension SchemaValidator {
    /// How messages name a mapping: "task 'nv1'", "agency 'vhxh'", "the plan".
    func owner(of mapping: Int, _ schema: JSONSchema, fallback: SchemaSubject) -> SchemaOwner {
        guard let title = schema.title else { return fallback == .plan ? .plan : .subject(fallback) }
        if title == "plan" { return .plan }
        return .titled(english: title, vietnamese: schema.titleVietnamese ?? title, id: tree.value(mapping, forKey: "id").flatMap(tree.scalar))
    }

    func checkMapping(
        _ node: Int, _ schema: JSONSchema, _ subject: SchemaSubject,
        into findings: inout [Diagnostic]
    ) {
        var owner: SchemaOwner { self.owner(of: node, schema, fallback: subject) }
        let known = schema.propertyMap
        var merges = false
        for (key, value) in tree.pairs(node) {
            // Once, by the schema that says the value is a mapping (not by the one that refers to it).
            if tree.isScalar(key), tree.style(key) == .plain, tree.string(key) == "<<", schema.types?.contains("object") == true {
                // A merge key brings keys from elsewhere: say so, not that they are missing.
                merges = true
                error(key, .mergeKey(owner), into: &findings)
                continue
            }
            guard tree.kind(key) == .string, let keyText = tree.scalar(key) else {
                error(key, .keyNotText(owner, found: tree.kind(key)), into: &findings)
                continue
            }
            if let propertySchema = known[keyText] {
                check(value, against: propertySchema, subject: .key(keyText), into: &findings)
            } else if !schema.additionalProperties {
                let names = schema.properties.map(\.name).filter { $0 != "$schema" }
                let guess = Suggestion.closest(to: keyText, among: names)
                error(key, .unknownKey(keyText, in: owner, suggestion: guess, expected: guess == nil ? names : []), into: &findings)
            }
        }
        // The keys present are its keys of text (a merge key is never a required one), looked
        // through in the tree: a list of them was an array made for every mapping.
        let missing = schema.required.filter { !hasTextKey(node, $0) }
        if !missing.isEmpty && !merges {
            error(node, .missingKeys(missing, in: owner), into: &findings)
        }
    }

    /// True when mapping `node` has a key of text written `name` (a schema's property name,
    /// ASCII: a key of another length cannot equal it unless it is past ASCII).
    private func hasTextKey(_ node: Int, _ name: String) -> Bool {
        let length = name.utf8.count
        for (key, _) in tree.pairs(node) where tree.kind(key) == .string && tree.mayEqual(key, name, length: length, ascii: true) {
            if tree.string(key) == name { return true }
        }
        return false
    }

    /// `oneOf`/`anyOf`: either alternatives of required keys ("'agency' or 'body'"), or
    /// alternative shapes of a value ("an agency, or a list of agencies").
    func checkAlternatives(_ node: Int, _ schema: JSONSchema, subject: SchemaSubject, into findings: inout [Diagnostic]) {
        let exclusive = !schema.oneOf.isEmpty
        let branches = exclusive ? schema.oneOf : schema.anyOf
        if branches.allSatisfy(\.isRequiredOnly) {
            return checkKeyAlternatives(node, schema, branches, exclusive: exclusive, subject: subject, into: &findings)
        }
        var passing = 0
        var bestFindings: [Diagnostic]?
        let kind = tree.kind(node)
        for branch in branches {
            // A branch for another kind of node cannot match; skip checking it.
            let types = resolvedTypes(branch)
            if !types.isEmpty && !types.contains(where: kind.matches(jsonType:)) { continue }
            var branchFindings: [Diagnostic] = []
            check(node, against: branch, subject: subject, into: &branchFindings)
            if branchFindings.isEmpty {
                passing += 1
            } else if bestFindings == nil, types.contains(where: kind.matches(jsonType:)) {
                bestFindings = branchFindings
            }
        }
        if passing >= 1 { return }
        if let bestFindings { return findings += bestFindings }
        let found = FoundValue(kind: kind, text: tree.scalar(node))
        error(node, .noAlternative(subject, expected: branches.map(shape), found: found), into: &findings)
    }

    private func checkKeyAlternatives(
        _ node: Int, _ schema: JSONSchema, _ branches: [JSONSchema], exclusive: Bool, subject: SchemaSubject,
        into findings: inout [Diagnostic]
    ) {
        guard tree.isMapping(node) else { return }
        let present = tree.pairs(node).compactMap { tree.scalar($0.key) }
        let satisfied = branches.filter { $0.required.allSatisfy(present.contains) }
        // How the messages name the mapping, worked out only for a finding (every task passes here).
        var owner: SchemaOwner { self.owner(of: node, schema, fallback: subject) }
        if present.contains("<<") { return }
        if satisfied.isEmpty {
            error(node, .needsKeys(owner, options: branches.map(\.required)), into: &findings)
        } else if exclusive && satisfied.count > 1 {
            error(node, .keepOnlyOne(owner, present: satisfied.map(\.required)), into: &findings)
        }
    }

    /// The JSON types a branch accepts, following `$ref`s.
    func resolvedTypes(_ schema: JSONSchema) -> [String] {
        if let types = schema.types { return types }
        if let target = schema.refTarget { return resolvedTypes(target) }
        if schema.constValue != nil || schema.enumValues != nil { return ["string", "integer"] }
        return []
    }

    /// The shape of value a branch of an alternative accepts.
    func shape(_ schema: JSONSchema) -> ValueShape {
        if let target = schema.refTarget { return shape(target) }
        let types = schema.types ?? []
        if types == ["array"], let items = schema.items { return .list(of: shape(items)) }
        if types == ["object"] { return .mapping(required: schema.required) }
        return .types(types)
    }
}
