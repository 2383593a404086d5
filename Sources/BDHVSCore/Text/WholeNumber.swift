import Foundation

// Whole numbers as officials type them, shared by every reader of a count or an amount
// (the command line, CSV imports, a plan's budget): one reading, one set of forms.

/// The separators a whole number's groups of thousands may be written with: a dot, as
/// Vietnamese write them ("2.148"), or a space. Never a comma: Vietnamese write a comma
/// before decimals, so "47,741" is 47 and a fraction, not 47 thousand (`commaGroupedHint`).
private let thousandsSeparators = [".", " ", "\u{00A0}"]

/// A whole number as typed, with optional thousands separators ("2148", "2.148", "2 148"),
/// or nil (also for a number past `Int.max`, and for "2,148": `thousandsSeparators`).
public func parseWholeNumber(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let plain = Int(trimmed), plain >= 0 { return plain }
    for separator in thousandsSeparators where trimmed.contains(separator) {
        let groups = trimmed.components(separatedBy: separator)
        guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { continue }
        return Int(groups.joined())
    }
    return nil
}

/// Whether `text` is written as a whole number, however large ("10000000000000000000",
/// "10.000.000.000.000.000.000"): a number past `Int.max` is then refused as too large
/// (`RecordRefusal.tooLarge`), not as something that is not a number.
public func isWholeNumberText(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
    if digits(Substring(trimmed)) { return true }
    for separator in thousandsSeparators where trimmed.contains(separator) {
        if grouped(trimmed, by: Character(separator)) { return true }
    }
    return false
}

/// Whether `text` is digits in groups of three after the first (of one to three) with
/// `separator` between them: "47,741" by ",".
private func grouped(_ text: String, by separator: Character) -> Bool {
    func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
    let groups = text.split(separator: separator, omittingEmptySubsequences: false)
    guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 } && groups.allSatisfy(digits)
}

/// What a refusal of `text` adds when it is a number grouped by commas as English writes
/// thousands ("47,741"; "cbccvc=47,741" for a group's count): that a comma starts decimals
/// and the number with dots it may mean. Empty for any other text.
public func commaGroupedHint(_ text: String, _ language: Language) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let prefix = trimmed.lastIndex(of: "=").map { String(trimmed[...$0]) } ?? ""
    let number = String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    guard grouped(number, by: ",") else { return "" }
    let dotted = prefix + number.replacingOccurrences(of: ",", with: ".")
    return language.pick("; dấu phẩy ngăn phần thập phân, hàng nghìn ngăn bằng dấu chấm: có phải là '\(dotted)'?",
                         "; a comma starts decimals and thousands are grouped with dots: did you mean '\(dotted)'?")
}
