import Yams

extension SchemaValidator {
    /// How messages name a mapping: "task 'nv1'", "agency 'vhxh'", "the plan".
    func noun(for mapping: Node.Mapping, _ schema: JSONSchema, fallback: String) -> String {
        guard let title = schema.title, title != "plan" else { return fallback }
        if let id = mapping["id"]?.scalar?.string { return "\(title) '\(id)'" }
        return title
    }

    func checkMapping(
        _ node: Node, _ mapping: Node.Mapping, _ schema: JSONSchema, _ name: String,
        into findings: inout [Diagnostic]
    ) {
        var owner: String { noun(for: mapping, schema, fallback: name) }
        let known = schema.propertyMap
        var present = Set<String>()
        for (key, value) in mapping {
            guard NodeKind(key) == .string, let keyText = key.scalar?.string else {
                findings.append(Diagnostic(location(of: key), .error, "keys in \(owner) must be text, found \(NodeKind(key).phrase)"))
                continue
            }
            present.insert(keyText)
            if let propertySchema = known[keyText] {
                check(value, against: propertySchema, subject: "'\(keyText)'", into: &findings)
            } else if !schema.additionalProperties {
                findings.append(Diagnostic(location(of: key), .error, unknownKeyMessage(keyText, owner, schema)))
            }
        }
        let missing = schema.required.filter { !present.contains($0) }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            let keys = missing.count == 1 ? "key" : "keys"
            findings.append(Diagnostic(location(of: node), .error, "missing required \(keys) \(list) in \(owner)"))
        }
    }

    private func unknownKeyMessage(_ key: String, _ owner: String, _ schema: JSONSchema) -> String {
        let names = schema.properties.map(\.name).filter { $0 != "$schema" }
        if let guess = Suggestion.closest(to: key, among: names) {
            return "unknown key '\(key)' in \(owner); did you mean '\(guess)'?"
        }
        return "unknown key '\(key)' in \(owner); expected one of " + names.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// `oneOf`/`anyOf`: either alternatives of required keys ("'agency' or 'body'"), or
    /// alternative shapes of a value ("an agency, or a list of agencies").
    func checkAlternatives(_ node: Node, _ schema: JSONSchema, subject: String, into findings: inout [Diagnostic]) {
        let exclusive = !schema.oneOf.isEmpty
        let branches = exclusive ? schema.oneOf : schema.anyOf
        if branches.allSatisfy(\.isRequiredOnly) {
            return checkKeyAlternatives(node, schema, branches, exclusive: exclusive, subject: subject, into: &findings)
        }
        var passing = 0
        var bestFindings: [Diagnostic]?
        let kind = NodeKind(node)
        for branch in branches {
            // A branch for another kind of node cannot match; skip checking it.
            let types = resolvedTypes(branch)
            if !types.isEmpty && !types.contains(where: kind.matches(jsonType:)) { continue }
            var branchFindings: [Diagnostic] = []
            check(node, against: branch, subject: subject, into: &branchFindings)
            if branchFindings.isEmpty {
                passing += 1
            } else if bestFindings == nil, resolvedTypes(branch).contains(where: kind.matches(jsonType:)) {
                bestFindings = branchFindings
            }
        }
        if passing >= 1 { return }
        if let bestFindings { return findings += bestFindings }
        let expected = branches.map { describe($0) }.joined(separator: ", or ")
        let found = node.scalar.map { "\(kind.phrase) '\($0.string)'" } ?? kind.phrase
        findings.append(Diagnostic(location(of: node), .error, "\(subject) must be \(expected), found \(found)"))
    }

    private func checkKeyAlternatives(
        _ node: Node, _ schema: JSONSchema, _ branches: [JSONSchema], exclusive: Bool, subject: String,
        into findings: inout [Diagnostic]
    ) {
        guard let mapping = node.mapping else { return }
        let present = Set(mapping.keys.compactMap { $0.scalar?.string })
        let satisfied = branches.filter { $0.required.allSatisfy(present.contains) }
        let owner = noun(for: mapping, schema, fallback: subject)
        func keys(_ branch: JSONSchema) -> String { branch.required.map { "'\($0)'" }.joined(separator: " and ") }
        if satisfied.isEmpty {
            let options = branches.map(keys).joined(separator: ", or ")
            findings.append(Diagnostic(location(of: node), .error, "\(owner) needs \(options)"))
        } else if exclusive && satisfied.count > 1 {
            let options = satisfied.map(keys).joined(separator: " and ")
            findings.append(Diagnostic(location(of: node), .error, "\(owner) has \(options); keep only one"))
        }
    }

    /// The JSON types a branch accepts, following `$ref`s.
    func resolvedTypes(_ schema: JSONSchema) -> [String] {
        if let types = schema.types { return types }
        if let ref = schema.ref, let target = document.resolve(ref) { return resolvedTypes(target) }
        if schema.constValue != nil || schema.enumValues != nil { return ["string", "integer"] }
        return []
    }

    /// "text", "a list of text", "a mapping with 'text'" … for a branch of an alternative.
    func describe(_ schema: JSONSchema) -> String {
        if let ref = schema.ref, let target = document.resolve(ref) { return describe(target) }
        let types = schema.types ?? []
        if types == ["array"], let items = schema.items { return "a list of " + describe(items).replacingOccurrences(of: "a ", with: "") }
        if types == ["object"] {
            return schema.required.isEmpty ? "a mapping" : "a mapping with " + schema.required.map { "'\($0)'" }.joined(separator: ", ")
        }
        return types.map(NodeKind.phrase(jsonType:)).joined(separator: " or ")
    }
}
