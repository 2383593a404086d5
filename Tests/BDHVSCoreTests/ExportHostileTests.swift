import Foundation
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

// The export writers with hostile text (issue 10).

// MARK: - Hostile text (issue 10)

extension ExportTests {
    @Suite struct Hostile {
        /// Scalars no writer may let through: controls other than tab, CR and LF, and noncharacters.
        static func forbidden(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> [UInt32] {
            text.unicodeScalars.filter {
                switch ScalarKind($0) {
                case .control, .noncharacter: return true
                case .lineBreak: return $0 != "\n" && $0 != "\r" && !kept.contains($0)
                case .text, .tab, .bidiControl: return false
                }
            }.map(\.value)
        }

        static let formulas: [(cell: String, written: String)] = [
            ("=1+1", "'=1+1"), ("+A1", "'+A1"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1+1", "'\t=1+1"), ("\r=1+1", "\"'\r=1+1\""), (" =1+1", "' =1+1"), ("\u{A0}=1", "'\u{A0}=1"),
            ("\u{1B}=1", "'=1"), ("\u{7}\t@x", "'\t@x"), ("\t", "'\t"), ("\rx", "\"'\rx\""),
            ("-5", "-5"), ("+1", "+1"), ("-1.5", "-1.5"), ("a=b", "a=b"), ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
        ]

        @Test(arguments: formulas)
        func aFormulaAfterLeadingWhitespaceOrControlsStaysText(cell: String, written: String) {
            #expect(CSVWriter().field(cell) == written)
        }

        @Test func csvDropsControlsAndNoncharactersAndKeepsLineBreaksInTheCell() throws {
            #expect(CSVWriter().field("a\u{0}b\u{1B}[2Jc\u{7F}d\u{9B}e" + HostileText.scalar(0xFFFE) + "f") == "ab[2Jcdef")
            #expect(CSVWriter().field("a\u{B}b\u{C}c\u{85}d") == "\"a\nb\nc\nd\"")
            let data = try HostileText.reportData()
            let tasks = CSVWriter().tasks(data.tasks)
            #expect(Self.forbidden(tasks, keeping: ["\u{2028}"]) == [], "LS is no control: kept")
            let records = try readRFC4180(String(tasks.unicodeScalars.dropFirst()))
            #expect(records.count == 6)
            #expect(records[1][3] == "A\r\n# B\rC\n- DEFG\nH\nI[31mJK2JL\nM\u{2028}NOPQR\tS\u{202E}</script>\"'&<b>=1,2;\\")
            #expect(records[1][4] == "Phòng ]0;xVH\r\n- XH")
            let activities = CSVWriter().activities(data.activityTotals)
            let rows = try readRFC4180(String(activities.unicodeScalars.dropFirst()))
            #expect(rows.map { Array($0[3...4]) } == [["title", "place"], ["'\t=HYPERLINK(\"x\")[2J", "'\r=1+1"]])
        }

        @Test func iCalendarTextHasNoControlsAndEveryLineIsWithin75Octets() throws {
            let writer = ICalendarWriter(name: "x\u{1B}[2J", asOf: isoDate("2025-12-31"))
            #expect(writer.escape(HostileText.title) == HostileText.titleInICalendar)
            let data = try HostileText.reportData()
            let events = data.tasks.map { task in
                ICalendarWriter.Event(uid: "\(task.plan)-\(task.id)@bdhvs", summary: "Hạn: [\(task.id)] \(task.title)",
                                      description: "Chủ trì: " + task.lead.joined(separator: "; "), date: isoDate("2025-10-10"),
                                      recurrence: nil, until: nil)
            }
            let text = writer.render(events)
            let check = CalendarCheck(text)
            #expect(check.problems == [])
            #expect(Self.forbidden(text.replacingOccurrences(of: "\r\n", with: "")) == [])
            #expect(check.lines.contains("X-WR-CALNAME:x[2J"))
            #expect(check.events.count == 5)
            #expect(check.events.first?["SUMMARY"] == ["SUMMARY:Hạn: [nv1] " + HostileText.titleInICalendar])
            #expect(check.events.first?["DESCRIPTION"] == [#"DESCRIPTION:Chủ trì: Phòng ]0\;xVH\n- XH"#])
        }

        /// A letter with 60 combining marks is one grapheme cluster of 121 octets: folding by
        /// characters made a 122-octet line.
        @Test func foldingCutsALongGraphemeClusterRatherThanPassTheLimit() {
            let cluster = "a" + String(repeating: "\u{0301}", count: 60)
            #expect(cluster.count == 1 && cluster.utf8.count == 121)
            let line = "SUMMARY:" + cluster + "b"
            let folded = ICalendarWriter(name: "x", asOf: isoDate("2026-01-01")).fold(line)
            let pieces = folded.components(separatedBy: "\r\n")
            #expect(pieces.map(\.utf8.count) == [75, 56], "8 + 1 + 33 × 2, then a space, 27 × 2 and 'b'")
            // Unfolded by scalars: a space before combining marks is one Character with them.
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "", options: .literal) == line)
        }
    }
}
