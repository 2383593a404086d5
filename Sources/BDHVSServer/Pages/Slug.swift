import BDHVSCore

/// The address form of a place name: folded (no diacritics, "đ" → "d", lowercase) with
/// every run of other characters a single dash ("Quảng Ngãi" → "quang-ngai").
enum Slug {
    static func of(_ name: String) -> String {
        var out = ""
        var dash = false
        for scalar in Folding.key(name).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            } else {
                dash = true
            }
        }
        return out
    }
}
