import Testing
@testable import BDHVSCore

/// Terminal tables line up by the columns a name takes, not by how it is encoded.
@Suite struct DisplayWidthTests {
    static let decomposed = "Phu\u{031B}o\u{031B}\u{0300}ng Ve\u{0302}\u{0301}"   // "Phường Vế" typed with combining marks

    @Test(arguments: [
        ("Phường Vế", 9), (decomposed, 9), ("", 0), ("a\u{200B}b", 2), ("河内", 4), ("Ｈà", 3), ("✅ xong", 7), ("e\u{0301}\u{0323}", 1),
    ])
    func columns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func aTableAlignsDecomposedAndWideNamesWithPlainOnes() {
        var table = TextTable()
        table.rightAligned = [1]
        table.add("Phường Vế", "3")
        table.add(Self.decomposed, "12")
        table.add("河内", "7")
        table.add("UBND", "100")
        let lines = table.render(indent: "")
        #expect(lines == ["Phường Vế    3", Self.decomposed + "   12", "河内         7", "UBND       100"])
        #expect(Set(lines.map(DisplayWidth.of)) == [14], "every line ends in the same column")
    }

    /// The scalars measured without breaking the text into characters take the columns the
    /// character rule gives them, alone and between letters.
    @Test func textMeasuredByItsScalarsTakesTheColumnsOfItsCharacters() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2AF, 0x1E00...0x1EFF, 0x2010...0x2027]
        var measured = 0
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a" + String(scalar) + "b", String(scalar) + " " + String(scalar)] {
                let byCharacter = text.reduce(0) { $0 + DisplayWidth.of($1) }
                if let columns = DisplayWidth.simpleColumns(text) {
                    #expect(columns == byCharacter, "U+\(String(value, radix: 16))")
                    measured += 1
                }
            }
        }
        #expect(measured == 3 * (0x7F - 0x20 + 0x2B0 - 0xA0 - 1 + 0x100 + 0x18))
        // Not measured so: a soft hyphen, a combining mark, CR LF, a zero-width space, a wide letter.
        for text in ["a\u{AD}b", "e\u{301}", "a\r\nb", "a\u{200B}b", "河"] { #expect(DisplayWidth.simpleColumns(text) == nil) }
    }
}
