/// What the plan schema finds wrong with a value or a mapping, in both languages.
enum SchemaMessage: LocalizedMessage, Hashable {
    /// A hint after a wrong type: how to write what was meant.
    enum Hint: Hashable, Sendable {
        /// An unquoted ISO date is a YAML timestamp.
        case writeDates
        /// A number or true/false where text is expected.
        case quoteText
    }

    case alias(SchemaSubject)
    case wrongType(SchemaSubject, expected: [String], found: FoundValue, hint: Hint?)
    case notConstant(SchemaSubject, expected: JSONScalar, found: FoundValue)
    case notOneOf(SchemaSubject, allowed: [JSONScalar], found: FoundValue, suggestion: String?)
    case empty(SchemaSubject)
    /// A text longer than the schema's `maxLength` (`TextLimits`).
    case tooLong(SchemaSubject, length: Int, maximum: Int)
    /// A value that does not match a `pattern`; `expected` is the schema's words for it.
    case pattern(SchemaSubject, value: String, english: String?, vietnamese: String?)
    case outOfRange(SchemaSubject, value: String, minimum: Int?, maximum: Int?)
    case tooFewItems(SchemaSubject, minimum: Int)
    case keyNotText(SchemaOwner, found: NodeKind)
    case unknownKey(String, in: SchemaOwner, suggestion: String?, expected: [String])
    case missingKeys([String], in: SchemaOwner)
    /// None of the alternative sets of keys is present.
    case needsKeys(SchemaOwner, options: [[String]])
    /// More than one of exclusive sets of keys is present.
    case keepOnlyOne(SchemaOwner, present: [[String]])
    case noAlternative(SchemaSubject, expected: [ValueShape], found: FoundValue)
    /// A YAML merge key (`<<: *anchor`).
    case mergeKey(SchemaOwner)
    /// A control character (or a non-character) in text.
    case controlCharacter(SchemaSubject, UInt32)
    /// A line break in a text that is one line (a title, a name).
    case lineBreak(SchemaSubject)

    var id: String {
        switch self {
        case .alias: return "schema.alias"
        case .wrongType: return "schema.wrong-type"
        case .notConstant: return "schema.not-constant"
        case .notOneOf: return "schema.not-one-of"
        case .empty: return "schema.empty"
        case .tooLong: return "schema.too-long"
        case .pattern: return "schema.pattern"
        case .outOfRange: return "schema.out-of-range"
        case .tooFewItems: return "schema.too-few-items"
        case .keyNotText: return "schema.key-not-text"
        case .unknownKey: return "schema.unknown-key"
        case .missingKeys: return "schema.missing-keys"
        case .needsKeys: return "schema.needs-keys"
        case .keepOnlyOne: return "schema.keep-only-one"
        case .noAlternative: return "schema.no-alternative"
        case .mergeKey: return "schema.merge-key"
        case .controlCharacter: return "schema.control-character"
        case .lineBreak: return "schema.line-break"
        }
    }

