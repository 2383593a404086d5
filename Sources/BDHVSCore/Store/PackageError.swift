/// Why a package is not written or not taken: each one line, naming what was found and
/// what was expected. A refused package changes nothing in the database.
public enum PackageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The plans to export belong to more than one commune: a package is one commune's.
    case mixedCommunes([String])
    /// The database holds no plan to export.
    case noPlans
    /// No file at this path.
    case noSuchFile(path: String)
    /// The file exists but cannot be read.
    case cannotRead(path: String)
    /// A folder named for import that holds no package file.
    case noPackages(folder: String)
    /// The file cannot be written; `reason` is the system's wording.
    case cannotWrite(path: String, reason: String)
    /// The file is larger than any commune's package may be.
    case tooLarge(bytes: Int64, limit: Int64)
    /// The file does not start as a bdhvs package does.
    case notAPackage
    /// The package was written by a newer bdhvs, in a format this one does not read.
    case newerFormat(found: Int, supported: Int)
    /// The package is shorter than its header says (cut in transfer).
    case truncated(bytes: Int64, expected: Int64)
    /// The package's contents do not match its checksum (damaged or altered).
    case checksumMismatch
    /// The package carries no signature.
    case unsigned
    /// The signature does not match the contents: altered after it was signed.
    case badSignature
    /// The province trusts no key for the package's commune.
    case untrustedCommune(commune: String, province: String)
    /// The package is signed by a key other than the one trusted for its commune.
    case wrongKey(commune: String, province: String)
    /// The package's database is not what bdhvs writes (extra or changed tables, bad values).
    case badContents(PackageContentProblem)
    /// The province already holds a package of this commune as new as this one or newer.
    case notNewer(commune: String, asOf: CivilDate, madeAt: String, latestAsOf: CivilDate, latestMadeAt: String)
    /// A plan of the package belongs to another commune in this database.
    case foreignPlan(plan: String, commune: String)
    /// A key file already exists: a key is never overwritten.
    case keyExists(path: String)
    /// A private key file is not one `package keygen` wrote.
    case badPrivateKey(path: String)
    /// A public key is not one `package keygen` printed.
    case badPublicKey(String)

    /// The English rendering.
    public var description: String { text(.en) }
}

extension PackageError: UserFacingError {
    public var id: String {
        switch self {
        case .mixedCommunes: return "package.mixed-communes"
        case .noPlans: return "package.no-plans"
        case .noSuchFile: return "package.no-such-file"
        case .cannotRead: return "package.cannot-read"
        case .noPackages: return "package.no-packages"
        case .cannotWrite: return "package.cannot-write"
        case .tooLarge: return "package.too-large"
        case .notAPackage: return "package.not-a-package"
        case .newerFormat: return "package.newer-format"
        case .truncated: return "package.truncated"
        case .checksumMismatch: return "package.checksum-mismatch"
        case .unsigned: return "package.unsigned"
        case .badSignature: return "package.bad-signature"
        case .untrustedCommune: return "package.untrusted-commune"
        case .wrongKey: return "package.wrong-key"
        case .badContents: return "package.bad-contents"
        case .notNewer: return "package.not-newer"
        case .foreignPlan: return "package.foreign-plan"
        case .keyExists: return "package.key-exists"
        case .badPrivateKey: return "package.bad-private-key"
        case .badPublicKey: return "package.bad-public-key"
        }
    }

    public var failure: FailureKind {
        switch self {
        case .noSuchFile, .cannotRead, .cannotWrite, .noPlans, .keyExists: return .operational
        default: return .invalidInput
        }
    }

