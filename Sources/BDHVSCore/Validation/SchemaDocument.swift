import Foundation

/// A JSON Schema document with its `$defs`, ready to check YAML node trees.
public struct SchemaDocument: Sendable {
    /// The root schema.
    let root: JSONSchema
    /// The schemas under `$defs`, by name.
    let definitions: [String: JSONSchema]

    /// Reads a schema from its JSON text.
    public init(json: String) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw SchemaDocumentError.notAnObject
        }
        root = try JSONSchema(object)
        var definitions: [String: JSONSchema] = [:]
        for (name, value) in object["$defs"] as? [String: Any] ?? [:] {
            if let sub = value as? [String: Any] { definitions[name] = try JSONSchema(sub) }
        }
        self.definitions = definitions
        for schema in [root] + definitions.values { link(schema) }
    }

    /// Points every `$ref` below `schema` at its target (`JSONSchema.refTarget`).
    private func link(_ schema: JSONSchema) {
        if let ref = schema.ref { schema.refTarget = resolve(ref) }
        for (_, sub) in schema.properties { link(sub) }
        if let items = schema.items { link(items) }
        for sub in schema.oneOf + schema.anyOf { link(sub) }
    }

    /// The schema a `$ref` such as `#/$defs/task` points to.
    func resolve(_ ref: String) -> JSONSchema? {
        let prefix = "#/$defs/"
        guard ref.hasPrefix(prefix) else { return nil }
        return definitions[String(ref.dropFirst(prefix.count))]
    }

    /// Keywords anywhere in the document that this reader does not understand, and refs
    /// that point nowhere, as `where: keyword` lines (empty when the document is fully supported).
    public func unsupportedParts() -> [String] {
        var found: [String] = []
        func walk(_ schema: JSONSchema, _ place: String) {
            found += schema.unsupportedKeywords.map { "\(place): \($0)" }
            if let ref = schema.ref, resolve(ref) == nil { found.append("\(place): $ref \(ref)") }
            for (name, sub) in schema.properties { walk(sub, place + "/properties/" + name) }
            if let items = schema.items { walk(items, place + "/items") }
            for (i, sub) in schema.oneOf.enumerated() { walk(sub, place + "/oneOf/\(i)") }
            for (i, sub) in schema.anyOf.enumerated() { walk(sub, place + "/anyOf/\(i)") }
        }
        walk(root, "#")
        for (name, schema) in definitions.sorted(by: { $0.key < $1.key }) { walk(schema, "#/$defs/" + name) }
        return found
    }
}

/// A schema text that is not a JSON object.
enum SchemaDocumentError: Error {
    case notAnObject
}
