import Foundation
import Testing
@testable import BDHVSCore

/// The shortcuts a national load takes (issue 12) give what the long way gives.
@Suite struct LoadFastPathTests {
    /// Plain scalars: the shortcut for words (longer than any keyword, or starting with no
    /// keyword's letter) leaves keywords, numbers and dates as YAML 1.1 reads them.
    @Test(arguments: [
        ("nv1", NodeKind.string), ("vhxh", .string), ("no", .bool), ("Off", .bool), ("FALSE", .bool), ("yes", .bool),
        ("Yesterday", .string), ("nope", .string), ("NULL", .null), ("~", .null), ("", .null), ("+.Inf", .float),
        (".nan", .float), ("-.inf", .float), ("1e5", .float), ("2025-01-02", .timestamp), ("0x1F", .integer),
        ("1_000", .integer), ("-12", .integer), ("-", .string), ("Tháng 4/2025", .string), ("ủy ban", .string),
        ("offset", .string), ("truest", .string), ("nullify", .string),
    ])
    func plainScalarKinds(text: String, kind: NodeKind) {
        #expect(NodeKind.plain(text) == kind)
    }

    /// A folded key comes from the cache the second time, equal to the first; canonically
    /// equal spellings (precomposed or with a combining mark) each fold to the same key, and
    /// a long text (not cached) folds as a short one does.
    @Test func cachedFoldingEqualsFolding() {
        let precomposed = "Phòng Văn hóa - Xã hội Định Mỹ"
        let decomposed = precomposed.decomposedStringWithCanonicalMapping
        #expect(!precomposed.utf8.elementsEqual(decomposed.utf8))
        for _ in 0..<2 {
            #expect(Folding.key(precomposed) == "phong van hoa - xa hoi dinh my")
            #expect(Folding.key(decomposed) == "phong van hoa - xa hoi dinh my")
        }
        let long = Array(repeating: precomposed, count: 12).joined(separator: " ")
        #expect(long.utf8.count > 256)
        #expect(Folding.key(long) == Array(repeating: "phong van hoa - xa hoi dinh my", count: 12).joined(separator: " "))
    }

    /// A task's stored definition is JSON that reads back to the same fields, whether a
    /// text needs escapes (quotes, a backslash, a line break, a control character) or not.
    @Test func definitionJSONReadsBack() throws {
        var record = TaskDefinitionRecord(json: "{}")
        record.fields = ["title": "Tổ chức “Ngày hội” \"số\"", "note": "a\\b\nc\td\u{1}e", "lead": "vhxh", "timeline": "Quý I/2025"]
        let json = record.json
        #expect(json == #"{"lead":"vhxh","note":"a\\b\nc\td\u0001e","timeline":"Quý I/2025","title":"Tổ chức “Ngày hội” \"số\""}"#)
        #expect(TaskDefinitionRecord(json: json) == record)
    }
}
