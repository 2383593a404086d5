import Foundation
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

/// Exports for other tools: CSV for Excel (BOM, CRLF, RFC 4180), iCalendar for phones
/// (RFC 5545: CRLF, folding at 75 octets, TEXT escaping, one event per deadline, a rule per
/// recurring duty) and the whole plan as JSON.
///
/// By hand, for `Plans/nghia-giang-2026.yaml`: the dated tasks are nv2 "6 tháng đầu năm
/// 2026" (30/06), nv3b "ngày 10/10/2026", nv3c "(10/10)" (10/10), nv4 "Quý I/2026" (31/03),
/// nv5a "Chậm nhất ngày 30/6/2026", nv5b "Từ tháng 3 đến tháng 5/2026" (31/05), nv5c (the
/// province's last class, 30/11), nv5d "Quý II/2026" (30/06), nv6 "Từ tháng 9 đến tháng
/// 12/2026" (31/12), nv7 "Năm 2026" (31/12) and nv10 "Trước ngày 15/12/2026" (strictly
/// before: 14/12); the recurring duties are nv1 "Hằng tháng" (first due 31/01), nv8 "Hằng
/// tuần" (first due Sunday 04/01) and nv9 "Hằng quý" (first due 31/03). nv3a "Theo chỉ đạo
/// của cấp trên" has no date, and the parents nv3 and nv5 are there through their
/// sub-tasks: 14 events. Phòng Văn hóa - Xã hội leads nv2, nv3a, nv5a-d, nv9 and nv10: 7.
@Suite struct ExportTests {}

// MARK: - Helpers

