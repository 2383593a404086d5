/// The words schema findings are built from: what a value is called ("'title'", "item 2 of
/// 'lead'"), what owns a key ("task 'nv1'"), and the kinds of YAML values, in each language.

/// The value a schema finding is about.
enum SchemaSubject: Hashable, Sendable {
    /// The whole plan.
    case plan
    /// The value of a key.
    case key(String)
    /// Item `number` (1-based) of a list.
    /// (Only this case is boxed: the subject of every key checked is made without allocating.)
    indirect case item(Int, of: SchemaSubject)

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.plan, .en): return "the plan"
        case (.plan, .vi): return "kế hoạch"
        case (.key(let name), _): return "'\(name)'"
        case (.item(let number, let list), .en): return "item \(number) of \(list.text(language))"
        case (.item(let number, let list), .vi): return "mục \(number) của \(list.text(language))"
        }
    }
}

/// The mapping that holds a key: "the plan", "task 'nv1'", or the value itself.
enum SchemaOwner: Hashable, Sendable {
    case plan
    /// A mapping the schema names (`title`, `x-title-vi`), with its id when it has one.
    case titled(english: String, vietnamese: String, id: String?)
    case subject(SchemaSubject)

    func text(_ language: Language) -> String {
        switch self {
        case .plan: return SchemaSubject.plan.text(language)
        case .titled(let english, let vietnamese, let id):
            let title = language == .vi ? vietnamese : english
            return id.map { "\(title) '\($0)'" } ?? title
        case .subject(let subject): return subject.text(language)
        }
    }
}

/// What a finding found: the kind of value and, for a scalar, its text.
struct FoundValue: Hashable, Sendable {
    var kind: NodeKind
    var text: String?

    func text(_ language: Language) -> String {
        guard let text, kind != .null else { return kind.phrase(language) }
        return "\(kind.phrase(language)) '\(TextLimits.excerpt(text))'"
    }
}

/// A shape of value an alternative (`oneOf`, `anyOf`) accepts.
indirect enum ValueShape: Hashable, Sendable {
    /// One of these JSON types.
    case types([String])
    case list(of: ValueShape)
    case mapping(required: [String])

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.types(let types), _):
            return types.map { NodeKind.phrase(jsonType: $0, language) }.joined(separator: language == .vi ? " hoặc " : " or ")
        case (.list(let item), .en): return "a list of " + item.text(language).replacingOccurrences(of: "a ", with: "")
        case (.list(let item), .vi): return "một danh sách " + item.text(language).replacingOccurrences(of: "một ", with: "")
        case (.mapping(let keys), .en): return keys.isEmpty ? "a mapping" : "a mapping with " + quoted(keys, ", ")
        case (.mapping(let keys), .vi): return keys.isEmpty ? "một nhóm khóa" : "một nhóm khóa có " + quoted(keys, ", ")
        }
    }
}

/// `'a', 'b'`: names in single quotes.
func quoted(_ names: [String], _ separator: String) -> String {
    names.map { "'\($0)'" }.joined(separator: separator)
}

/// Choices as a sentence lists them: "a or b", "a, b, or c" in English; "a hoặc b", "a, b
/// hoặc c" in Vietnamese ("a, or b" read as a list cut short).
func alternatives(_ choices: [String], _ language: Language) -> String {
    guard choices.count > 1, let last = choices.last else { return choices.first ?? "" }
    let rest = choices.dropLast().joined(separator: ", ")
    switch language {
    case .vi: return rest + " hoặc " + last
    case .en: return rest + (choices.count > 2 ? ", or " : " or ") + last
    }
}

extension NodeKind {
    /// "a mapping", "a list", "a number" … as a finding names what it found.
    func phrase(_ language: Language) -> String {
        switch (self, language) {
        case (.mapping, .en): return "a mapping"
        case (.mapping, .vi): return "một nhóm khóa"
        case (.sequence, .en): return "a list"
        case (.sequence, .vi): return "một danh sách"
        case (.string, .en): return "text"
        case (.string, .vi): return "văn bản"
        case (.integer, .en): return "a whole number"
        case (.integer, .vi): return "số nguyên"
        case (.float, .en): return "a decimal number"
        case (.float, .vi): return "số thập phân"
        case (.bool, .en): return "true/false"
        case (.bool, .vi): return "giá trị đúng/sai"
        case (.null, .en): return "nothing"
        case (.null, .vi): return "giá trị trống"
        case (.timestamp, .en): return "a timestamp"
        case (.timestamp, .vi): return "một mốc thời gian"
        case (.alias, .en): return "an alias"
        case (.alias, .vi): return "một bí danh"
        }
    }

    /// How a finding names what a JSON Schema `type` expects.
    static func phrase(jsonType: String, _ language: Language) -> String {
        switch (jsonType, language) {
        case ("object", _): return NodeKind.mapping.phrase(language)
        case ("array", _): return NodeKind.sequence.phrase(language)
        case ("string", _): return NodeKind.string.phrase(language)
        case ("integer", _): return NodeKind.integer.phrase(language)
        case ("number", .en): return "a number"
        case ("number", .vi): return "một số"
        case ("boolean", .en): return "true or false"
        case ("boolean", .vi): return "true hoặc false"
        default: return NodeKind.null.phrase(language)
        }
    }
}
