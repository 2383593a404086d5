import BDHVSCore
import Foundation
import GRDB
import Testing
@testable import BDHVSServer

/// The hardening issue's hostile text, written straight into a database (the loader refuses
/// it, but a database written by hand or by an older version still holds it), shown on every
/// level: it stays text, never markup, and control characters do not reach the page. (No NUL:
/// SQLite hands text back up to its first NUL.)
@Suite struct HostileDatabaseTests {
    static let hostile = "A\r\n# B\u{1}E\u{1B}[31mJ\u{7F}K\u{9B}2JL\u{2028}N" + "R\tS</script><script>alert(1)</script>\"'&<b>=1,2;\\<img src=x onerror=alert(2)>"
    static let inert = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;&lt;b&gt;=1,2;\\&lt;img src=x onerror=alert(2)&gt;"

    @Test func hostileTextFromTheDatabaseRendersInert() throws {
        let fixture = try DashboardFixture(plans: ["dong-tra-bong-2025"])
        defer { fixture.remove() }
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE task SET title = ?", arguments: [Self.hostile])
            try db.execute(sql: "UPDATE agency SET name = ?", arguments: [Self.hostile])
            try db.execute(sql: "UPDATE plan SET title = ?, commune = ?", arguments: [Self.hostile, Self.hostile])
            try db.execute(sql: "UPDATE task SET timeline = ? WHERE key = 'nv1'", arguments: [Self.hostile])
        }
        try queue.close()
        let dashboard = Dashboard(store: try TaskStore.open(path: fixture.path, access: .read), today: { DashboardFixture.asOf })
        for target in ["/", "/tinh/quang-ngai", "/xa/dong-tra-bong-2025", "/xa/dong-tra-bong-2025/nv1", "/xa/dong-tra-bong-2025?lang=en"] {
            let page = dashboard.answer(target)
            #expect(page.status == 200, "\(target)")
            // (The national page names kinds of body by their id when communes name them differently.)
            if target != "/" { #expect(page.body.contains(Self.inert), "\(target)") }
            #expect(!page.body.contains("<script"), "\(target)")
            #expect(!page.body.contains("<img"), "\(target)")
            let control = page.body.unicodeScalars.first { $0.value == 1 || $0.value == 0x1B || $0.value == 0x7F || $0.value == 0x9B }
            #expect(control == nil, "\(target): U+\(String(control?.value ?? 0, radix: 16))")
        }
        // The CSV keeps the text (it is data) but disarms it for a spreadsheet.
        let csv = dashboard.answer("/csv/tasks?plan=dong-tra-bong-2025")
        #expect(!csv.body.unicodeScalars.contains { $0.value == 1 || $0.value == 0x1B })
    }
}
