import Yams

/// Where a key set twice in one mapping is set the second time. Yams reports only the first
/// place; the second is the one to point at (the first may be the one the author meant).
enum DuplicateKeySearch {
    /// The second place `key` is set in the mapping whose first `key` is at `first`.
    static func secondOccurrence(of key: String, after first: Mark, in source: SourceText) -> (line: Int, column: Int)? {
        let line = Array(source.line(first.line).unicodeScalars)
        let before = line.prefix(max(0, first.column - 1)).reversed().first { $0 != " " && $0 != "\t" }
        if before == "{" || before == "," { return inFlowMapping(key, after: first, in: source) }
        return inBlockMapping(key, after: first, in: source)
    }

    /// The spellings of `key` as a mapping key, followed by its ':'.
    private static func spellings(_ key: String) -> [String] {
        [key + ":", "\"\(key)\":", "'\(key)':", key + " :", "\"\(key)\" :", "'\(key)' :"]
    }

    /// A block mapping: the next line whose text at the first key's column starts with the
    /// key and its ':', with only spaces (or list dashes) before it.
    private static func inBlockMapping(_ key: String, after first: Mark, in source: SourceText) -> (line: Int, column: Int)? {
        let lines = source.lines()
        guard first.line >= 1 else { return nil }
        for index in first.line..<lines.count {
            let scalars = lines[index]
            let start = first.column - 1
            guard start < scalars.count, scalars[..<start].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            if spellings(key).contains(where: rest.hasPrefix) { return (index + 1, first.column) }
        }
        return nil
    }

    /// A flow mapping (`{name: A, name: B}`): the next `key:` after a '{' or ','.
    private static func inFlowMapping(_ key: String, after first: Mark, in source: SourceText) -> (line: Int, column: Int)? {
        var afterSeparator = false
        var window: [SourceText.Located] = []
        var found: (line: Int, column: Int)?
        let keyLength = key.unicodeScalars.count
        source.walk(from: first.line, column: first.column + keyLength) { located in
            if located.scalar == "," || located.scalar == "{" {
                afterSeparator = true
                window.removeAll()
                return true
            }
            if afterSeparator && window.isEmpty && (located.scalar == " " || SourceText.isBreak(located.scalar)) { return true }
            guard afterSeparator else { return true }
            window.append(located)
            let text = String(String.UnicodeScalarView(window.map(\.scalar)))
            if spellings(key).contains(text) { found = (window[0].line, window[0].column); return false }
            if !spellings(key).contains(where: { $0.hasPrefix(text) }) { afterSeparator = false; window.removeAll() }
            return true
        }
        return found
    }
}
