import Foundation
import Testing
import BDHVSTestSupport

// MARK: - Exports

extension ReportCLITests {
    @Suite struct Exports {
        @Test func csvOfTasksForExcel() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("export", dongTraBongID, "--format", "csv", "--as-of", "2025-12-31", "--output", cli.path("nhiem-vu.csv"))
            #expect(result.succeeded, "\(result)")
            let data = try cli.bytes("nhiem-vu.csv")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a BOM")
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.enumerated().contains { index, scalar in
                scalar == "\n" && Array(text.unicodeScalars)[index - 1] != "\r"
            }, "every line ends with CRLF")
            let rows = try #require(rfc4180(String(text.unicodeScalars.dropFirst()), delimiter: ","))
            #expect(rows.count == 8)
            #expect(rows.map { $0[1] } == ["id", "nv1", "nv2", "nv3", "nv3a", "nv3b", "nv4", "nv5"])
            #expect(rows[1] == [dongTraBongID, "nv1", "", "Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn toàn xã",
                                "Ủy ban nhân dân xã Đông Trà Bồng", "Tháng 8/2025", "2025-08-31", "0", "done_late", "Hoàn thành quá hạn",
                                "0", "100", "2025-09-03", "", ""])
            #expect(rows[7] == [dongTraBongID, "nv5", "", "Tổ chức tuyên truyền “Ngày hội toàn dân học tập số” vào Ngày Chuyển đổi số quốc gia (10/10) tại địa phương",
                                "Phòng Văn hóa - Xã hội", "Dự kiến ngày 10/10/2025", "2025-10-10", "1", "overdue", "Đang thực hiện quá hạn",
                                "82", "60", "", "", ""])
            #expect(rows[5][1] == "nv3b" && rows[5][2] == "nv3" && rows[5][4] == "Phòng Văn hóa - Xã hội")
            // Titles with commas are quoted.
            #expect(text.contains(#",nv2,,"Thực hiện truyền thông sâu rộng trên các phương tiện thông tin đại chúng, cổng/trang"#))
            if let python = try pythonCSVRows(cli.path("nhiem-vu.csv"), delimiter: ",") {
                #expect(python == rows)
            }
        }

        @Test func csvWithSemicolonsAndOneBodysTasks() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("export", dongTraBongID, "--format", "csv", "--delimiter", ";", "--agency", "Phòng VH-XH",
                                     "--as-of", "2025-12-31", "--output", cli.path("vhxh.csv"))
            #expect(result.succeeded, "\(result)")
            let text = String(decoding: try cli.bytes("vhxh.csv"), as: UTF8.self)
            #expect(text.hasPrefix("\u{FEFF}plan;id;parent;title;lead;timeline;deadline;tentative;status;status_vi;days_overdue;percent;completed_on;extended_from;deliverable\r\n"))
            let rows = try #require(rfc4180(String(text.unicodeScalars.dropFirst()), delimiter: ";"))
            #expect(rows.dropFirst().map { $0[1] } == ["nv3a", "nv3b", "nv4", "nv5"])
            #expect(rows.allSatisfy { $0.count == 15 })
            #expect(rows[3][4] == "Phòng Văn hóa - Xã hội; Công an xã")
            #expect(text.contains(";\"Phòng Văn hóa - Xã hội; Công an xã\";"), "a field holding ';' is quoted")
            if let python = try pythonCSVRows(cli.path("vhxh.csv"), delimiter: ";") {
                #expect(python == rows)
            }
            let bad = try cli.run("export", dongTraBongID, "--format", "csv", "--delimiter", "|")
            #expect(bad.exitCode == 64)
            #expect(bad.stderrLines.first == "bdhvs: error: giá trị '|' của '--delimiter' không hợp lệ; cần một trong ',' hoặc ';'")
        }

        @Test func csvOfActivitiesHasAColumnPerTargetGroup() throws {
            let cli = try CLI.dongTraBongYear()
            let text = try cli.ok("export", dongTraBongID, "--format", "csv", "--activities", "--as-of", "2026-01-10").stdout
            let rows = try #require(rfc4180(String(text.unicodeScalars.dropFirst()), delimiter: ","))
            #expect(rows == [
                ["plan", "task", "date", "title", "place", "participants", "unit", "village", "running_total", "cbccvc", "nguoi-dan"],
                [dongTraBongID, "nv1", "2025-09-03", "Lễ phát động", "Hội trường xã", "250", "người", "", "0", "60", "190"],
                [dongTraBongID, "nv3a", "2025-11-19", "Tập huấn kỹ năng số cơ bản cho người dân", "Nhà văn hóa các thôn", "1205", "người", "", "0", "", "1205"],
                [dongTraBongID, "nv3b", "2025-11-25", "Lớp bồi dưỡng kỹ năng số cho cán bộ, công chức", "Hội trường xã", "45", "người", "", "0", "45", ""],
                [dongTraBongID, "nv4", "2025-12-06", "Học trên nền tảng “Bình dân học vụ số”", "", "2491", "lượt", "", "0", "", ""],
                [dongTraBongID, "nv3a", "2026-01-08", "Tập huấn đầu năm 2026", "", "80", "người", "", "0", "", "80"],
            ])
            let ubnd = try cli.ok("export", dongTraBongID, "--format", "csv", "--activities", "--agency", "ubnd", "--as-of", "2026-01-10").stdout
            #expect(ubnd == "\u{FEFF}plan,task,date,title,place,participants,unit,village,running_total,cbccvc,nguoi-dan\r\n"
                + "\(dongTraBongID),nv1,2025-09-03,Lễ phát động,Hội trường xã,250,người,,0,60,190\r\n")
            let misuse = try cli.run("export", dongTraBongID, "--format", "ics", "--activities")
            #expect(misuse.exitCode == 64)
        }

        @Test
        func csvOfActivitiesStopsAtTheAsOfDate() throws {
            let cli = try CLI.dongTraBongYear()
            let text = try cli.ok("export", dongTraBongID, "--format", "csv", "--activities", "--as-of", "2025-12-31").stdout
            #expect(!text.contains("2026-01-08"))
            #expect(text.components(separatedBy: "\r\n").count == 1 + 4 + 1)
        }

        @Test func icsOfNghiaGiang() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.nghiaGiang)
            let result = try cli.run("export", "nghia-giang-2026", "--format", "ics", "--as-of", "2026-03-15", "--output", cli.path("lich.ics"))
            #expect(result.succeeded, "\(result)")
            let text = String(decoding: try cli.bytes("lich.ics"), as: UTF8.self)
            let (lines, problems) = unfoldICS(text)
            #expect(problems == [])
            #expect(text.components(separatedBy: "\r\n").contains { $0.hasPrefix(" ") }, "long lines are folded")
            #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
            #expect(lines.contains("VERSION:2.0"))
            #expect(lines.contains { $0.hasPrefix("PRODID:") })
            let uids = lines.filter { $0.hasPrefix("UID:") }
            #expect(uids.count == 14 && Set(uids).count == 14)
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 14)
            #expect(lines.filter { $0 == "DTSTAMP:20260315T000000Z" }.count == 14)
            #expect(lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }.count == 14)
            let nv1 = lines.drop { $0 != "UID:nghia-giang-2026-nv1@bdhvs" }.prefix { $0 != "END:VEVENT" }
            #expect(nv1.contains("DTSTART;VALUE=DATE:20260131"))
            #expect(nv1.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231"))
            let summary = try #require(nv1.first { $0.hasPrefix("SUMMARY:") })
            #expect(icsText(summary.dropFirst(8)) == "[nv1] Đẩy mạnh công tác tuyên truyền sâu rộng trên các phương tiện thông tin đại chúng, "
                + "Cổng thông tin điện tử xã, hệ thống truyền thanh, các nền tảng về chuyển đổi số và Phong trào")
            let nv9 = lines.drop { $0 != "UID:nghia-giang-2026-nv9@bdhvs" }.prefix { $0 != "END:VEVENT" }
            #expect(nv9.contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20261231"))
            let nv10 = lines.drop { $0 != "UID:nghia-giang-2026-nv10@bdhvs" }.prefix { $0 != "END:VEVENT" }
            #expect(nv10.contains("DTSTART;VALUE=DATE:20261214"))
            #expect(!nv10.contains { $0.hasPrefix("RRULE") })

            if pythonHas("icalendar") {
                let script = """
                    import icalendar, sys
                    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
                    events = list(cal.walk("VEVENT"))
                    print(len(events), len({str(e["UID"]) for e in events}), sum(1 for e in events if "RRULE" in e))
                    """
                let parsed = try #require(runTool(["python3", "-c", script, cli.path("lich.ics")]))
                #expect(parsed.status == 0, "\(parsed.error)")
                #expect(parsed.output == "14 14 3\n")
            }
        }

        @Test func icsOfOneLeadBody() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.nghiaGiang)
            let text = try cli.ok("export", "nghia-giang-2026", "--format", "ics", "--agency", "vhxh", "--as-of", "2026-03-15").stdout
            let (lines, problems) = unfoldICS(text)
            #expect(problems == [])
            #expect(lines.filter { $0.hasPrefix("UID:") } == ["nv2", "nv5a", "nv5b", "nv5c", "nv5d", "nv9", "nv10"].map { "UID:nghia-giang-2026-\($0)@bdhvs" })
            #expect(lines.contains("X-WR-CALNAME:bdhvs nghia-giang-2026 — vhxh"))
            let unknown = try cli.run("export", "nghia-giang-2026", "--format", "ics", "--agency", "Phòng Không Có", "--as-of", "2026-03-15")
            #expect(unknown.exitCode == 1, "\(unknown)")
        }

        @Test func jsonOfTheWholePlan() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("export", dongTraBongID, "--format", "json", "--as-of", "2025-12-31")
            #expect(result.succeeded, "\(result)")
            let export = try object(parseJSON(result))
            #expect(Set(export.keys) == ["format", "plan", "as_of", "status", "tasks", "activities"])
            #expect(export["format"] as? Int == 1)
            #expect(export["as_of"] as? String == "2025-12-31")
            #expect(try object(export["plan"])["id"] as? String == dongTraBongID)
            let counts = try object(try object(export["status"])["counts"])
            #expect(counts as? [String: Int] == ["done_on_time": 0, "done_late": 1, "in_progress": 0, "overdue": 1, "ongoing": 3, "deadline_unknown": 0])
            #expect(try array(export["tasks"]).count == 7)
            let activities = try array(export["activities"]).map { try object($0) }
            #expect(activities.compactMap { $0["date"] as? String } == ["2025-09-03", "2025-11-19", "2025-11-25", "2025-12-06"])
        }
    }
}
