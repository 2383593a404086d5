import Foundation
import Testing
@testable import BDHVSCore

/// Text printed to a terminal (`plan status`, `task list`, `task show`, `activity list`,
/// confirmations): hostile text from a plan, a CSV or an old database is shown, never obeyed.
@Suite struct TerminalTextTests {
    /// Scalars a terminal could obey: anything but text and LF.
    static func obeyed(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { ScalarKind($0) != .text && $0 != "\n" }.map(\.value)
    }

    static let lines: [(String, String)] = [
        ("Tổ chức Lễ phát động", "Tổ chức Lễ phát động"),
        ("a\u{1B}[2Jb", "a␛[2Jb"), ("a\u{7}\u{8}\u{0}b", "a␇␈␀b"), ("a\u{7F}b", "a␡b"), ("a\u{9B}2Jb", "a\u{FFFD}2Jb"),
        ("a\r\nb\rc\nd", "a b c d"), ("a\tb\u{B}c\u{C}d\u{85}e\u{2028}f", "a b c d e f"),
        ("a" + HostileText.scalar(0xFFFE) + "b", "a\u{FFFD}b"), (HostileText.title, HostileText.titleOnTerminal),
    ]

    @Test(arguments: lines)
    func oneLineShowsEveryControl(text: String, shown: String) {
        #expect(TerminalText.line(text) == shown)
        #expect(TerminalText.line(shown) == shown, "safe text is left as it is")
    }

    @Test func statusShowsTheHostileTextOnTheSameLinesAsPlainText() throws {
        let data = try HostileText.reportData()
        let text = StatusText(language: .vi).render(data.status)
        #expect(Self.obeyed(text) == [])
        let lines = text.components(separatedBy: "\n")
        #expect(lines.contains("  Phòng ␛]0;x␇VH - XH (1):"))
        #expect(lines.contains("    nv1  quá hạn 122 ngày  hạn 31/08/2025  " + HostileText.titleOnTerminal))
        #expect(lines.contains("  Phòng ␛]0;x␇VH - XH            3           0        1"), "the lead table stays aligned")
        let plain = try StoreFixture.store()
        _ = try plain.record(ChangeRequest(plan: nil, task: "nv3", action: .start, on: isoDate("2025-09-15"),
                                           recordedOn: isoDate("2025-09-15"), by: "Lan"))
        let plainText = StatusText(language: .vi).render(try plain.status(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate("2025-12-31")))
        #expect(lines.count == plainText.components(separatedBy: "\n").count)
    }

    @Test func taskListAndActivitiesShowTheHostileText() throws {
        let data = try HostileText.reportData()
        let list = TaskListText(language: .vi).render(data.tasks)
        #expect(Self.obeyed(list) == [])
        let lines = list.components(separatedBy: "\n")
        #expect(lines.count == 1 + 5 * 3 - 1 + 3, "the plan, three lines per task but nv2 (no lead), a blank, the count, the end")
        #expect(lines[1] == "  nv1  " + HostileText.titleOnTerminal)
        #expect(lines[3] == "      Chủ trì: Phòng ␛]0;x␇VH - XH")
        let activities = RecordText(language: .vi).activities(data.activityTotals)
        #expect(Self.obeyed(activities) == [])
        #expect(activities.components(separatedBy: "\n").first
            == "  05/09/2025  thu-nghiem-2025/nv1   =1+1\u{FFFD}  120 người   =HYPERLINK(\"x\")␛[2J")
    }

    @Test func taskShowAndItsHistoryShowTheHostileText() throws {
        let store = try StoreFixture.store()
        _ = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .start, on: isoDate("2025-08-01"),
                                           recordedOn: isoDate("2025-08-01"), by: "Lan"))
        var detail = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-12-31"))
        detail.task.title = HostileText.title
        detail.advisory = HostileText.agency
        detail.note = "\u{1B}]52;c;bWFsd2FyZQ==\u{7}"
        detail.history[0].by = "Lan\u{1B}[8m"
        detail.history[0].note = "xong\r\n- giả"
        let text = TaskDetailText(language: .vi).render(detail)
        #expect(Self.obeyed(text) == [])
        let lines = text.components(separatedBy: "\n")
        #expect(lines.first == "thu-nghiem-2025/nv1  " + HostileText.titleOnTerminal)
        #expect(lines.contains("  Tham mưu: Phòng ␛]0;x␇VH - XH"))
        #expect(lines.contains("  ␛]52;c;bWFsd2FyZQ==␇"))
        #expect(lines.contains("  #1  01/08/2025  Lan␛[8m  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện — “xong - giả”"))
        #expect(ChangeText(language: .vi).confirmation(detail.history[0])
            == "Đã ghi: thu-nghiem-2025/nv1 — bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện — “xong - giả”\n")
    }
}

extension TerminalTextTests {
    /// JSON keeps the exact text, and what a terminal would obey is a `\u` escape.
    @Test func jsonKeepsTheTextExactAndInert() throws {
        let json = try JSONOutput.render(["title": HostileText.title])
        #expect(Self.obeyed(json) == [])
        #expect(json.contains(#"\u001b[31mJ\u007fK\u009b2JL\u0085M\u2028N\ufffeO\uffffP\ufdd0Q\udbff\udfffR\tS\u202e</script>"#))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(decoded["title"] == HostileText.title)
    }
}

extension TerminalTextTests {
    /// The byte check that lets most lines through untouched never passes a scalar that is
    /// not plain text: every scalar of every plane, alone and inside Vietnamese text.
    @Test func plainByTheBytesIsPlainByTheScalars() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Phòng Văn hóa" + String(Character(scalar)) + "Xã hội"
            if TerminalText.isPlain(text), ScalarKind(scalar) != .text { wrong.append(value) }
        }
        #expect(wrong == [])
        #expect(TerminalText.isPlain("Ủy ban nhân dân xã Đông Trà Bồng: Tổ chức Lễ phát động, Quý III/2025"))
        #expect(!TerminalText.isPlain("a\u{1B}b"))
        #expect(TerminalText.line("Quý III/2025 – “Bình dân học vụ số”") == "Quý III/2025 – “Bình dân học vụ số”")
    }
}