    func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .vi: return vietnamese
        }
    }

    private var english: String {
        let l = Language.en
        switch self {
        case .alias(let s): return "\(s.text(l)) is a YAML alias; write the value out instead"
        case .wrongType(let s, let expected, let found, let hint):
            let types = expected.map { NodeKind.phrase(jsonType: $0, l) }.joined(separator: " or ")
            let advice: String
            switch hint {
            case .writeDates: advice = "; write dates as 24/7/2025 or put them in quotes"
            case .quoteText: advice = "; put it in quotes to make it text"
            case nil: advice = ""
            }
            return "\(s.text(l)) must be \(types), found \(found.text(l))\(advice)"
        case .notConstant(let s, let expected, let found): return "\(s.text(l)) must be \(expected), found \(found.text(l))"
        case .notOneOf(let s, let allowed, let found, let suggestion):
            return "\(s.text(l)) must be one of \(allowed.map(\.description).joined(separator: ", ")), found \(found.text(l))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .empty(let s): return "\(s.text(l)) must not be empty"
        case .tooLong(let s, let length, let maximum):
            return "\(s.text(l)) is \(l.number(length)) characters long; at most \(l.number(maximum)) are allowed"
        case .pattern(let s, let value, let expected, _):
            return "\(s.text(l)) '\(TextLimits.excerpt(value))' is not valid; expected \(expected ?? "text matching the pattern")"
        case .outOfRange(let s, let value, let low?, let high?):
            return "\(s.text(l)) must be between \(Self.number(low, l)) and \(Self.number(high, l)), found \(TextLimits.excerpt(value))"
        case .outOfRange(let s, let value, let low?, nil): return "\(s.text(l)) must be at least \(Self.number(low, l)), found \(TextLimits.excerpt(value))"
        case .outOfRange(let s, let value, nil, let high?): return "\(s.text(l)) must be at most \(Self.number(high, l)), found \(TextLimits.excerpt(value))"
        case .outOfRange(let s, let value, nil, nil): return "\(s.text(l)) is out of range, found \(TextLimits.excerpt(value))"
        case .tooFewItems(let s, let minimum): return "\(s.text(l)) must have at least \(minimum) item\(minimum == 1 ? "" : "s")"
        case .keyNotText(let owner, let found): return "keys in \(owner.text(l)) must be text, found \(found.phrase(l))"
        case .unknownKey(let key, let owner, let suggestion?, _): return "unknown key '\(key)' in \(owner.text(l)); did you mean '\(suggestion)'?"
        case .unknownKey(let key, let owner, nil, let expected):
            return "unknown key '\(key)' in \(owner.text(l)); expected one of \(quoted(expected, ", "))"
        case .missingKeys(let keys, let owner):
            return "missing required \(keys.count == 1 ? "key" : "keys") \(quoted(keys, ", ")) in \(owner.text(l))"
        case .needsKeys(let owner, let options):
            return "\(owner.text(l)) needs " + alternatives(options.map { quoted($0, " and ") }, l)
        case .keepOnlyOne(let owner, let present):
            return "\(owner.text(l)) has " + present.map { quoted($0, " and ") }.joined(separator: " and ") + "; keep only one"
        case .noAlternative(let s, let expected, let found):
            return "\(s.text(l)) must be \(alternatives(expected.map { $0.text(l) }, l)), found \(found.text(l))"
        case .mergeKey(let owner): return "merge keys ('<<') are not supported in \(owner.text(l)); write the keys out"
        case .controlCharacter(let s, let scalar):
            return "\(s.text(l)) contains \(YAMLMessage.characterName(scalar, l)); plan text may not hold control characters"
        case .lineBreak(let s):
            return "\(s.text(l)) contains a line break; write it on one line (only long texts such as 'description' and 'note' may have several)"
        }
    }

    private var vietnamese: String {
        let l = Language.vi
        switch self {
        case .alias(let s): return "\(s.text(l)) là một bí danh YAML; hãy viết thẳng giá trị"
        case .wrongType(let s, let expected, let found, let hint):
            let types = expected.map { NodeKind.phrase(jsonType: $0, l) }.joined(separator: " hoặc ")
            let advice: String
            switch hint {
            case .writeDates: advice = "; hãy viết ngày dạng 24/7/2025 hoặc đặt trong dấu nháy"
            case .quoteText: advice = "; hãy đặt trong dấu nháy để thành văn bản"
            case nil: advice = ""
            }
            return "\(s.text(l)) phải là \(types), nhận được \(found.text(l))\(advice)"
        case .notConstant(let s, let expected, let found): return "\(s.text(l)) phải là \(expected), nhận được \(found.text(l))"
        case .notOneOf(let s, let allowed, let found, let suggestion):
            return "\(s.text(l)) phải là một trong \(allowed.map(\.description).joined(separator: ", ")), nhận được \(found.text(l))"
                + (suggestion.map { "; có phải là '\($0)'?" } ?? "")
        case .empty(let s): return "\(s.text(l)) không được để trống"
        case .tooLong(let s, let length, let maximum):
            return "\(s.text(l)) dài \(l.number(length)) ký tự; tối đa \(l.number(maximum)) ký tự"
        case .pattern(let s, let value, let english, let vietnamese):
            return "\(s.text(l)) '\(TextLimits.excerpt(value))' không hợp lệ; cần \(vietnamese ?? english ?? "văn bản đúng mẫu")"
        case .outOfRange(let s, let value, let low?, let high?):
            return "\(s.text(l)) phải từ \(Self.number(low, l)) đến \(Self.number(high, l)), nhận được \(TextLimits.excerpt(value))"
        case .outOfRange(let s, let value, let low?, nil): return "\(s.text(l)) phải từ \(Self.number(low, l)) trở lên, nhận được \(TextLimits.excerpt(value))"
        case .outOfRange(let s, let value, nil, let high?): return "\(s.text(l)) không được quá \(Self.number(high, l)), nhận được \(TextLimits.excerpt(value))"
        case .outOfRange(let s, let value, nil, nil): return "\(s.text(l)) vượt quá giới hạn, nhận được \(TextLimits.excerpt(value))"
        case .tooFewItems(let s, let minimum): return "\(s.text(l)) phải có ít nhất \(minimum) mục"
        case .keyNotText(let owner, let found): return "các khóa trong \(owner.text(l)) phải là văn bản, nhận được \(found.phrase(l))"
        case .unknownKey(let key, let owner, let suggestion?, _): return "khóa '\(key)' không hợp lệ trong \(owner.text(l)); có phải là '\(suggestion)'?"
        case .unknownKey(let key, let owner, nil, let expected):
            return "khóa '\(key)' không hợp lệ trong \(owner.text(l)); các khóa hợp lệ: \(quoted(expected, ", "))"
        case .missingKeys(let keys, let owner):
            return "thiếu \(keys.count == 1 ? "khóa" : "các khóa") bắt buộc \(quoted(keys, ", ")) trong \(owner.text(l))"
        case .needsKeys(let owner, let options):
            return "\(owner.text(l)) cần có " + alternatives(options.map { quoted($0, " và ") }, l)
        case .keepOnlyOne(let owner, let present):
            return "\(owner.text(l)) có cả " + present.map { quoted($0, " và ") }.joined(separator: " và ") + "; chỉ giữ một"
        case .noAlternative(let s, let expected, let found):
            return "\(s.text(l)) phải là \(alternatives(expected.map { $0.text(l) }, l)), nhận được \(found.text(l))"
        case .mergeKey(let owner): return "không hỗ trợ khóa gộp ('<<') trong \(owner.text(l)); hãy viết đầy đủ các khóa"
        case .controlCharacter(let s, let scalar):
            return "\(s.text(l)) chứa \(YAMLMessage.characterName(scalar, l)); văn bản trong kế hoạch không được chứa ký tự điều khiển"
        case .lineBreak(let s):
            return "\(s.text(l)) có ký tự xuống dòng; hãy viết trên một dòng (chỉ các đoạn văn dài như 'description', 'note' mới được nhiều dòng)"
        }
    }

    /// A bound as this language groups digits; years and small numbers stay as written.
    private static func number(_ value: Int, _ language: Language) -> String {
        abs(value) < 100_000 ? String(value) : language.number(value)
    }
}
