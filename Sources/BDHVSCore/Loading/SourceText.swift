/// The text of a plan file as libyaml counts it: lines end at LF, CR, CR LF, NEL, LS or PS,
/// and columns count Unicode scalars. Positions the loader computes itself (a forbidden
/// character, a place inside a quoted value) count the same way as libyaml's marks.
struct SourceText: Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    /// One scalar of the text and where it is.
    struct Located {
        var scalar: Unicode.Scalar
        var line: Int
        var column: Int
    }

    /// True for the scalars libyaml reads as a line break.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Calls `body` with each scalar and its position, from `line`:`column` on, until it
    /// returns false.
    func walk(from line: Int = 1, column: Int = 1, _ body: (Located) -> Bool) {
        var current = (line: 1, column: 1)
        var crAt: (line: Int, column: Int)?
        for scalar in text.unicodeScalars {
            // CR LF is one break: the LF is where the CR is, and does not break again.
            let here = scalar == "\n" ? crAt ?? current : current
            if here.line > line || (here.line == line && here.column >= column) {
                if !body(Located(scalar: scalar, line: here.line, column: here.column)) { return }
            }
            if scalar == "\n", crAt != nil {
                crAt = nil
                continue
            }
            crAt = scalar == "\r" ? current : nil
            current = Self.isBreak(scalar) ? (current.line + 1, 1) : (current.line, current.column + 1)
        }
    }

    /// Where the scalar at `offset` (counted in Unicode scalars) is; the end of the text
    /// when the offset is past it.
    func position(ofScalarOffset offset: Int) -> (line: Int, column: Int) {
        var found: (line: Int, column: Int)?
        var last = (line: 1, column: 1)
        var index = 0
        walk { located in
            if index == offset { found = (located.line, located.column); return false }
            last = Self.isBreak(located.scalar) ? (located.line + 1, 1) : (located.line, located.column + 1)
            index += 1
            return true
        }
        return found ?? last
    }

    /// The text of line `number` (1-based), without its break; empty past the end.
    func line(_ number: Int) -> String {
        var out = String.UnicodeScalarView()
        walk(from: number, column: 1) { located in
            guard located.line == number, !Self.isBreak(located.scalar) else { return false }
            out.append(located.scalar)
            return true
        }
        return String(out)
    }

    /// Every line's scalars, without breaks; line `n` is at index `n - 1`.
    func lines() -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        walk { located in
            while lines.count < located.line { lines.append([]) }
            if !Self.isBreak(located.scalar) { lines[located.line - 1].append(located.scalar) }
            return true
        }
        return lines
    }
}
