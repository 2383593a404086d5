import Foundation

extension Money {
    /// What an amount written by an official reads as.
    public enum Reading: Equatable, Sendable {
        /// A whole number of đồng.
        case dong(Int64)
        /// Written as a whole number, but past what 64 bits hold.
        case tooLarge
        /// Not an amount in a form bdhvs reads ("1.00.000", "1,5", "1 triệu").
        case malformed
    }

    /// The units an amount may end with, lowercased: "12.500.000 đồng", "12.500.000đ".
    static let units = ["đồng", "dong", "vnđ", "vnd", "đ"]

    /// An amount as officials write it, on the command line, in a CSV file and in a plan:
    /// digits, with '.' (as Vietnamese documents write đồng) or a space between groups of
    /// three ("12.500.000", "12 500 000"; one separator throughout), then optionally the unit
    /// ("đồng", "đ", "VNĐ", with or without diacritics or a space). A comma starts decimals
    /// in Vietnamese and đồng has no smaller unit, so "12,5" and "1,234" are malformed
    /// (`parseWholeNumber`), and so are words ("12,5 triệu"), whose rounding an official
    /// should decide.
    public static func read(_ text: String) -> Reading {
        var number = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        let lowered = number.lowercased()
        if let unit = units.first(where: { lowered.hasSuffix($0) }) {
            number = String(number.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        }
        if let value = parseWholeNumber(number) { return .dong(Int64(value)) }
        return isWholeNumberText(number) ? .tooLarge : .malformed
    }

    /// The forms `read` takes, in words, for a message that refuses an amount.
    public static func expectedForm(_ language: Language) -> String {
        switch language {
        case .vi: return "số đồng nguyên, ví dụ 12.500.000 hoặc 12.500.000 đồng"
        case .en: return "a whole number of đồng, e.g. 12.500.000 or 12.500.000 đồng"
        }
    }
}
