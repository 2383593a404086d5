import Foundation

/// Folding of Vietnamese text for matching what people type.
///
/// Officials type names with or without diacritics ("Phòng Văn hóa - Xã hội",
/// "Phong Van hoa - Xa hoi"), with either accent placement ("hóa", "hoá") and with
/// any kind of dash. Folding maps all of these to one lowercase ASCII key.
public enum Folding {
    /// Lowercase ASCII key of `text`: diacritics removed, "đ" folded to "d", dashes
    /// unified to "-", runs of white space collapsed to one space, ends trimmed.
    public static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let folded: Unicode.Scalar
            switch scalar {
            case "đ", "Đ": folded = "d"
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": folded = "-"
            default: folded = scalar
            }
            if folded.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            for lower in folded.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    /// `key(text)` with every character that is neither a letter nor a digit removed,
    /// so that "VH-XH", "VH XH" and "VHXH" compare equal.
    public static func compactKey(_ text: String) -> String {
        String(key(text).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }
}
