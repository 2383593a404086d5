/// Failures of the store, and names it does not know, each one clear sentence in Vietnamese and English.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database file cannot be opened or created; `reason` is the system's wording.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer bdhvs, whose schema this one does not know.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// A bdhvs database of an older schema, opened by something that must not write (the
    /// dashboard): it is not migrated; a command that may write brings it up to date.
    case olderDatabase(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// The file is an SQLite database of another application: bdhvs leaves it untouched.
    case foreignDatabase(path: String)
    /// A bdhvs database whose schema lacks tables or columns it must have.
    case damagedDatabase(path: String, missing: [String])
    /// SQLite failed while reading or writing (a disk full, a damaged file); nothing was written.
    case databaseFailed(String)
    /// One plan of a load was not stored (a disk full); plans stored before it are kept.
    case planNotSaved(plan: String, reason: String)
    /// No plan with this id is loaded.
    case unknownPlan(String, suggestion: String?)
    /// No loaded plan is of this province or commune.
    case unknownPlace(String, suggestion: String?)
    /// A plan named with a province or commune it is not of.
    case planNotInPlace(plan: String, place: String)
    /// No agency of the loaded plans answers to this name.
    case unknownAgency(String, suggestion: String?)
    /// A reading command was pointed at a database file that does not exist.
    case noDatabase(path: String)

    /// The English rendering.
    public var description: String { text(.en) }
}

extension StoreError: UserFacingError {
    public var id: String {
        switch self {
        case .cannotOpen: return "store.cannot-open"
        case .newerDatabase: return "store.newer-database"
        case .olderDatabase: return "store.older-database"
        case .notADatabase: return "store.not-a-database"
        case .foreignDatabase: return "store.foreign-database"
        case .damagedDatabase: return "store.damaged-database"
        case .databaseFailed: return "store.database-failed"
        case .planNotSaved: return "store.plan-not-saved"
        case .unknownPlan: return "store.unknown-plan"
        case .unknownPlace: return "store.unknown-place"
        case .planNotInPlace: return "store.plan-not-in-place"
        case .unknownAgency: return "store.unknown-agency"
        case .noDatabase: return "store.no-database"
        }
    }

    /// A plan, place or agency the person named and no loaded plan has is bad input, to
    /// correct like any other value typed (exit 1); the database's own failures are
    /// operational (exit 2).
    public var failure: FailureKind {
        switch self {
        case .unknownPlan, .unknownPlace, .planNotInPlace, .unknownAgency: return .invalidInput
        default: return .operational
        }
    }

    public func text(_ language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var vietnamese: String {
        func guess(_ suggestion: String?) -> String { suggestion.map { "; có phải là '\($0)'?" } ?? "" }
        switch self {
        case .cannotOpen(let path, let reason):
            return "không mở được cơ sở dữ liệu '\(path)': \(SQLiteWords.vietnamese(reason))"
        case .newerDatabase(let path, let unknown):
            return "cơ sở dữ liệu '\(path)' do phiên bản bdhvs mới hơn tạo ra (\(unknown.joined(separator: ", "))); hãy nâng cấp bdhvs"
        case .olderDatabase(let path):
            return "cơ sở dữ liệu '\(path)' có lược đồ của phiên bản bdhvs cũ hơn và chỉ được mở để đọc nên không được cập nhật; hãy cập nhật trước bằng một lệnh bdhvs trên tệp này (như 'bdhvs plan status')"
        case .notADatabase(let path):
            return "'\(path)' không phải cơ sở dữ liệu của bdhvs"
        case .foreignDatabase(let path):
            return "'\(path)' là cơ sở dữ liệu của ứng dụng khác, không phải của bdhvs; bdhvs không ghi vào tệp này"
        case .damagedDatabase(let path, let missing):
            return "cơ sở dữ liệu '\(path)' bị hỏng: thiếu \(missing.map { "'\($0)'" }.joined(separator: ", ")); hãy khôi phục từ bản sao lưu"
        case .databaseFailed(let reason):
            return "cơ sở dữ liệu gặp lỗi: \(SQLiteWords.vietnamese(reason)); chưa có gì thay đổi"
        case .planNotSaved(let plan, let reason):
            return "chưa lưu được kế hoạch '\(plan)': \(SQLiteWords.vietnamese(reason)); kế hoạch này chưa có gì thay đổi, các kế hoạch đã lưu trước đó vẫn được giữ"
        case .unknownPlan(let plan, let suggestion):
            return "chưa nạp kế hoạch '\(plan)'" + (suggestion.map { "; có phải là '\($0)'?" } ?? "; xem các kế hoạch đã nạp bằng 'bdhvs plan list'")
        case .unknownPlace(let place, let suggestion):
            return "không có kế hoạch nào đã nạp thuộc '\(place)'" + guess(suggestion)
        case .planNotInPlace(let plan, let place):
            return "kế hoạch '\(plan)' không thuộc '\(place)'"
        case .unknownAgency(let agency, let suggestion):
            return "không có cơ quan '\(agency)' trong các kế hoạch đã nạp" + guess(suggestion)
        case .noDatabase(let path):
            return "chưa có cơ sở dữ liệu '\(path)'; hãy nạp kế hoạch trước ('bdhvs plan load TỆP')"
        }
    }

    private var english: String {
        func guess(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database '\(path)': \(reason)"
        case .newerDatabase(let path, let unknown):
            return "the database '\(path)' was written by a newer bdhvs (schema \(unknown.joined(separator: ", "))); upgrade bdhvs to use it"
        case .olderDatabase(let path):
            return "the database '\(path)' has the schema of an older bdhvs and is opened only to read, so it is not updated; update it first with a bdhvs command on this file (such as 'bdhvs plan status')"
        case .notADatabase(let path):
            return "'\(path)' is not a bdhvs database"
        case .foreignDatabase(let path):
            return "'\(path)' is a database of another application, not of bdhvs; bdhvs does not write to it"
        case .damagedDatabase(let path, let missing):
            return "the database '\(path)' is damaged: \(missing.map { "'\($0)'" }.joined(separator: ", ")) missing; restore it from a backup"
        case .databaseFailed(let reason):
            return "the database failed: \(reason); nothing was changed"
        case .planNotSaved(let plan, let reason):
            return "plan '\(plan)' was not saved: \(reason); nothing of it was written, plans saved before it are kept"
        case .unknownPlan(let plan, let suggestion):
            return "no plan '\(plan)' is loaded" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; 'bdhvs plan list' shows the loaded plans")
        case .unknownPlace(let place, let suggestion):
            return "no loaded plan is of '\(place)'" + guess(suggestion)
        case .planNotInPlace(let plan, let place):
            return "plan '\(plan)' is not of '\(place)'"
        case .unknownAgency(let agency, let suggestion):
            return "no agency '\(agency)' in the loaded plans" + guess(suggestion)
        case .noDatabase(let path):
            return "there is no database '\(path)'; load a plan first ('bdhvs plan load FILE')"
        }
    }
}
