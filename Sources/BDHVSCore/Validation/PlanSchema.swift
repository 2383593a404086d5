/// The plan format's JSON Schema (`Schemas/plan.schema.json`), embedded in the library.
public enum PlanSchema {
    /// The schema, read once.
    public static let document: SchemaDocument = {
        do {
            return try SchemaDocument(json: json)
        } catch {
            preconditionFailure("the embedded plan schema is not valid JSON: \(error)")
        }
    }()

    /// The text of the schema as shipped, for `bdhvs plan schema`.
    public static var text: String { json + "\n" }
}
