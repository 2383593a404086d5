import Yams

/// Composes the YAML text of a plan file into a node tree, turning libyaml's errors into
/// diagnostics with the file, line and column.
enum YAMLSource {
    /// The single document of `text`, or the diagnostics that say why there is none.
    static func compose(_ text: String, file: String) -> (node: Node?, diagnostics: [Diagnostic]) {
        func at(_ line: Int, _ column: Int, _ message: String) -> (Node?, [Diagnostic]) {
            (nil, [Diagnostic(SourceLocation(file: file, line: line, column: column), .error, message)])
        }
        // A byte order mark (as Notepad saves UTF-8) is not part of the YAML.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        do {
            // No tag resolution while parsing (it runs several regular expressions on every
            // scalar); NodeKind classifies plain scalars by YAML 1.1's rules itself.
            let parser = try Parser(yaml: text, resolver: .basic)
            guard let root = try parser.nextRoot() else {
                return at(1, 1, "the file is empty; expected a plan starting with 'format: 1'")
            }
            if let extra = try parser.nextRoot() {
                let mark = extra.mark
                return at(mark?.line ?? 1, mark?.column ?? 1, "the file holds more than one YAML document; expected one plan per file")
            }
            return (root, [])
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                return at(mark.line, mark.column, syntaxMessage(problem, context))
            case .reader(let problem, let offset, _, _):
                let place = offset.map { Self.position(ofUTF8Offset: $0, in: text) } ?? (line: 1, column: 1)
                return at(place.line, place.column, "the file cannot be read as UTF-8 text: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                let key = duplicates.first ?? ""
                let second = secondOccurrence(of: key, after: context.mark, in: text)
                let message = "duplicate key '\(key)'; it is already set at line \(context.mark.line)"
                return at(second?.line ?? context.mark.line, second?.column ?? context.mark.column, message)
            default:
                return at(1, 1, "the file is not valid YAML")
            }
        } catch {
            return at(1, 1, "the file is not valid YAML")
        }
    }

    /// libyaml's wording, lowercased, with its context ("while scanning a simple key").
    private static func syntaxMessage(_ problem: String, _ context: YamlError.Context?) -> String {
        var message = "invalid YAML: \(problem)"
        if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
        return message
    }

    /// Where a key set twice in a block mapping is set the second time: the next line
    /// that starts with `key:` at the same column. Nil for flow mappings.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let start = first.column - 1
            guard start < scalars.count else { continue }
            let indentation = scalars[..<start]
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            let indentOK = indentation.allSatisfy { $0 == " " || $0 == "-" }
            if indentOK, rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return (index + 1, first.column)
            }
        }
        return nil
    }

    private static func position(ofUTF8Offset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1, consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
