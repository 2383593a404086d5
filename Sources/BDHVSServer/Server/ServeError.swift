import BDHVSCore

/// Why `bdhvs serve` does not start.
public enum ServeError: UserFacingError, Equatable {
    /// A non-loopback address without a token.
    case tokenNeeded(host: String)
    case tokenFileUnreadable(path: String)
    /// The token is too short or has characters it cannot travel with.
    case weakToken(path: String)
    /// The address or port cannot be bound (in use, not this machine's).
    case cannotBind(host: String, port: Int, reason: String)

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
        case .cannotBind(let host, let port, let reason):
            return w.pick("không mở được cổng \(port) trên '\(host)': \(reason)", "cannot listen on port \(port) of '\(host)': \(reason)")
        }
    }
}
