import BDHVSCore

/// The dashboard's wording helpers: Vietnamese by default, English with `?lang=en`.
/// (The core's own helpers are internal to it; these mirror how it writes numbers and dates.)
struct Words: Sendable {
    var language: Language

    func pick(_ vietnamese: String, _ english: String) -> String {
        language == .vi ? vietnamese : english
    }

    /// "2.148" in Vietnamese, "2,148" in English.
    func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(language == .vi ? "." : ",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// dd/mm/yyyy in both languages; a dash when absent.
    func date(_ date: CivilDate?) -> String {
        date?.vietnamese ?? "—"
    }

    /// "45%" or "45,5%" (one decimal at most; a comma in Vietnamese); "—" with no whole.
    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        // Hundredths of a percent, then rounded half up to tenths.
        let (hundredths, overflow) = part.multipliedReportingOverflow(by: 10_000)
        let tenths = overflow ? Int((Double(part) / Double(whole) * 1000).rounded()) : (hundredths / whole + 5) / 10
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(language == .vi ? "," : ".")\(tenths % 10)"
        return text + "%"
    }
}
