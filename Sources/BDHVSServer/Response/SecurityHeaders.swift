/// The headers every answer carries. The policy allows nothing from outside: no script at
/// all, styles only from the dashboard's own `/style.css`, images only inline (`data:`; the
/// charts are inline SVG elements), forms only to itself, no framing, no referrer (a token
/// in an address must not leak to another site).
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// The headers for an answer; `protected`: the server asks for a token, so nothing it
    /// sends may be kept in a cache.
    static func headers(protected: Bool) -> [(String, String)] {
        [("Content-Security-Policy", contentSecurityPolicy),
         ("X-Content-Type-Options", "nosniff"),
         ("X-Frame-Options", "DENY"),
         ("Referrer-Policy", "no-referrer"),
         ("Cache-Control", protected ? "no-store" : "no-cache")]
    }
}
