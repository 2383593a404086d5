import Foundation
import Testing
import BDHVSCore

/// What a new official and a hostile input found, run as they ran it: files named in every
/// refusal, folders that hold nothing to read, a number of days past any calendar, a place
/// filter that matches nothing, a control character typed into a note.
@Suite struct NewUserEdgeCLITests {
    @Test func planImportNamesTheFileItRefuses() throws {
        let cli = try CLI()
        let text = try cli.write("ke-hoach.docx", "Kế hoạch số 12/KH-UBND\n")
        let refused = try cli.run("plan", "import", text, "--output", cli.path("ke-hoach.yaml"))
        #expect(refused.exitCode == 1)
        #expect(refused.stderrLines == ["<TMP>/ke-hoach.docx:1:1: error: tệp không phải tài liệu Word hoặc Excel (không phải tệp nén ZIP)"])
        #expect(!FileManager.default.fileExists(atPath: cli.path("ke-hoach.yaml")))
        let missing = try cli.run("plan", "import", cli.path("khong-co.xlsx"), "--lang", "en")
        #expect(missing.exitCode == 1)
        #expect(missing.stderrLines == ["<TMP>/khong-co.xlsx:1:1: error: no such file"])
        let noTable = try cli.run("plan", "import", try cli.write("bang.csv", "a;b\n1;2\n"))
        #expect(noTable.exitCode == 1)
        #expect(noTable.stderrLines == [
            "<TMP>/bang.csv:1:1: error: không tìm thấy bảng nhiệm vụ: cần một dòng tiêu đề có cột 'Nội dung' (hoặc 'Nhiệm vụ') và một cột khác như 'Cơ quan chủ trì', 'Thời gian'",
        ])
    }

    @Test func aFolderWithoutPlansOrPackagesIsAnErrorAndMakesNoDatabase() throws {
        let cli = try CLI()
        let folder = cli.path("trong")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try cli.write("trong/ke-hoach.docx", "x")
        let line = "<TMP>/trong:1:1: error: thư mục này không có tệp kế hoạch nào (.yaml hoặc .yml); cần một tệp kế hoạch hoặc thư mục chứa chúng"
        let validate = try cli.run("plan", "validate", folder)
        #expect(validate.exitCode == 1)
        #expect(validate.stdout == "")
        #expect(validate.stderrLines == [line])
        let load = try cli.run("plan", "load", folder)
        #expect(load.exitCode == 1)
        #expect(load.stderrLines == [line])
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
        let packages = try cli.run("package", "import", folder)
        #expect(packages.exitCode == 1)
        #expect(packages.stdoutLines == [
            "<TMP>/trong: từ chối: thư mục '<TMP>/trong' không có gói dữ liệu nào (tệp .bdhvs); cần một gói hoặc thư mục chứa gói",
            "Tổng: nhận 0, không đổi 0, từ chối 1 gói.",
        ])
    }

    @Test func anyNumberOfDaysAheadListsEveryDeadlineAhead() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/dong-tra-bong-2025.yaml").exitCode == 0)
        for days in ["9223372036854775807", "3000000"] {
            let result = try cli.run("task", "list", "--due-within", days, "--as-of", "2025-09-10", "--format", "json")
            #expect(result.exitCode == 0, "\(result)")
            let ids = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]).map { $0["id"] as? String }
            #expect(ids == ["nv5"])
        }
    }

    @Test func aCommuneAndAProvinceThatDoNotGoTogetherAreAnError() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "Plans/viet-hung-2025.yaml").exitCode == 0)
        let result = try cli.run("plan", "status", "--commune", "nghia giang", "--province", "ha noi", "--as-of", "2025-12-31")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines == ["bdhvs: error: không có kế hoạch nào đã nạp thuộc 'nghia giang, ha noi'; có phải là 'Nghĩa Giang, Quảng Ngãi'?"])
        let english = try cli.run("task", "list", "--commune", "Nghĩa Giang", "--province", "Hà Nội", "--lang", "en", "--as-of", "2025-12-31")
        #expect(english.exitCode == 1)
        #expect(english.stderrLines == ["bdhvs: error: no loaded plan is of 'Nghĩa Giang, Hà Nội'; did you mean 'Nghĩa Giang, Quảng Ngãi'?"])
    }

    /// A control character typed into a note is refused (exit 1, nothing recorded), so that
    /// the commune's packages stay importable at the province.
    @Test func aControlCharacterInANoteIsRefusedAndNothingIsRecorded() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        let result = try cli.run("task", "note", "nv1", "Đã họp\u{07}", "--as-of", "2025-12-31", "--by", "Lan")
        #expect(result.exitCode == 1)
        #expect(result.stderrLines == ["bdhvs: error: 'Đã họp␇' có ký tự điều khiển U+0007; hãy xóa ký tự này"])
        let activity = try cli.run("activity", "add", "nv1", "--date", "2025-10-09", "--participants", "3", "--place", "Hội trường\u{1B}[2J",
                                   "--as-of", "2025-12-31", "--lang", "en")
        #expect(activity.exitCode == 1)
        #expect(activity.stderrLines == ["bdhvs: error: 'Hội trường␛[2J' holds the control character U+001B; remove it"])
        let show = try cli.run("task", "show", "nv1", "--as-of", "2025-12-31", "--format", "json")
        let history = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])["history"] as? [Any]
        #expect(history?.isEmpty == true)
    }

    /// A database path that is a folder, or a damaged file, is told in Vietnamese, not with
    /// SQLite's English sentence.
    @Test func aDatabaseThatCannotBeOpenedIsToldInVietnamese() throws {
        let cli = try CLI()
        let folder = cli.path("du-lieu")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let read = try cli.run("plan", "list", "--db", folder)
        #expect(read.exitCode == 2)
        #expect(read.stderrLines == ["bdhvs: error: không mở được cơ sở dữ liệu '<TMP>/du-lieu': lỗi đọc, ghi ổ đĩa (đường dẫn là một thư mục, ổ đĩa hỏng hoặc đã bị rút ra)"])
        let write = try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "--db", folder)
        #expect(write.exitCode == 2)
        #expect(write.stderrLines == ["bdhvs: error: không mở được cơ sở dữ liệu '<TMP>/du-lieu': không mở được tệp (đường dẫn là một thư mục, thư mục chứa tệp không có, hoặc không có quyền)"])
        #expect(StoreError.databaseFailed("database or disk is full").text(.vi)
                == "cơ sở dữ liệu gặp lỗi: ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại; chưa có gì thay đổi")
        #expect(StoreError.databaseFailed("database or disk is full").text(.en) == "the database failed: database or disk is full; nothing was changed")
    }

    /// Filters that cannot match are said, not answered with an empty list: a plan named
    /// with a province it is not of, an activity list from a day after its last, an unknown task.
    @Test func filtersThatCannotMatchAreSaid() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml", "Plans/viet-hung-2025.yaml").exitCode == 0)
        let plan = try cli.run("task", "list", "--plan", "nghia-giang-2025", "--province", "Hà Nội", "--as-of", "2025-12-31")
        #expect(plan.exitCode == 1)
        #expect(plan.stderrLines == ["bdhvs: error: kế hoạch 'nghia-giang-2025' không thuộc 'Hà Nội'"])
        let matching = try cli.run("task", "list", "--plan", "nghia-giang-2025", "--province", "quang ngai", "--as-of", "2025-12-31")
        #expect(matching.exitCode == 0)
        let reversed = try cli.run("activity", "list", "--from", "31/12/2025", "--to", "2025-01-01", "--as-of", "2025-12-31")
        #expect(reversed.exitCode == 1)
        #expect(reversed.stderrLines == ["bdhvs: error: ngày bắt đầu 31/12/2025 sau ngày kết thúc 01/01/2025; hãy đổi chỗ hai ngày"])
        let task = try cli.run("activity", "list", "--task", "nv99", "--plan", "nghia-giang-2025", "--as-of", "2025-12-31", "--lang", "en")
        #expect(task.exitCode == 1)
        #expect(task.stderrLines == ["bdhvs: error: no task 'nv99' in plan 'nghia-giang-2025'"])
        // An unknown name typed in any filter is bad input, exit code 1, as an unknown task is.
        let group = try cli.run("activity", "list", "--group", "xyz", "--plan", "nghia-giang-2025", "--as-of", "2025-12-31")
        #expect(group.exitCode == 1)
        #expect(group.stderrLines.first?.hasPrefix("bdhvs: error: không có nhóm đối tượng 'xyz'") == true)
        let indicator = try cli.run("indicator", "list", "--plan", "khong-co-2025", "--as-of", "2025-12-31")
        #expect(indicator.exitCode == 1)
        #expect(indicator.stderrLines == ["bdhvs: error: chưa nạp kế hoạch 'khong-co-2025'; xem các kế hoạch đã nạp bằng 'bdhvs plan list'"])
    }

    /// A port past 65535 says which ports there are.
    @Test func aPortOutOfRangeSaysTheRange() throws {
        let cli = try CLI()
        let result = try cli.run("serve", "--port", "99999")
        #expect(result.exitCode == 64)
        #expect(result.stderrLines.first == "bdhvs: error: giá trị '99999' của '--port' không hợp lệ; cần một cổng từ 0 đến 65535, ví dụ 8080")
    }

    /// An empty note is refused (it would be a line of history saying nothing), and a
    /// `results --by` that is no level names the levels.
    @Test func anEmptyNoteAndAnUnknownLevelAreRefused() throws {
        let cli = try CLI()
        #expect(try cli.run("plan", "load", "Plans/nghia-giang-2025.yaml").exitCode == 0)
        for note in ["", "   "] {
            let result = try cli.run("task", "note", "nv1", note, "--as-of", "2025-12-31")
            #expect(result.exitCode == 1)
            #expect(result.stderrLines == ["bdhvs: error: ghi chú cho nhiệm vụ 'nv1' không có nội dung; hãy ghi nội dung cần lưu"])
        }
        let show = try cli.run("task", "show", "nv1", "--as-of", "2025-12-31", "--format", "json")
        let history = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])["history"] as? [Any]
        #expect(history?.isEmpty == true)
        let level = try cli.run("results", "--by", "thon", "--as-of", "2025-12-31")
        #expect(level.exitCode == 64)
        #expect(level.stderrLines.first == "bdhvs: error: giá trị 'thon' của '--by' không hợp lệ; cần một trong 'village', 'commune' hoặc 'province'")
    }
}
