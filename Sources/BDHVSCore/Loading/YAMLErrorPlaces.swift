import Yams

/// Turns libyaml's errors into a message at the place of their cause. libyaml reports where
/// it gave up, which is not always where the mistake is: an unclosed quote is found at the
/// end of the file, a line indented wrongly is "did not find expected key".
enum YAMLErrorPlaces {
    typealias Place = (line: Int, column: Int)

    static func explain(_ error: YamlError, in source: SourceText) -> (Place, YAMLMessage) {
        let (place, message) = cause(of: error, in: source)
        return (inside(place, source), message)
    }

    /// `place` moved into the file: libyaml ends every file with a line break of its own,
    /// and puts the end of a file without one on the line after its last.
    private static func inside(_ place: Place, _ source: SourceText) -> Place {
        let lines = source.lines()
        guard place.line >= 1, place.column >= 1 else { return (1, 1) }
        guard place.line <= lines.count else { return (lines.count, lines[lines.count - 1].count + 1) }
        return (place.line, min(place.column, lines[place.line - 1].count + 1))
    }

    private static func cause(of error: YamlError, in source: SourceText) -> (Place, YAMLMessage) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return syntax(problem, context, at: (mark.line, mark.column), in: source)
        case .reader(let problem, let offset, _, _):
            // Yams gives the offset in Characters of the text (not bytes).
            let place = offset.map { characterOffsetPlace($0, in: source) } ?? (1, 1)
            return (place, .syntax(problem: problem, context: nil, line: nil, column: nil))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let second = DuplicateKeySearch.secondOccurrence(of: key, after: context.mark, in: source)
            return (second ?? (context.mark.line, context.mark.column), .duplicateKey(key: key, firstLine: context.mark.line))
        default:
            return ((1, 1), .syntax(problem: "\(error)", context: nil, line: nil, column: nil))
        }
    }

    private static func syntax(_ problem: String, _ context: YamlError.Context?, at mark: Place, in source: SourceText)
        -> (Place, YAMLMessage) {
        if let quote = QuoteScan.firstUnclosed(before: mark.line, in: source) {
            return ((quote.line, quote.column), .unclosedQuote(quote: quote.quote, problemLine: mark.line))
        }
        if problem == "found unexpected end of stream", let context, context.text == "while scanning a quoted scalar" {
            let quote = Character(source.line(context.mark.line).unicodeScalars.dropFirst(context.mark.column - 1).first ?? "\"")
            return ((context.mark.line, context.mark.column), .unclosedQuote(quote: quote, problemLine: mark.line))
        }
        // A tab in the indentation of the line libyaml stopped at is the cause, whatever it
        // says ("found character that cannot start any token").
        if let tab = tabInIndentation(of: mark.line, in: source) { return ((mark.line, tab), .tabIndentation) }
        if problem == "mapping values are not allowed in this context" { return (mark, .colonInText) }
        let blockContexts = ["while parsing a block mapping", "while parsing a block collection"]
        if problem == "did not find expected key" || problem == "did not find expected '-' indicator",
           let context, blockContexts.contains(context.text), startsItsLine(mark, in: source) {
            return (mark, .indentation(blockLine: context.mark.line, blockColumn: context.mark.column))
        }
        // A context that starts where the problem is, or after it, says nothing more ("foo: ["
        // at the end of a file: the value in brackets "starting" at the end of the file).
        guard let context, (context.mark.line, context.mark.column) < (mark.line, mark.column) else {
            return (mark, .syntax(problem: problem, context: nil, line: nil, column: nil))
        }
        return (mark, .syntax(problem: problem, context: context.text, line: context.mark.line, column: context.mark.column))
    }

    /// The column of the first tab among the blanks (and list dashes) that begin `line`, if any.
    private static func tabInIndentation(of line: Int, in source: SourceText) -> Int? {
        for (index, scalar) in source.line(line).unicodeScalars.enumerated() {
            if scalar == "\t" { return index + 1 }
            if scalar != " " && scalar != "-" { return nil }
        }
        return nil
    }

    /// True when only spaces (or a list dash) come before `mark` on its line: the token is
    /// where a line's indentation puts it.
    private static func startsItsLine(_ mark: Place, in source: SourceText) -> Bool {
        let before = source.line(mark.line).unicodeScalars.prefix(max(0, mark.column - 1))
        return before.allSatisfy { $0 == " " || $0 == "-" }
    }

    /// The place of the Character at `offset`, as libyaml counts lines and columns.
    private static func characterOffsetPlace(_ offset: Int, in source: SourceText) -> Place {
        let text = source.text
        let index = text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
        return source.position(ofScalarOffset: text.unicodeScalars.distance(from: text.startIndex, to: index))
    }

    /// Where the document that follows the first one starts: its `---` line.
    static func documentStart(before mark: Mark?, in source: SourceText) -> Place {
        guard let mark else { return (1, 1) }
        var line = mark.line
        while line >= 1 {
            let text = source.line(line)
            if text == "---" || text.hasPrefix("--- ") || text.hasPrefix("---\t") { return (line, 1) }
            line -= 1
        }
        return (mark.line, mark.column)
    }
}