    public func text(_ language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var vietnamese: String {
        switch self {
        case .mixedCommunes(let communes):
            return "một gói dữ liệu chỉ chứa kế hoạch của một xã, phường; các kế hoạch thuộc \(communes.map { "'\($0)'" }.joined(separator: ", ")); hãy chọn kế hoạch"
        case .noPlans:
            return "cơ sở dữ liệu chưa có kế hoạch nào để đóng gói"
        case .noSuchFile(let path):
            return "không có tệp '\(path)'"
        case .cannotRead(let path):
            return "không đọc được tệp '\(path)'"
        case .noPackages(let folder):
            return "thư mục '\(folder)' không có gói dữ liệu nào (tệp .\(PackageImport.fileExtension)); cần một gói hoặc thư mục chứa gói"
        case .cannotWrite(let path, let reason):
            return "không ghi được tệp '\(path)': \(reason)"
        case .tooLarge(let bytes, let limit):
            return "tệp lớn \(bytes) byte, vượt giới hạn \(limit) byte của một gói dữ liệu"
        case .notAPackage:
            return "không phải gói dữ liệu bdhvs"
        case .newerFormat(let found, let supported):
            return "gói dữ liệu định dạng \(found) do phiên bản bdhvs mới hơn tạo ra (phiên bản này đọc định dạng \(supported)); hãy nâng cấp bdhvs"
        case .truncated(let bytes, let expected):
            return "gói dữ liệu bị cắt cụt: có \(bytes) byte, cần \(expected) byte"
        case .checksumMismatch:
            return "gói dữ liệu bị hỏng hoặc bị sửa: mã kiểm tra không khớp"
        case .unsigned:
            return "gói dữ liệu không có chữ ký số"
        case .badSignature:
            return "chữ ký số không khớp nội dung: gói dữ liệu đã bị sửa sau khi ký"
        case .untrustedCommune(let commune, let province):
            return "chưa có khóa công khai nào được tin cậy cho '\(commune)', '\(province)'; hãy dùng 'bdhvs package trust'"
        case .wrongKey(let commune, let province):
            return "gói dữ liệu của '\(commune)', '\(province)' được ký bằng khóa khác với khóa đã tin cậy cho xã, phường này"
        case .badContents(let reason):
            return "nội dung gói dữ liệu không hợp lệ: \(reason.text(.vi))"
        case .notNewer(let commune, let asOf, let madeAt, let latestAsOf, let latestMadeAt):
            return "gói dữ liệu của '\(commune)' tính đến ngày \(asOf.vietnamese) (lập lúc \(madeAt)) không mới hơn gói đã nhận, tính đến ngày \(latestAsOf.vietnamese) (lập lúc \(latestMadeAt))"
        case .foreignPlan(let plan, let commune):
            return "kế hoạch '\(plan)' trong cơ sở dữ liệu thuộc '\(commune)', không phải xã, phường của gói dữ liệu"
        case .keyExists(let path):
            return "tệp khóa '\(path)' đã có; bdhvs không ghi đè khóa"
        case .badPrivateKey(let path):
            return "'\(path)' không phải tệp khóa bí mật do 'bdhvs package keygen' tạo"
        case .badPublicKey(let text):
            return "'\(text)' không phải khóa công khai do 'bdhvs package keygen' tạo (dạng 'ed25519:…')"
        }
    }

    private var english: String {
        switch self {
        case .mixedCommunes(let communes):
            return "a package holds one commune's plans; the plans belong to \(communes.map { "'\($0)'" }.joined(separator: ", ")); choose the plans"
        case .noPlans:
            return "the database holds no plan to package"
        case .noSuchFile(let path):
            return "no file '\(path)'"
        case .cannotRead(let path):
            return "cannot read '\(path)'"
        case .noPackages(let folder):
            return "the folder '\(folder)' holds no package (.\(PackageImport.fileExtension) file); expected a package or a folder of them"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .tooLarge(let bytes, let limit):
            return "the file has \(bytes) bytes, past the limit of \(limit) bytes for a package"
        case .notAPackage:
            return "not a bdhvs package"
        case .newerFormat(let found, let supported):
            return "the package is in format \(found), written by a newer bdhvs (this one reads format \(supported)); upgrade bdhvs"
        case .truncated(let bytes, let expected):
            return "the package is truncated: \(bytes) bytes, expected \(expected)"
        case .checksumMismatch:
            return "the package is damaged or altered: its checksum does not match"
        case .unsigned:
            return "the package is not signed"
        case .badSignature:
            return "the signature does not match the contents: the package was altered after signing"
        case .untrustedCommune(let commune, let province):
            return "no public key is trusted for '\(commune)', '\(province)'; use 'bdhvs package trust'"
        case .wrongKey(let commune, let province):
            return "the package of '\(commune)', '\(province)' is signed by a key other than the one trusted for that commune"
        case .badContents(let reason):
            return "the package's contents are invalid: \(reason.text(.en))"
        case .notNewer(let commune, let asOf, let madeAt, let latestAsOf, let latestMadeAt):
            return "the package of '\(commune)' as of \(asOf.iso) (made \(madeAt)) is not newer than the one imported, as of \(latestAsOf.iso) (made \(latestMadeAt))"
        case .foreignPlan(let plan, let commune):
            return "plan '\(plan)' in the database belongs to '\(commune)', not to the package's commune"
        case .keyExists(let path):
            return "the key file '\(path)' exists; bdhvs never overwrites a key"
        case .badPrivateKey(let path):
            return "'\(path)' is not a private key file written by 'bdhvs package keygen'"
        case .badPublicKey(let text):
            return "'\(text)' is not a public key printed by 'bdhvs package keygen' (of the form 'ed25519:…')"
        }
    }
}

/// What is wrong inside a package whose envelope is sound.
public enum PackageContentProblem: Equatable, Sendable {
    /// Its tables are not exactly those bdhvs writes (an extra table, trigger, view or column).
    case schema
    /// Its description row is missing, repeated or invalid.
    case meta
    /// A plan in it is of another commune than the package says.
    case otherCommune(plan: String)
    /// A value holds control characters or binary data.
    case badText(table: String, column: String)
    /// A row refers to a row the package does not carry.
    case dangling(table: String, column: String)
    /// A row that identifies itself with an identity of another commune's row.
    case foreignRow(table: String)
    /// A row lacks the columns that identify it across databases.
    case noIdentity(table: String)
    /// The database refused a row; `reason` is SQLite's wording.
    case rejected(String)
    /// A task recurs by a period stored as `value`, which this bdhvs cannot read (a newer
    /// release's, or none at all): taken, it would be read as not recurring.
    case unknownRecurrence(task: String, value: String)

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.schema, .vi): return "các bảng không đúng như bdhvs ghi (có bảng, trigger, view hoặc cột lạ)"
        case (.schema, .en): return "its tables are not those bdhvs writes (an unexpected table, trigger, view or column)"
        case (.meta, .vi): return "thiếu hoặc sai phần mô tả gói"
        case (.meta, .en): return "its description is missing or invalid"
        case (.otherCommune(let plan), .vi): return "kế hoạch '\(plan)' thuộc xã, phường khác với xã, phường của gói"
        case (.otherCommune(let plan), .en): return "plan '\(plan)' is of another commune than the package's"
        case (.badText(let table, let column), .vi): return "cột '\(table).\(column)' có ký tự điều khiển hoặc dữ liệu nhị phân"
        case (.badText(let table, let column), .en): return "column '\(table).\(column)' holds control characters or binary data"
        case (.dangling(let table, let column), .vi): return "cột '\(table).\(column)' trỏ tới dòng không có trong gói"
        case (.dangling(let table, let column), .en): return "column '\(table).\(column)' refers to a row the package does not carry"
        case (.foreignRow(let table), .vi): return "một dòng của bảng '\(table)' mang mã của dữ liệu xã, phường khác"
        case (.foreignRow(let table), .en): return "a row of table '\(table)' carries the identity of another commune's row"
        case (.noIdentity(let table), .vi): return "một dòng của bảng '\(table)' thiếu mã định danh"
        case (.noIdentity(let table), .en): return "a row of table '\(table)' lacks its identity"
        case (.rejected(let reason), .vi): return "cơ sở dữ liệu không nhận một dòng: \(reason)"
        case (.rejected(let reason), .en): return "the database refused a row: \(reason)"
        case (.unknownRecurrence(let task, let value), .vi):
            return "nhiệm vụ '\(task)' có kỳ định kỳ '\(value)' mà phiên bản bdhvs này không đọc được (gói của một phiên bản mới hơn?); hãy cập nhật bdhvs rồi nhận lại gói"
        case (.unknownRecurrence(let task, let value), .en):
            return "task '\(task)' recurs by the period '\(value)', which this bdhvs cannot read (a package of a newer release?); update bdhvs and import the package again"
        }
    }
}
