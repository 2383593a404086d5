/// Reads a target as a plan writes it: "không thấp hơn 85%", "tối thiểu 80%", "trên 85%",
/// "tối đa 5%", "≤ 50", "Top 50", "40 - 50%", "từ 40 đến 50%", "> 0,7", "1.000 người".
///
///     phrase := [direction] number [unit] [("-" | "–" | "đến") number [unit]]
///
/// Numbers are written the Vietnamese way ("0,7", "1.000", "85,5") or with a decimal point
/// ("85.5"); a unit after a number ("%", "người", "lượt") is not checked here. Anything else
/// is a `TargetPhraseProblem`, never a guess.
public enum TargetPhrase {
    /// The words of each direction, folded (`Folding.key`), longest first where one begins
    /// another ("không thấp hơn" before "thấp hơn").
    static let directions: [(words: String, direction: IndicatorTarget.Direction)] = [
        ("khong thap hon", .atLeast), ("khong duoi", .atLeast), ("toi thieu", .atLeast), ("it nhat", .atLeast),
        ("dat tu", .atLeast), ("dat it nhat", .atLeast), (">=", .atLeast), ("≥", .atLeast), ("dat", .atLeast), ("tu", .atLeast),
        ("khong vuot qua", .atMost), ("khong qua", .atMost), ("khong cao hon", .atMost), ("toi da", .atMost),
        ("<=", .atMost), ("≤", .atMost), ("top", .atMost), ("trong top", .atMost),
        ("tren", .above), ("hon", .above), ("vuot", .above), (">", .above),
        ("duoi", .below), ("<", .below),
    ].sorted { $0.words.count > $1.words.count }

    /// The target `text` states, or why it cannot be read.
    public static func parse(_ text: String) -> Result<IndicatorTarget, TargetPhraseProblem> {
        var rest = Folding.key(text)
        var direction = IndicatorTarget.Direction.atLeast
        for entry in directions where rest.hasPrefix(entry.words) {
            let after = rest.dropFirst(entry.words.count)
            // A word must end where the direction does ("tren" is not the start of "trenx").
            if let next = after.first, entry.words.last!.isLetter, next.isLetter { continue }
            direction = entry.direction
            rest = String(after).trimmingCharacters(in: .whitespaces)
            break
        }
        guard let (low, afterLow) = number(rest) else { return .failure(.notUnderstood(text)) }
        rest = skipUnit(afterLow)
        var high: Number?
        for joiner in ["-", "–", "den"] where rest.hasPrefix(joiner) {
            guard let (value, afterHigh) = number(String(rest.dropFirst(joiner.count)).trimmingCharacters(in: .whitespaces)) else {
                return .failure(.notUnderstood(text))
            }
            high = value
            rest = skipUnit(afterHigh)
            break
        }
        guard rest.isEmpty else { return .failure(.notUnderstood(text)) }
        guard let lowTenths = low.tenths, high == nil || high?.tenths != nil else { return .failure(.tooManyDecimals(text)) }
        if let highTenths = high?.tenths {
            guard highTenths >= lowTenths else { return .failure(.rangeReversed(text)) }
            return .success(IndicatorTarget(direction: .atLeast, lowTenths: lowTenths, highTenths: highTenths))
        }
        return .success(IndicatorTarget(direction: direction, lowTenths: lowTenths))
    }

    /// A number read with its digits: whole part and decimals, as written.
    struct Number {
        var whole: Int
        var decimals: String
        /// Tenths of the number; nil with more than one decimal other than zeros, or past 10^15.
        var tenths: Int? {
            let significant = decimals.reversed().drop { $0 == "0" }
            guard significant.count <= 1, whole <= 1_000_000_000_000_000 else { return nil }
            return whole * 10 + (decimals.first.flatMap { Int(String($0)) } ?? 0)
        }
    }

    /// The number at the start of `text` and what follows it, trimmed. "1.000" and
    /// "1.000.000" are thousands; "0,7" and "85,5" decimals; "85.5" a decimal too (a dot
    /// followed by other than three digits).
    static func number(_ text: String) -> (Number, String)? {
        let chars = Array(text)
        var index = 0
        var digits = ""
        var decimals = ""
        while index < chars.count, chars[index].isASCII, chars[index].isNumber || chars[index] == "." || chars[index] == "," {
            index += 1
        }
        let written = String(chars[0..<index])
        guard let first = written.first, first.isNumber, written.last!.isNumber else { return nil }
        if let comma = written.firstIndex(of: ",") {
            // "0,7", "1.000,5": a comma is the decimal mark, dots group thousands.
            let whole = written[..<comma], fraction = written[written.index(after: comma)...]
            guard !fraction.contains(","), !fraction.contains("."), groupsOfThree(String(whole)) else { return nil }
            digits = whole.replacingOccurrences(of: ".", with: "")
            decimals = String(fraction)
        } else if written.contains(".") {
            if groupsOfThree(written) {
                digits = written.replacingOccurrences(of: ".", with: "")
            } else {
                let parts = written.split(separator: ".")
                guard parts.count == 2 else { return nil }
                digits = String(parts[0])
                decimals = String(parts[1])
            }
        } else {
            digits = written
        }
        guard digits.count <= 16, let whole = Int(digits) else { return nil }
        return (Number(whole: whole, decimals: decimals), String(chars[index...]).trimmingCharacters(in: .whitespaces))
    }

    /// "1.000.000": digit groups of three after the first.
    private static func groupsOfThree(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return true }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Skips a unit after a number: "%" or words up to a joiner ("người", "lượt", "điểm").
    private static func skipUnit(_ text: String) -> String {
        var rest = Substring(text)
        if rest.hasPrefix("%") { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " }
        var words = rest.split(separator: " ", omittingEmptySubsequences: false)
        while let word = words.first, word.first?.isLetter == true, word != "den" { words.removeFirst() }
        return words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}

/// Why a target phrase cannot be read.
public enum TargetPhraseProblem: Error, Sendable, Equatable {
    case notUnderstood(String)
    case tooManyDecimals(String)
    case rangeReversed(String)
}
