import Foundation

/// JSON output: stable (sorted keys), readable (indented), dates as ISO strings, and
/// text with its diacritics as they are (no \u escapes), ending with a newline.
public enum JSONOutput {
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation on Linux prints an empty array as "[\n\n]"; write it as "[]".
        return text.replacingOccurrences(of: #"\[\s*\n\s*\]"#, with: "[]", options: .regularExpression) + "\n"
    }
}
