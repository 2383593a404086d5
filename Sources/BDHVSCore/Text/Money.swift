/// Whole-đồng amounts written the Vietnamese way, with dots between thousands
/// ("12.500.000"), by fixed rules rather than the host's locale.
public enum Money {
    /// `12500000` → `"12.500.000"`; negative amounts keep their sign.
    public static func format(_ amount: Int64) -> String {
        Numbers.grouped(amount)
    }
}

/// Numbers written the Vietnamese way: dots between thousands, comma before decimals.
public enum Numbers {
    /// `2148` → `"2.148"`.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// `2148` → `"2.148"`.
    public static func grouped(_ value: Int) -> String { grouped(Int64(value)) }

    /// Tenths written with a decimal comma when they have a decimal: 853 → "85,3", 850 → "85".
    public static func tenths(_ value: Int) -> String {
        let whole = grouped(value / 10)
        return value % 10 == 0 ? whole : "\(whole),\(abs(value % 10))"
    }

    /// A percentage with one decimal and a decimal comma: `0.853` → `"85,3%"`; an exact
    /// whole number prints without decimals (`"100%"`).
    public static func percent(numerator: Int, denominator: Int) -> String {
        guard denominator > 0 else { return "—" }
        let tenths = (numerator * 1000 + denominator / 2) / denominator
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10),\(tenths % 10)%"
    }
}
