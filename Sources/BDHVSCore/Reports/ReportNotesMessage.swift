/// What is wrong in a report notes file (`--notes`), in both languages.
public enum ReportNotesMessage: LocalizedMessage, Hashable {
    /// Where an unknown key was found.
    public enum Owner: Hashable, Sendable {
        case notes, signer
    }

    /// The file is not a mapping of notes.
    case notAMapping
    /// A key the notes do not have, with the closest known key, or the list of known keys.
    case unknownKey(String, in: Owner, suggestion: String?, allowed: [String])
    /// The `date` value is not a date.
    case notADate(String)
    /// The `form` value is neither 'committee' nor 'party'.
    case unknownForm(String)
    /// What a notes value should have been.
    public enum Expected: Hashable, Sendable {
        case text, list, yesOrNo
    }

    /// A value of the wrong shape at `path`, with what was expected.
    case unreadable(path: String, expected: Expected)
    /// A text longer than any section of a report (`TextLimits.long`).
    case tooLong(length: Int, maximum: Int)

    public var id: String {
        switch self {
        case .notAMapping: return "notes.not-a-mapping"
        case .unknownKey: return "notes.unknown-key"
        case .notADate: return "notes.not-a-date"
        case .unknownForm: return "notes.unknown-form"
        case .unreadable: return "notes.unreadable"
        case .tooLong: return "notes.too-long"
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    private var vietnamese: String {
        switch self {
        case .notAMapping:
            return "tệp ghi chú phải là danh sách các mục (profile: …, strengths: …)"
        case .unknownKey(let key, let owner, let suggestion, let allowed):
            let place = owner == .notes ? "trong ghi chú" : "trong 'signer'"
            return "không có mục '\(key)' \(place)"
                + (suggestion.map { "; có phải là '\($0)'?" } ?? "; các mục được dùng: " + Self.quoted(allowed))
        case .notADate(let text):
            return "'date' trong ghi chú không phải là ngày: '\(text)'; cần ghi theo dạng ngày/tháng/năm hoặc năm-tháng-ngày"
        case .unknownForm(let text):
            return "không có hình thức báo cáo '\(text)' trong 'form'; cần 'committee' (Ủy ban nhân dân) hoặc 'party' (Đảng ủy)"
        case .unreadable(let path, let expected):
            let wanted = switch expected {
            case .text: "văn bản"
            case .list: "một danh sách văn bản"
            case .yesOrNo: "true (có) hoặc false (không)"
            }
            return "không đọc được '\(path)' trong ghi chú; cần " + wanted
        case .tooLong(let length, let maximum):
            return "đoạn ghi chú này dài \(Language.vi.number(length)) ký tự; tối đa \(Language.vi.number(maximum)) ký tự"
        }
    }

    private var english: String {
        switch self {
        case .notAMapping:
            return "expected a mapping of notes (profile: …, strengths: …)"
        case .unknownKey(let key, let owner, let suggestion, let allowed):
            let place = owner == .notes ? "the notes" : "'signer'"
            return "unknown key '\(key)' in \(place)"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; expected one of " + Self.quoted(allowed))
        case .notADate(let text):
            return "'date' in the notes is not a date: '\(text)'; expected d/m/yyyy or yyyy-mm-dd"
        case .unknownForm(let text):
            return "unknown report form '\(text)' in 'form'; expected 'committee' (People's Committee) or 'party' (Party committee)"
        case .unreadable(let path, let expected):
            let wanted = switch expected {
            case .text: "text"
            case .list: "a list of text"
            case .yesOrNo: "true or false"
            }
            return "'\(path)' in the notes cannot be read; expected " + wanted
        case .tooLong(let length, let maximum):
            return "this note is \(Language.en.number(length)) characters long; at most \(Language.en.number(maximum)) are allowed"
        }
    }

    private static func quoted(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
