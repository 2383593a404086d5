/// Columns of text aligned by the terminal columns they take (`DisplayWidth`), for terminal output.
struct TextTable {
    var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    var rightAligned: Set<Int> = []

    // Cells are made terminal-safe here, before widths are measured, so a tab or a line
    // break in a title (one space once safe) does not push the columns out of line.
    mutating func add(_ cells: String...) { rows.append(cells.map(TerminalText.line)) }
    mutating func add(_ cells: [String]) { rows.append(cells.map(TerminalText.line)) }

    /// The rows, each prefixed with `indent`, columns separated by two spaces, no trailing blanks.
    func render(indent: String = "  ") -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return rows.map { cells in
            let padded = cells.enumerated().map { index, cell -> String in
                let fill = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                if rightAligned.contains(index) { return fill + cell }
                return index == cells.count - 1 ? cell : cell + fill
            }
            var line = indent + padded.joined(separator: "  ")
            // Only the end is looked at (reversing every line was a tenth of a province's status).
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
