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
        if let ascii = asciiKey(text) { return ascii }
        return FoldingCache.shared.value(text, compute: foldedKey)
    }

    /// `key` of text that is not pure ASCII, worked out scalar by scalar.
    private static func foldedKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.isASCII {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
                continue
            }
            let folded = fold(scalar)?.unicodeScalars ?? String(Character(scalar).lowercased()).unicodeScalars
            if folded.isEmpty { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(contentsOf: folded)
        }
        return String(out)
    }

    /// The key of pure ASCII text, by bytes (most ids and many typed names); nil otherwise.
    private static func asciiKey(_ text: String) -> String? {
        // An id ('vhxh', 'doan-tn') is its own key: returned as it is, nothing allocated.
        if isASCIIKey(text) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `text` is ASCII already folded: no capital letter, no control character,
    /// single spaces between words only.
    private static func isASCIIKey(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case 0x20: if previous == 0x20 { return false }
            case 0x21...0x40, 0x5B...0x7E: break
            default: return false
            }
            previous = byte
        }
        return previous != 0x20
    }

    /// `key(text)` with every character that is neither a letter nor a digit removed,
    /// so that "VH-XH", "VH XH" and "VHXH" compare equal.
    public static func compactKey(_ text: String) -> String {
        compact(ofKey: key(text))
    }

    /// `key(text)` and `compactKey(text)` at once, remembered for short texts: a national
    /// load folds the same few dozen agency names in every plan, each where it is checked,
    /// looked up and stored.
    public static func keys(_ text: String) -> (key: String, compact: String) {
        let keys = foldedKeys(text)
        return (keys.key, keys.compact)
    }

    /// `keys(text)` with the key's hash.
    static func foldedKeys(_ text: String) -> FoldedKeys {
        FoldedKeysMemo.shared.value(text) { text in
            let folded = key(text)
            return FoldedKeys(key: folded, compact: compact(ofKey: folded), keyHash: folded.hashValue)
        }
    }

    /// `compactKey` of a text that `key` returned.
    private static func compact(ofKey folded: String) -> String {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: folded.utf8.filter { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }, as: UTF8.self)
        }
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }

    /// What a Latin letter with diacritics (U+00C0–U+024F, U+1E00–U+1EFF) folds to, worked
    /// out from its canonical decomposition the first time it is met (working out all 900
    /// at once was a millisecond of every command that folds a Vietnamese name); combining
    /// marks fold to nothing; dashes to "-"; "đ"/"Đ" (which have no decomposition) to "d";
    /// nil for any other scalar.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0110, 0x0111: return "d"
        case 0x0300...0x036F: return ""
        case 0x2010...0x2014, 0x2212: return "-"
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            return LetterFolding.shared.value(String(scalar)) { letter in
                let base = letter.decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark }
                return String(String.UnicodeScalarView(base)).lowercased()
            }
        default: return nil
        }
    }
}
