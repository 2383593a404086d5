import Foundation
import Testing
@testable import BDHVSCore

/// The shortcuts a national load takes (issue 12) give what the long way gives.
@Suite struct LoadFastPathTests {
    /// The id pattern matched byte by byte says what the regular expression says.
    @Test func idsAreMatchedAsTheirPattern() throws {
        let regex = try NSRegularExpression(pattern: JSONSchema.ecmaAnchored(NSRegularExpressionBox.idPattern))
        let box = NSRegularExpressionBox(regex)
        let texts = ["vhxh", "nv1", "p31-x93-2025", "a.b_c-d", "9", "Z", "", "-a", ".a", "_a", "a b", "a\n", "ủy", "a/b",
                     "A\u{212A}", "ｖhxh", "abc\u{0301}", "a-", "a.", "a_", "0.1.2", "x\u{0}", "\u{FEFF}a"]
        for text in texts {
            let expected = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(NSRegularExpressionBox.isID(text) == expected, "\(text.debugDescription)")
            #expect(box.matches(text) == expected, "\(text.debugDescription)")
        }
    }

    /// Plain scalars: the shortcut for words (longer than any keyword, or starting with no
    /// keyword's letter) leaves keywords, numbers and dates as YAML 1.1 reads them.
    @Test(arguments: [
        ("nv1", NodeKind.string), ("vhxh", .string), ("no", .bool), ("Off", .bool), ("FALSE", .bool), ("yes", .bool),
        ("Yesterday", .string), ("nope", .string), ("NULL", .null), ("~", .null), ("", .null), ("+.Inf", .float),
        (".nan", .float), ("-.inf", .float), ("1e5", .float), ("2025-01-02", .timestamp), ("0x1F", .integer),
        ("1_000", .integer), ("-12", .integer), ("-", .string), ("Tháng 4/2025", .string), ("ủy ban", .string),
        ("offset", .string), ("truest", .string), ("nullify", .string), ("True", .bool), ("on", .bool), ("ON", .bool),
        (".NAN", .float), ("Null", .null), ("nul", .string), ("nulL", .string), ("tru", .string), ("name", .string),
        ("year", .string), ("n\u{00F4}", .string), ("N\u{0301}O", .string),
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

    /// Each letter with diacritics folds to its base letter, worked out the first time it is
    /// met (and the same the second time); "đ" to "d", dashes to "-", a sign of the same block
    /// that is no letter (÷) stays as it is, lowercased.
    @Test func lettersFoldWhenFirstMet() {
        for _ in 0..<2 {
            #expect(Folding.key("ÀÁÂÃÄÅàáâãäåĐđ Ệ ỹ Ǟ – ÷") == "aaaaaaaaaaaadd e y a - ÷")
        }
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

    /// A remembered timeline is the parsed one, for the plan year and the reading of
    /// "Trước ngày" it was asked with: the same phrase in a plan of another year, or read
    /// the other way, is not the first one's.
    @Test func rememberedTimelinesEqualParsedOnes() {
        let phrases = ["Thường xuyên", "Quý I", "Tháng 4", "Trước ngày 7/6", "Hằng tháng", "6 tháng cuối năm", "Theo kế hoạch của tỉnh",
                       "trong tháng 13", "Tháng 4/2025", "Trước ngày 20/11/2025"]
        for parser in [TimelineParser(planYear: 2025), TimelineParser(planYear: 2026), TimelineParser(planYear: 2025, strictBefore: false)] {
            for phrase in phrases {
                #expect(parser.remembered(phrase) == parser.parse(phrase), "\(phrase) in \(parser.planYear)")
                #expect(parser.remembered(phrase) == parser.parse(phrase), "\(phrase) in \(parser.planYear), again")
            }
        }
        #expect(TimelineParser(planYear: 2026).remembered("Tháng 4") != TimelineParser(planYear: 2025).remembered("Tháng 4"))
        #expect(TimelineParser(planYear: 2025, strictBefore: false).remembered("Trước ngày 7/6")
                    != TimelineParser(planYear: 2025).remembered("Trước ngày 7/6"))
        if case .success = TimelineParser(planYear: 2025).remembered("trong tháng 13") { Issue.record("month 13 read as a date") }
    }
}
