/// A request's target (`/tinh/quang-ngai?as_of=2025-12-31`) taken apart safely: the path
/// into decoded segments, the query into decoded names and values. Anything odd is refused
/// before any page is built: a target too long, bad percent-encoding, bytes that are not
/// UTF-8, control characters, `.` or `..` segments (path traversal, even encoded), a name
/// given twice, too many parameters.
struct RequestTarget: Sendable, Equatable {
    /// The longest target accepted, in bytes: every page's address fits in far less.
    static let maximumLength = 2048
    /// The most query parameters accepted.
    static let maximumParameters = 16

    var segments: [String]
    var query: [String: String]

    init(_ raw: String) throws(DashboardFailure) {
        guard raw.utf8.count <= Self.maximumLength else { throw .tooLong(maximum: Self.maximumLength) }
        let parts = raw.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard path.hasPrefix("/") else { throw .badTarget }
        segments = []
        for piece in path.split(separator: "/", omittingEmptySubsequences: true) {
            let segment = try Self.decode(piece, plusIsSpace: false)
            guard segment != ".", segment != "..", !segment.contains("/"), !segment.contains("\\") else { throw .traversal }
            segments.append(segment)
        }
        query = [:]
        guard parts.count == 2, !parts[1].isEmpty else { return }
        let pairs = parts[1].split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= Self.maximumParameters else { throw .tooManyParameters(maximum: Self.maximumParameters) }
        for pair in pairs {
            let nameAndValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(nameAndValue[0], plusIsSpace: true)
            let value = nameAndValue.count == 2 ? try Self.decode(nameAndValue[1], plusIsSpace: true) : ""
            guard query[name] == nil else { throw .repeatedParameter(name) }
            query[name] = value
        }
    }

    /// Percent-decoding to UTF-8 text without control characters.
    static func decode(_ text: Substring, plusIsSpace: Bool) throws(DashboardFailure) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { throw .badEncoding }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusIsSpace: bytes.append(UInt8(ascii: " "))
            default: bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .badEncoding }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { throw .badEncoding }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
