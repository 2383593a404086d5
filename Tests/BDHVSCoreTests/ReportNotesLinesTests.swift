import Foundation
import Testing
@testable import BDHVSCore

/// A note written on several lines (the numbered directions of section IV, one a line, as
/// the communes' reports write them) is one paragraph per line in every format: it was one
/// paragraph, joined on one line in Markdown and with raw line breaks inside one Word run.
@Suite struct ReportNotesLinesTests {
    static let notes = """
        directions: |
          1. Đẩy mạnh công tác tuyên truyền.
          2. Huy động những người có uy tín.
          3. Tổ chức các hoạt động hưởng ứng.
        proposals: |
          Đoạn một.

          Đoạn hai.

        """
    static let lines = ["1. Đẩy mạnh công tác tuyên truyền.", "2. Huy động những người có uy tín.", "3. Tổ chức các hoạt động hưởng ứng."]

    static func report() throws -> ReportDocument {
        let store = try StoreFixture.store(loading: PlanFixture.base)
        let data = try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31"))
        return ReportBuilder(data: data, notes: try ReportNotes.parse(notes, file: "ghi-chu.yaml")).build()
    }

    @Test func eachLineIsAParagraph() throws {
        let blocks = try Self.report().blocks
        let first = try #require(blocks.firstIndex(of: .paragraph(Self.lines[0])))
        #expect(Array(blocks[first..<first + 3]) == Self.lines.map { .paragraph($0) })
        // Paragraphs separated by a blank line stay two paragraphs, with no empty one between.
        let one = try #require(blocks.firstIndex(of: .paragraph("Đoạn một.")))
        #expect(blocks[one + 1] == .paragraph("Đoạn hai."))
    }

    @Test func markdownWritesEachLineAsItsOwnParagraph() throws {
        let markdown = MarkdownRenderer().render(try Self.report())
        #expect(markdown.contains("""
            1\\. Đẩy mạnh công tác tuyên truyền.

            2\\. Huy động những người có uy tín.

            3\\. Tổ chức các hoạt động hưởng ứng.

            """))
        #expect(!markdown.contains("tuyên truyền. 2"))
    }

    @Test func docxWritesEachLineInItsOwnParagraphStyledAsTheSectionsText() throws {
        let xml = String(decoding: try documentXML(try Self.report()), as: UTF8.self)
        #expect(!xml.contains("tuyên truyền.\n"))
        // The paragraph properties of the section text the notes wrote before as one paragraph a blank line apart.
        let body = try #require(Self.paragraph(containing: "Đoạn một.", in: xml))
        let properties = try #require(Self.properties(body))
        #expect(properties.contains("<w:ind w:firstLine=\"567\"/>") && properties.contains("<w:jc w:val=\"both\"/>"))
        for line in Self.lines {
            let paragraph = try #require(Self.paragraph(containing: ">\(line)</w:t>", in: xml), "\(line)")
            #expect(Self.properties(paragraph) == properties, "\(line)")
        }
    }

    /// The `<w:p>…</w:p>` element around the first occurrence of `text`.
    static func paragraph(containing text: String, in xml: String) -> Substring? {
        guard let hit = xml.range(of: text), let open = xml[..<hit.lowerBound].range(of: "<w:p>", options: .backwards),
              let close = xml[hit.upperBound...].range(of: "</w:p>") else { return nil }
        return xml[open.lowerBound..<close.upperBound]
    }

    static func properties(_ paragraph: Substring) -> Substring? {
        guard let open = paragraph.range(of: "<w:pPr>"), let close = paragraph.range(of: "</w:pPr>") else { return nil }
        return paragraph[open.lowerBound..<close.upperBound]
    }
}
