import Foundation

/// JSON output: stable (sorted keys), readable (indented), dates as ISO strings, and
/// text with its diacritics as they are (no \u escapes), ending with a newline.
///
/// Text values stay exact (JSON is for programs), and inert when printed to a terminal:
/// JSONEncoder writes C0 controls as `\u` escapes, and `render` does the same for what it
/// leaves raw, DEL, C1 controls (with NEL), LS, PS and noncharacters.
public enum JSONOutput {
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation on Linux prints an empty array as "[\n\n]"; write it as "[]".
        return escapeInvisible(text.replacingOccurrences(of: #"\[\s*\n\s*\]"#, with: "[]", options: .regularExpression)) + "\n"
    }

    /// `json` with every scalar of `needsEscape` written as `\uXXXX` (UTF-16, so a pair for
    /// one past U+FFFF). Outside strings JSON is ASCII: every such scalar is inside a string,
    /// where the escape means the same character.
    static func escapeInvisible(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(out)
    }

    /// A scalar a terminal may obey or hide that JSONEncoder leaves raw (it escapes C0 itself;
    /// the LF and spaces of the layout are below U+007F and stay).
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x7F && ScalarKind(scalar) != .text
    }
}
