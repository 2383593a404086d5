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
}
