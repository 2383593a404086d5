import Foundation
@testable import BDHVSCore

/// Hostile text (issue 10, "text that escapes its place") and plan data that carries it into
/// every output: terminal text, the Markdown, HTML and .docx reports, iCalendar and CSV.
///
/// The data is built in memory, not loaded from a plan file: the loader and the importers
/// refuse control characters at input, but a database written before they did, or by hand,
/// still holds them, and every writer must keep them in their place on its own.
enum HostileText {
    /// Every kind at once: CRLF, CR and LF (a heading, a list item), NUL, BEL, BS, VT, FF,
    /// an ESC colour sequence, DEL, a C1 CSI, NEL and LS, the noncharacters U+FFFE, U+FFFF,
    /// U+FDD0 and U+10FFFF, a tab, a right-to-left override (U+202E), and markup of HTML, Markdown, iCalendar and CSV.
    static let title = "A\r\n# B\rC\n- D\u{0}E\u{7}F\u{8}G\u{B}H\u{C}I\u{1B}[31mJ\u{7F}K\u{9B}2JL\u{85}M\u{2028}N"
        + scalar(0xFFFE) + "O" + scalar(0xFFFF) + "P" + scalar(0xFDD0) + "Q" + scalar(0x10FFFF) + "R\tS\u{202E}</script>\"'&<b>=1,2;\\"
    /// The scalar `value` as text (a Swift literal refuses most noncharacters).
    static func scalar(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String(Character($0)) } ?? ""
    }

    /// An agency name that sets the terminal's window title and starts a list item.
    static let agency = "Phòng \u{1B}]0;x\u{7}VH\r\n- XH"
    /// An activity title that is a formula after a tab, and clears the screen.
    static let activity = "\t=HYPERLINK(\"x\")\u{1B}[2J"
    /// A place that is a formula after a CR.
    static let place = "\r=1+1" + scalar(0xFFFF)

    /// `title` on a terminal: breaks and the tab as spaces, C0 and DEL as control pictures,
    /// C1, noncharacters and the bidirectional override as U+FFFD.
    static let titleOnTerminal = "A # B C - D␀E␇F␈G H I␛[31mJ␡K\u{FFFD}2JL M N\u{FFFD}O\u{FFFD}P\u{FFFD}Q\u{FFFD}R S\u{FFFD}</script>\"'&<b>=1,2;\\"
    /// `title` in Markdown, not at the start of a line.
    static let titleInMarkdown = ##"A \# B C - DEFG H I\[31mJK2JL M NOPQR S\</script\>"'\&\<b\>=1,2;\\"##
    /// `title` in HTML and XML: tab, CR and LF kept, other breaks a space, the rest (the
/// bidirectional override too) dropped.
    static let titleInHTML = "A\r\n# B\rC\n- DEFG H I[31mJK2JL M NOPQR\tS&lt;/script&gt;&quot;&#39;&amp;&lt;b&gt;=1,2;\\"
    /// `title` as an iCalendar TEXT value.
    static let titleInICalendar = #"A\n# B\nC\n- DEFG\nH\nI[31mJK2JL\nM\nNOPQR"# + "\t" + #"S</script>"'&<b>=1\,2\;\\"#

    /// The report data of `PlanFixture.base` as of 31/12/2025, nv3 started and overdue, one
    /// activity of nv1, with every title, agency name, activity title and place hostile.
    static func reportData() throws -> ReportData {
        let store = try StoreFixture.store()
        _ = try store.record(ChangeRequest(plan: nil, task: "nv3", action: .start, on: isoDate("2025-09-15"),
                                           recordedOn: isoDate("2025-09-15"), by: "Lan"))
        _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-09-05"), participants: 120,
                                                title: "x", place: "y"), by: "Lan", recordedOn: isoDate("2025-09-05"))
        return poisoned(try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31")))
    }

    /// `data` with every text a plan or a record supplies replaced by hostile text.
    static func poisoned(_ data: ReportData) -> ReportData {
        var data = data
        func task(_ row: TaskRow) -> TaskRow {
            var row = row
            row.title = title
            row.lead = row.lead.map { _ in agency }
            return row
        }
        func activity(_ row: ActivityRow) -> ActivityRow {
            var row = row
            row.title = Self.activity
            row.place = place
            return row
        }
        data.tasks = data.tasks.map(task)
        data.status.overdue = data.status.overdue.map { group in
            var group = group
            group.agency = agency
            group.tasks = group.tasks.map(task)
            return group
        }
        data.status.dueSoon = data.status.dueSoon.map(task)
        data.status.byLead = data.status.byLead.map { row in
            var row = row
            row.agency = agency
            return row
        }
        data.agencyNames = data.agencyNames.mapValues { _ in agency }
        data.activities = data.activities.mapValues { $0.map(activity) }
        data.activityTotals.activities = data.activityTotals.activities.map(activity)
        return data
    }
}
