import BDHVSCore

/// What every page of one request shares: the as-of date and the language, which every
/// link keeps, so a reader who chose a date stays on it while clicking down.
struct PageContext: Sendable {
    var asOf: CivilDate
    var language: Language
    /// The as-of date when it was chosen in the page (nil: the server's today, not written
    /// into links, so a page left open counts as of the day it is reloaded).
    var chosenAsOf: CivilDate?
    /// A warning shown above the page: an as-of date before the plans it shows (`AsOfBeforePlans`).
    var notice: String?

    var words: Words { Words(language: language) }

    /// `path` with the page's date and language, and `extra` parameters (empty values left out),
    /// percent-encoded.
    func href(_ path: String, _ extra: [(String, String)] = []) -> String {
        var parameters = extra.filter { !$0.1.isEmpty }
        if let chosenAsOf { parameters.append(("as_of", chosenAsOf.iso)) }
        if language == .en { parameters.append(("lang", "en")) }
        guard !parameters.isEmpty else { return path }
        return path + "?" + parameters.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// The same page in the other language.
    func otherLanguage(_ path: String, _ extra: [(String, String)] = []) -> String {
        var flipped = self
        flipped.language = language == .vi ? .en : .vi
        return flipped.href(path, extra)
    }

    /// Percent-encoding of a query value or a path segment: only unreserved ASCII stays.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
