import Foundation
import Testing
@testable import BDHVSCore

/// `TaskListText.Writer` writes each line into UTF-8 bytes piece by piece: taken a task at a
/// time it is the whole list's text, and a line with terminal controls is made safe as a
/// whole, as `TerminalText.line` makes it.
@Suite struct TaskListWriterTests {
    @Test func takenATaskAtATimeItIsTheWholeText() throws {
        let data = try HostileText.reportData()
        var writer = TaskListText.Writer(language: .vi)
        var bytes: [UInt8] = []
        for task in data.tasks {
            writer.add(task)
            bytes += writer.takeBytes()
        }
        let text = String(decoding: bytes, as: UTF8.self) + writer.finish()
        #expect(text == TaskListText(language: .vi).render(data.tasks))
        #expect(TerminalTextTests.obeyed(text) == [])
    }

    @Test func aLineIsMadeSafeAsAWholeAndATimelineLikeItsStatusIsLeftOut() {
        let row = TaskRow(plan: "p", id: "nv1\r", parent: nil, title: "\nTiêu đề\u{1B}[2J", lead: ["A\r", "\nB"],
                          timeline: "Tháng 12\u{202E}", deadline: isoDate("2025-12-01"), tentative: true,
                          status: .overdue, daysOverdue: 30, percent: 40, extendedFrom: isoDate("2025-11-01"))
        var same = row
        same.title = "Việc"
        same.id = "nv2"
        same.lead = []
        // The status written without diacritics (other bytes, the same folded key) is not repeated.
        same.timeline = "Dang thuc hien qua han"
        let text = TaskListText(language: .vi).render([row, same])
        #expect(text == """
            Kế hoạch p:
              nv1    Tiêu đề␛[2J
                  Đang thực hiện quá hạn (30 ngày) · tiến độ 40% · hạn 01/12/2025 (dự kiến) (gia hạn từ 01/11/2025) · “Tháng 12\u{FFFD}”
                  Chủ trì: A ;  B
              nv2  Việc
                  Đang thực hiện quá hạn (30 ngày) · tiến độ 40% · hạn 01/12/2025 (dự kiến) (gia hạn từ 01/11/2025)

            2 nhiệm vụ.

            """)
    }
}
