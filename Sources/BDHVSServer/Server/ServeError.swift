import BDHVSCore

/// Why `bdhvs serve` does not start.
public enum ServeError: UserFacingError, Equatable {
    /// A non-loopback address without a token.
    case tokenNeeded(host: String)
    case tokenFileUnreadable(path: String)
    /// The token is too short or has characters it cannot travel with.
    case weakToken(path: String)
    /// The address or port cannot be bound (in use, not this machine's).
    case cannotBind(host: String, port: Int, problem: BindProblem)

    public var id: String {
        switch self {
        case .tokenNeeded: return "serve.token-needed"
        case .tokenFileUnreadable: return "serve.token-file-unreadable"
        case .weakToken: return "serve.weak-token"
        case .cannotBind: return "serve.cannot-bind"
        }
    }

    public var failure: FailureKind {
        switch self {
        case .tokenNeeded, .weakToken: return .invalidInput
        case .tokenFileUnreadable, .cannotBind: return .operational
        }
    }

    public func text(_ language: Language) -> String {
        let w = Words(language: language)
        switch self {
        case .tokenNeeded(let host):
            return w.pick("địa chỉ '\(host)' không chỉ dành cho máy này: cần tệp mã truy cập để người khác trên mạng không xem được dữ liệu",
                          "address '\(host)' is not this machine's loopback: an access token file is needed so that others on the network cannot read the data")
        case .tokenFileUnreadable(let path):
            return w.pick("không đọc được tệp mã truy cập '\(path)'", "cannot read the access token file '\(path)'")
        case .weakToken(let path):
            return w.pick("mã truy cập trong '\(path)' phải dài ít nhất 16 ký tự, chỉ gồm chữ cái không dấu, chữ số và -._~+/=",
                          "the access token in '\(path)' must be at least 16 characters of ASCII letters, digits and -._~+/=")
        case .cannotBind(let host, let port, .inUse):
            return w.pick("cổng \(port) trên '\(host)' đang được một chương trình khác dùng (có thể là một 'bdhvs serve' khác); hãy chọn cổng khác",
                          "port \(port) of '\(host)' is in use by another program (perhaps another 'bdhvs serve'); choose another port")
        case .cannotBind(_, let port, .notPermitted):
            return w.pick("máy không cho phép mở cổng \(port) (cổng dưới 1024 cần quyền quản trị); hãy chọn cổng từ 1024 trở lên, ví dụ 8080",
                          "the system does not allow port \(port) (ports below 1024 need administrator rights); choose a port from 1024 up, such as 8080")
        case .cannotBind(let host, _, .notThisMachine):
            return w.pick("'\(host)' không phải địa chỉ của máy này; cần một địa chỉ IP của máy, ví dụ 127.0.0.1 hoặc 0.0.0.0",
                          "'\(host)' is not an address of this machine; expected one of its IP addresses, such as 127.0.0.1 or 0.0.0.0")
        case .cannotBind(let host, let port, .other(let reason)):
            return w.pick("không mở được cổng \(port) trên '\(host)': \(reason)", "cannot listen on port \(port) of '\(host)': \(reason)")
        }
    }
}
