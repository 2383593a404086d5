/// The access token a server bound beyond loopback requires. A browser brings it once as
/// `?token=…` (the answer then sets a cookie, so links need not carry it), a program as
/// `Authorization: Bearer …`. Compared in constant time: how long a comparison takes says
/// nothing about how much of a guess was right.
public struct AccessToken: Sendable {
    let bytes: [UInt8]

    /// The cookie that carries the token after the first visit.
    static let cookieName = "bdhvs_token"

    /// A token read from a file: its first line, without surrounding spaces; nil when it is
    /// shorter than 16 characters (too easy to guess) or has a character other than ASCII
    /// letters, digits and `-._~+/=` (it travels in addresses, headers and a cookie).
    public init?(fileContents: String) {
        let line = fileContents.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingSpaces ?? ""
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/=".utf8)
        guard line.utf8.count >= 16, line.utf8.allSatisfy(allowed.contains) else { return nil }
        bytes = Array(line.utf8)
    }

    /// Whether `candidate` is the token, in time that depends only on the lengths.
    func matches(_ candidate: String) -> Bool {
        let other = Array(candidate.utf8)
        var difference: UInt8 = other.count == bytes.count ? 0 : 1
        for index in 0..<max(bytes.count, other.count) {
            let left = index < bytes.count ? bytes[index] : 0
            let right = index < other.count ? other[index] : 0
            difference |= left ^ right
        }
        return difference == 0
    }

    /// Whether a request brings the token: in the query, an `Authorization: Bearer` header or
    /// the cookie.
    func admits(query: String?, authorization: String?, cookie: String?) -> Bool {
        if let query, matches(query) { return true }
        if let authorization, authorization.hasPrefix("Bearer "), matches(String(authorization.dropFirst(7))) { return true }
        if let cookie {
            for part in cookie.split(separator: ";") {
                let pair = part.trimmingSpaces.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == Self.cookieName, matches(String(pair[1])) { return true }
            }
        }
        return false
    }

    /// The cookie set after a visit with `?token=`: not readable by scripts, never sent by
    /// another site's page.
    var cookie: String {
        "\(Self.cookieName)=\(String(decoding: bytes, as: UTF8.self)); Path=/; HttpOnly; SameSite=Strict"
    }
}
