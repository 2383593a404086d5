import BDHVSCore

/// Why the dashboard answers with an error page instead of the page asked for: a typed
/// message (Vietnamese and English in one place) with the HTTP status it is sent with.
enum DashboardFailure: Error, LocalizedMessage, Equatable {
    case notFound(path: String)
    case tooLong(maximum: Int)
    case badTarget
    case badEncoding
    case traversal
    case tooManyParameters(maximum: Int)
    case repeatedParameter(String)
    case unknownParameter(String, known: [String])
    case badValue(parameter: String, value: String, expected: String)
    case methodNotAllowed(String)
    case unauthorized
    /// A plan, place or task that the database does not have (the store's message).
    case missing(vi: String, en: String)
    /// A value the store refused (an unknown body in a filter; the store's message).
    case refused(vi: String, en: String)
    case internalFailure

    /// The HTTP status code of the answer.
    var status: Int {
        switch self {
        case .notFound, .missing: return 404
        case .tooLong: return 414
        case .methodNotAllowed: return 405
        case .unauthorized: return 401
        case .internalFailure: return 500
        case .badTarget, .badEncoding, .traversal, .tooManyParameters, .repeatedParameter, .unknownParameter, .badValue, .refused:
            return 400
        }
    }

    var id: String {
        switch self {
        case .notFound: return "dashboard.not-found"
        case .tooLong: return "dashboard.too-long"
        case .badTarget: return "dashboard.bad-target"
        case .badEncoding: return "dashboard.bad-encoding"
        case .traversal: return "dashboard.traversal"
        case .tooManyParameters: return "dashboard.too-many-parameters"
        case .repeatedParameter: return "dashboard.repeated-parameter"
        case .unknownParameter: return "dashboard.unknown-parameter"
        case .badValue: return "dashboard.bad-value"
        case .methodNotAllowed: return "dashboard.method-not-allowed"
        case .unauthorized: return "dashboard.unauthorized"
        case .missing: return "dashboard.missing"
        case .refused: return "dashboard.refused"
        case .internalFailure: return "dashboard.internal"
        }
    }

    func text(_ language: Language) -> String {
        let w = Words(language: language)
        switch self {
        case .notFound(let path):
            return w.pick("không có trang '\(path)'", "there is no page '\(path)'")
        case .tooLong(let maximum):
            return w.pick("địa chỉ quá dài: tối đa \(maximum) byte", "the address is too long: at most \(maximum) bytes")
        case .badTarget:
            return w.pick("địa chỉ không hợp lệ", "the address is not valid")
        case .badEncoding:
            return w.pick("địa chỉ có mã hóa '%' sai, byte không phải UTF-8 hoặc ký tự điều khiển",
                          "the address has bad '%' encoding, bytes that are not UTF-8 or control characters")
        case .traversal:
            return w.pick("địa chỉ có đoạn '.' hoặc '..': không được phép", "the address has a '.' or '..' segment: not allowed")
        case .tooManyParameters(let maximum):
            return w.pick("quá nhiều tham số: tối đa \(maximum)", "too many parameters: at most \(maximum)")
        case .repeatedParameter(let name):
            return w.pick("tham số '\(name)' được cho hai lần", "parameter '\(name)' is given twice")
        case .unknownParameter(let name, let known):
            let list = known.map { "'\($0)'" }.joined(separator: ", ")
            return w.pick("tham số '\(name)' không dùng ở trang này; các tham số: \(list)",
                          "parameter '\(name)' is not used on this page; the parameters: \(list)")
        case .badValue(let parameter, let value, let expected):
            return w.pick("giá trị '\(value)' của '\(parameter)' không hợp lệ: cần \(expected)",
                          "value '\(value)' of '\(parameter)' is not valid: expected \(expected)")
        case .methodNotAllowed(let method):
            return w.pick("phương thức '\(method)' không được phép: trang chỉ để xem (GET)",
                          "method '\(method)' is not allowed: the dashboard is read-only (GET)")
        case .unauthorized:
            return w.pick("cần mã truy cập: mở địa chỉ có '?token=…' do người quản trị cung cấp",
                          "an access token is needed: open the address with '?token=…' given by the administrator")
        case .missing(let vietnamese, let english), .refused(let vietnamese, let english):
            return w.pick(vietnamese, english)
        case .internalFailure:
            return w.pick("không đọc được dữ liệu; xem nhật ký của máy chủ", "the data could not be read; see the server's log")
        }
    }
}