private func nghiaGiang2026Store() throws -> TaskStore {
    let outcome = PlanLoader.load(path: PackageFiles.path("Plans/nghia-giang-2026.yaml"))
    #expect(outcome.diagnostics == [])
    let store = try TaskStore.inMemory()
    _ = try store.load(try #require(outcome.plan), sourcePath: "Plans/nghia-giang-2026.yaml")
    return store
}

// MARK: - CSV

extension ExportTests {
    @Suite struct CSV {
        static let quoting: [(field: String, delimiter: Character, written: String)] = [
            ("Phòng Văn hóa - Xã hội", ",", "Phòng Văn hóa - Xã hội"),
            ("Tập huấn, bồi dưỡng", ",", "\"Tập huấn, bồi dưỡng\""),
            ("Tập huấn, bồi dưỡng", ";", "Tập huấn, bồi dưỡng"),
            ("Tháng 8; tháng 9", ";", "\"Tháng 8; tháng 9\""),
            ("Tháng 8; tháng 9", ",", "Tháng 8; tháng 9"),
            ("Lễ \"phát động\"", ",", "\"Lễ \"\"phát động\"\"\""),
            ("dòng 1\ndòng 2", ",", "\"dòng 1\ndòng 2\""),
            ("dòng 1\r\ndòng 2", ";", "\"dòng 1\r\ndòng 2\""),
            ("", ",", ""),
        ]

        @Test(arguments: quoting)
        func fieldsAreQuotedOnlyWhenTheyMustBe(field: String, delimiter: Character, written: String) {
            #expect(CSVWriter(delimiter: delimiter).field(field) == written)
        }

        static let rows = [
            ["nv1", "Tổ chức Lễ phát động “Bình dân học vụ số”, toàn xã", "Ủy ban nhân dân xã Đông Trà Bồng"],
            ["nv2", "Truyền thông \"sâu rộng\"; mạng xã hội", "Trung tâm Cung ứng dịch vụ công"],
            ["nv3", "Tập huấn\nnhiều buổi\r\nở các thôn", ""],
            ["nv4", "Đồng, ĐƯỜNG; đặc khu", "Công an xã"],
        ]

        @Test(arguments: [",", ";"] as [Character])
        func aBOMCRLFAndRoundTripThroughAStrictReader(delimiter: Character) throws {
            let header = ["id", "title", "lead"]
            let text = CSVWriter(delimiter: delimiter).render(header: header, rows: Self.rows)
            #expect(text.unicodeScalars.first == "\u{FEFF}")
            #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(text.hasSuffix("\r\n"))
            #expect(text.hasPrefix("\u{FEFF}id\(delimiter)title\(delimiter)lead\r\n"))
            let body = String(text.unicodeScalars.dropFirst())
            let records = try readRFC4180(body, delimiter: delimiter.unicodeScalars.first!)
            #expect(records == [header] + Self.rows)
        }

        @Test(arguments: [",", ";"] as [Character])
        func pythonsCSVModuleReadsItBack(delimiter: Character) throws {
            let header = ["id", "title", "lead"]
            let text = CSVWriter(delimiter: delimiter).render(header: header, rows: Self.rows)
            guard let rows = try pythonCSV(text, delimiter: String(delimiter)) else { return }
            #expect(rows == [header] + Self.rows)
        }

        @Test func tasksWithTheirStatus() throws {
            let store = try StoreFixture.store()
            _ = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .done(period: nil), on: isoDate("2025-09-05"),
                                               recordedOn: isoDate("2025-09-05"), by: "Lan"))
            let rows = try store.tasks(PlanScope(plan: "thu-nghiem-2025"), asOf: isoDate("2025-12-31"))
            let records = try readRFC4180(String(CSVWriter().tasks(rows).unicodeScalars.dropFirst()))
            #expect(records.first == ["plan", "id", "parent", "title", "lead", "timeline", "deadline", "tentative", "status", "status_vi",
                                      "days_overdue", "percent", "completed_on", "extended_from", "deliverable"])
            #expect(records.dropFirst().map { $0[1] } == ["nv1", "nv2", "nv2a", "nv2b", "nv3"])
            #expect(records[1] == ["thu-nghiem-2025", "nv1", "", "Tổ chức Lễ phát động", "Ủy ban nhân dân xã Thử Nghiệm", "Tháng 8/2025",
                                   "2025-08-31", "0", "done_late", "Hoàn thành quá hạn", "0", "100", "2025-09-05", "", ""])
            #expect(records[4] == ["thu-nghiem-2025", "nv2b", "nv2", "Tập huấn cho học sinh", "Phòng Văn hóa - Xã hội; Công an xã",
                                   "Theo kế hoạch mở lớp của tỉnh", "", "0", "deadline_unknown", "Chưa xác định thời hạn", "0", "0", "", "", ""])
            #expect(records[5] == ["thu-nghiem-2025", "nv3", "", "Ngày hội toàn dân học tập số", "Phòng Văn hóa - Xã hội",
                                   "Dự kiến ngày 10/10/2025", "2025-10-10", "1", "overdue", "Đang thực hiện quá hạn", "82", "0", "", "", ""])
        }

        @Test func activitiesHaveAColumnPerTargetGroupPresent() throws {
            let store = try StoreFixture.store()
            _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-08-20"), participants: 250,
                                                    groups: [("nguoi-dan", 190), ("can-bo-cong-chuc", 60)],
                                                    title: "Lễ phát động, \"toàn dân\"", place: "Hội trường xã"),
                                      by: "Lan", recordedOn: isoDate("2025-08-20"))
            _ = try store.addActivity(ActivityInput(plan: nil, task: "nv2a", heldOn: isoDate("2025-11-19"), participants: 80,
                                                    groups: [("nguoi-dan", 80)], title: "Tập huấn buổi 1"),
                                      by: "Lan", recordedOn: isoDate("2025-11-19"))
            // A title is one line now; one recorded with a line break before stays, and is quoted.
            try store.write { db in
                try db.execute(sql: "UPDATE activity SET title = 'Tập huấn' || char(10) || 'buổi 1' WHERE title = 'Tập huấn buổi 1'")
            }
            _ = try store.addActivity(ActivityInput(plan: nil, task: "nv3", heldOn: isoDate("2025-10-10"), participants: 2491, unit: .enrolments),
                                      by: "Lan", recordedOn: isoDate("2025-10-10"))
            let report = try store.activities(PlanScope(plan: "thu-nghiem-2025"))
            let text = CSVWriter(delimiter: ";").activities(report)
            let records = try readRFC4180(String(text.unicodeScalars.dropFirst()), delimiter: ";")
            #expect(records == [
                ["plan", "task", "date", "title", "place", "participants", "unit", "village", "running_total", "cbccvc", "nguoi-dan"],
                ["thu-nghiem-2025", "nv1", "2025-08-20", "Lễ phát động, \"toàn dân\"", "Hội trường xã", "250", "người", "", "0", "60", "190"],
                ["thu-nghiem-2025", "nv3", "2025-10-10", "", "", "2491", "lượt", "", "0", "", ""],
                ["thu-nghiem-2025", "nv2a", "2025-11-19", "Tập huấn\nbuổi 1", "", "80", "người", "", "0", "", "80"],
            ])
            #expect(text.contains(";\"Lễ phát động, \"\"toàn dân\"\"\";"))
        }
    }
}

