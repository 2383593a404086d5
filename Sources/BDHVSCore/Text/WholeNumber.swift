import Foundation

// Whole numbers as officials type them, shared by every reader of a count or an amount
// (the command line, CSV imports, a plan's budget): one reading, one set of forms.

/// A whole number as typed, with optional thousands separators ("2148", "2.148", "2,148",
/// "2 148"), or nil (also for a number past `Int.max`).
public func parseWholeNumber(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let plain = Int(trimmed), plain >= 0 { return plain }
    for separator in [".", ",", " ", "\u{00A0}"] where trimmed.contains(separator) {
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
    for separator: Character in [".", ",", " ", "\u{00A0}"] where trimmed.contains(separator) {
        let groups = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        if let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
           groups.allSatisfy(digits) { return true }
    }
    return false
}
