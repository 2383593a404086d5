import Foundation

/// Numbers as a plan writes them (YAML 1.1 plain scalars): the one reading the schema check
/// and the model share, so a number is never in range for one and unreadable for the other.
enum PlanNumber {
    /// A whole number: decimal with an optional sign and '_' separators, or 0x, 0o, 0b;
    /// nil when it does not fit in 64 bits.
    static func integer(_ text: String) -> Int64? {
        // Plain digits (a year, a count: nearly every number of a plan) are read in place;
        // eighteen digits cannot overflow.
        let utf8 = text.utf8
        if !utf8.isEmpty, utf8.count <= 18, utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return utf8.reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        }
        var digits = Substring(text.replacingOccurrences(of: "_", with: ""))
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            radix = base
            digits = digits.dropFirst(2)
        }
        guard !digits.isEmpty, let magnitude = UInt64(digits, radix: radix) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return Int64(exactly: magnitude)
    }

    /// A number with or without decimals; nil for text, infinity and NaN.
    static func decimal(_ text: String) -> Double? {
        if let whole = integer(text) { return Double(whole) }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else { return nil }
        return value
    }
}