// MARK: - iCalendar

extension ExportTests {
    @Suite struct ICalendar {
        static let escapes: [(String, String)] = [
            ("Họp, bàn; kế hoạch", "Họp\\, bàn\\; kế hoạch"),
            ("C:\\thư mục", "C:\\\\thư mục"),
            ("dòng 1\ndòng 2\r\ndòng 3", "dòng 1\\ndòng 2\\ndòng 3"),
            ("Hạn: 31/12", "Hạn: 31/12"),
        ]

        @Test(arguments: escapes)
        func textIsEscaped(text: String, escaped: String) {
            #expect(ICalendarWriter(name: "x", asOf: isoDate("2026-01-01")).escape(text) == escaped)
        }

        static let lines: [String] = [
            String(repeating: "a", count: 75),
            String(repeating: "a", count: 76),
            "SUMMARY:" + String(repeating: "Đẩy mạnh công tác tuyên truyền sâu rộng ", count: 6),
            "DESCRIPTION:" + String(repeating: "ệ", count: 100),
            "",
        ]

        @Test(arguments: lines)
        func foldingKeepsLinesWithin75OctetsAndUnfoldsBack(line: String) {
            let folded = ICalendarWriter(name: "x", asOf: isoDate("2026-01-01")).fold(line)
            let pieces = folded.components(separatedBy: "\r\n")
            for (index, piece) in pieces.enumerated() {
                #expect(piece.utf8.count <= 75, "piece \(index): \(piece.utf8.count) octets")
                if index > 0 { #expect(piece.hasPrefix(" ")) }
            }
            #expect(pieces.first.map { !$0.hasPrefix(" ") } == true)
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
            #expect(pieces.count == (line.utf8.count <= 75 ? 1 : pieces.count))
            if line.utf8.count == 75 { #expect(pieces.count == 1) }
            if line.utf8.count == 76 { #expect(pieces == [String(repeating: "a", count: 75), " a"]) }
        }

        static let rules: [(RecurrencePeriod, String)] = [
            (.daily, "FREQ=DAILY;UNTIL=20261231"),
            (.weekly, "FREQ=WEEKLY;BYDAY=SU;UNTIL=20261231"),
            (.monthly, "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231"),
            (.quarterly, "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20261231"),
            (.yearly, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31;UNTIL=20261231"),
        ]

        @Test(arguments: rules)
        func eachPeriodIsDueOnItsLastDay(period: RecurrencePeriod, rule: String) {
            #expect(ICalendarWriter(name: "x", asOf: isoDate("2026-01-01")).rule(period, until: isoDate("2026-12-31")) == rule)
        }

        @Test func theEventsOfAPlan() throws {
            let store = try nghiaGiang2026Store()
            let events = try store.calendarEvents(plan: "nghia-giang-2026", agency: nil, asOf: isoDate("2026-03-15"))
            let view = events.map { "\($0.uid) \($0.date.iso) \($0.recurrence?.rawValue ?? "-") \($0.until?.iso ?? "-")" }
            #expect(view == [
                "nghia-giang-2026-nv1@bdhvs 2026-01-31 monthly 2026-12-31",
                "nghia-giang-2026-nv2@bdhvs 2026-06-30 - -",
                "nghia-giang-2026-nv3b@bdhvs 2026-10-10 - -",
                "nghia-giang-2026-nv3c@bdhvs 2026-10-10 - -",
                "nghia-giang-2026-nv4@bdhvs 2026-03-31 - -",
                "nghia-giang-2026-nv5a@bdhvs 2026-06-30 - -",
                "nghia-giang-2026-nv5b@bdhvs 2026-05-31 - -",
                "nghia-giang-2026-nv5c@bdhvs 2026-11-30 - -",
                "nghia-giang-2026-nv5d@bdhvs 2026-06-30 - -",
                "nghia-giang-2026-nv6@bdhvs 2026-12-31 - -",
                "nghia-giang-2026-nv7@bdhvs 2026-12-31 - -",
                // The last week of 2026 (28/12–03/01) ends in 2027: the rule runs until its end.
                // The first is the first week status counts: the plan was issued on 15/01/2026,
                // so the weeks that ended on 04/01 and 11/01 are none of the duty's.
                "nghia-giang-2026-nv8@bdhvs 2026-01-18 weekly 2027-01-03",
                "nghia-giang-2026-nv9@bdhvs 2026-03-31 quarterly 2026-12-31",
                "nghia-giang-2026-nv10@bdhvs 2026-12-14 - -",
            ])
            let first = try #require(events.first)
            #expect(first.summary.hasPrefix("[nv1] Đẩy mạnh công tác tuyên truyền"))
            #expect(first.description.hasPrefix("Chủ trì: Trung tâm Cung ứng dịch vụ công\nThời gian thực hiện: Hằng tháng\nKế hoạch: "))
            #expect(events[1].summary.hasPrefix("Hạn: [nv2] Huy động những người có uy tín"))
        }

        @Test func oneLeadBodysEvents() throws {
            let store = try nghiaGiang2026Store()
            let events = try store.calendarEvents(plan: "nghia-giang-2026", agency: "Phòng VH-XH", asOf: isoDate("2026-03-15"))
            #expect(events.map(\.uid) == ["nv2", "nv5a", "nv5b", "nv5c", "nv5d", "nv9", "nv10"].map { "nghia-giang-2026-\($0)@bdhvs" })
        }

        @Test func aWholeCalendarIsWellFramed() throws {
            let store = try nghiaGiang2026Store()
            let events = try store.calendarEvents(plan: "nghia-giang-2026", agency: nil, asOf: isoDate("2026-03-15"))
            let text = ICalendarWriter(name: "bdhvs nghia-giang-2026", asOf: isoDate("2026-03-15")).render(events)
            let check = CalendarCheck(text)
            #expect(check.problems == [])
            #expect(Array(check.lines.prefix(7)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bdhvs//Binh dan hoc vu so//VI",
                                                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:bdhvs nghia-giang-2026",
                                                     "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"])
            #expect(check.lines.last == "END:VCALENDAR")
            #expect(check.events.count == 14)
            let uids = check.events.flatMap { $0["UID"] ?? [] }
            #expect(uids.count == 14 && Set(uids).count == 14, "one UID per event, all different")
            for event in check.events {
                #expect(event["DTSTAMP"] == ["DTSTAMP:20260315T000000Z"])
                #expect(event["DTSTART"]?.count == 1 && event["DTSTART"]?.first?.hasPrefix("DTSTART;VALUE=DATE:2026") == true)
                #expect(event["DTEND"]?.first?.hasPrefix("DTEND;VALUE=DATE:") == true)
                #expect(event["SUMMARY"]?.count == 1)
            }
            let nv1 = try #require(check.events.first { $0["UID"] == ["UID:nghia-giang-2026-nv1@bdhvs"] })
            #expect(nv1["RRULE"] == ["RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231"])
            #expect(nv1["DTSTART"] == ["DTSTART;VALUE=DATE:20260131"])
            #expect(nv1["DTEND"] == ["DTEND;VALUE=DATE:20260201"])
            // Unfolded and unescaped, the summary is the title with its diacritics and commas.
            #expect(CalendarCheck.textValue(nv1["SUMMARY"]?.first ?? "") == "[nv1] Đẩy mạnh công tác tuyên truyền sâu rộng trên các "
                + "phương tiện thông tin đại chúng, Cổng thông tin điện tử xã, hệ thống truyền thanh, các nền tảng về chuyển đổi số và Phong trào")
            #expect(nv1["SUMMARY"]?.first?.contains("đại chúng\\, Cổng") == true)
            let description = CalendarCheck.textValue(nv1["DESCRIPTION"]?.first ?? "")
            #expect(description.hasPrefix("Chủ trì: Trung tâm Cung ứng dịch vụ công\nThời gian thực hiện: Hằng tháng\nKế hoạch: "))
            let nv2 = try #require(check.events.first { $0["UID"] == ["UID:nghia-giang-2026-nv2@bdhvs"] })
            #expect(nv2["RRULE"] == nil, "a dated task does not recur")
        }

