/// What a Unicode scalar is to a writer that must keep text in its place. Each output format
/// decides once what it does with each kind (see `TerminalText`, `MarkdownText`,
/// `HTMLEscaping`, `ICalendarWriter.escape`, `CSVWriter.field`); this only names them.
public enum ScalarKind: Equatable, Sendable {
    /// Ordinary text, including spaces and format characters.
    case text
    /// A tab (U+0009).
    case tab
    /// A line or paragraph break: LF, CR, VT, FF, NEL (U+0085), LS (U+2028), PS (U+2029).
    case lineBreak
    /// Any other C0 control (U+0000–U+001F), DEL (U+007F) or C1 control (U+0080–U+009F):
    /// ESC, BEL, BS, NUL, CSI (U+009B) and the like, which terminals obey.
    case control
    /// A noncharacter: U+FDD0–U+FDEF and the last two code points of every plane
    /// (U+FFFE, U+FFFF, U+1FFFE …). XML forbids U+FFFE and U+FFFF; none is meant for
    /// interchange.
    case noncharacter
    /// A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): it
    /// reorders the text that follows it on screen ("Trojan Source"), so a title holding
    /// U+202E could show a deadline or an amount backwards.
    case bidiControl

    /// The kind of `scalar`.
    public init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x09: self = .tab
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: self = .lineBreak
        case 0x00...0x1F, 0x7F...0x9F: self = .control
        case 0x202A...0x202E, 0x2066...0x2069: self = .bidiControl
        case 0xFDD0...0xFDEF: self = .noncharacter
        case let value where value & 0xFFFE == 0xFFFE: self = .noncharacter
        default: self = .text
        }
    }
}