        @Test func pythonsIcalendarReadsTheEvents() throws {
            guard Subprocess.run(["python3", "-c", "import icalendar"])?.status == 0 else { return }
            let store = try nghiaGiang2026Store()
            let events = try store.calendarEvents(plan: "nghia-giang-2026", agency: nil, asOf: isoDate("2026-03-15"))
            let text = ICalendarWriter(name: "bdhvs nghia-giang-2026", asOf: isoDate("2026-03-15")).render(events)
            let directory = try StoreFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("lich.ics")
            try Data(text.utf8).write(to: file)
            let script = """
                import icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
                events = list(cal.walk("VEVENT"))
                print(len(events))
                print(events[0]["SUMMARY"])
                print(events[0]["RRULE"].to_ical().decode())
                """
            let result = try #require(Subprocess.run(["python3", "-c", script, file.path]))
            #expect(result.status == 0, "\(result.error)")
            let lines = result.output.components(separatedBy: "\n")
            #expect(lines.first == "14")
            #expect(lines.count > 2 && lines[1].hasPrefix("[nv1] Đẩy mạnh công tác tuyên truyền sâu rộng trên các phương tiện thông tin đại chúng, Cổng"))
            #expect(lines.count > 2 && lines[2] == "FREQ=MONTHLY;UNTIL=20261231;BYMONTHDAY=-1")
        }
    }
}

// MARK: - JSON

extension ExportTests {
    @Suite struct JSON {
        @Test func theWholePlanWithItsStatus() throws {
            let store = try StoreFixture.store()
            _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-08-20"), participants: 250),
                                      by: "Lan", recordedOn: isoDate("2025-08-20"))
            let text = try JSONOutput.render(try store.planExport(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31")))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["format", "plan", "as_of", "status", "tasks", "activities"])
            #expect(object["format"] as? Int == 1)
            #expect(object["as_of"] as? String == "2025-12-31")
            #expect((object["plan"] as? [String: Any])?["id"] as? String == "thu-nghiem-2025")
            #expect(((object["status"] as? [String: Any])?["counts"] as? [String: Int])?["overdue"] == 2)
            #expect((object["tasks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["nv1", "nv2", "nv2a", "nv2b", "nv3"])
            #expect((object["activities"] as? [[String: Any]])?.first?["participants"] as? Int == 250)
        }
    }
}
