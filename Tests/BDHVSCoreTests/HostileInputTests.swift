import Foundation
import Testing
@testable import BDHVSCore

// Bad input from issue 10: bytes that are not text, characters YAML refuses, quotes that
// swallow the file, files that are not files, and numbers past what the model holds. Each
// is a located error with a clear message; none crashes.

/// The English lines of checking `bytes` as `plan.yaml`.
private func lines(_ bytes: [UInt8]) -> [String] {
    PlanLoader.check(data: Data(bytes), file: PlanFixture.fileName).diagnostics.map(\.description)
}

/// `location: error: message` at `marker` of `marked`.
private func line(_ marked: MarkedText, _ marker: String, _ message: String) -> String {
    let location = marked.location(marker)
    return "\(location.file):\(location.line):\(location.column): error: \(message)"
}

/// `location: error: message` at 1️⃣ of `marked`.
private func line(_ marked: MarkedText, _ message: String) -> String { line(marked, "1️⃣", message) }

@Suite struct HostileInputTests {
    // MARK: - Bytes and characters

    /// A NUL byte is placed where it is, columns counting characters, not bytes (libyaml's
    /// offset used as bytes put a NUL at 13:9 at 9:62).
    @Test func nulByteIsPlacedWhereItIs() {
        let marked = MarkedText(PlanFixture.variant("    name: Công an xã", "    name: Công an 1️⃣\u{0}xã"))
        #expect(lines(Array(marked.text.utf8))
            == [line(marked, "the control character U+0000 (NUL) is not allowed in a plan file; delete it or write it as an escape in double quotes")])
        #expect(marked.positions["1️⃣"]! == (21, 19))
    }

    @Test func bellAfterVietnameseTextIsPlacedWhereItIs() {
        let marked = MarkedText(PlanFixture.variant("title: Tập huấn kỹ năng số", "title: Tập huấn kỹ năng 1️⃣\u{7}số"))
        let outcome = PlanLoader.check(data: Data(marked.text.utf8), file: PlanFixture.fileName)
        #expect(outcome.diagnostics.map(\.description)
            == [line(marked, "the control character U+0007 (BEL) is not allowed in a plan file; delete it or write it as an escape in double quotes")])
        #expect(outcome.diagnostics.first?.message.text(.vi)
            == "ký tự điều khiển U+0007 (BEL) không được phép có trong tệp kế hoạch; hãy xóa đi hoặc viết dưới dạng mã thoát trong ngoặc kép")
    }

    /// Bytes that are not UTF-8 are reported where they are, not at 1:1.
    @Test func invalidUTF8IsPlacedWhereItIs() {
        let marked = MarkedText(PlanFixture.variant("province: Quảng Ngãi", "province: Quảng 1️⃣Ngãi"))
        var bytes = Array(marked.text.utf8)
        // "Ngãi" becomes "N" + 0xE3 + "gãi": a lead byte with no continuation.
        let at = bytes.firstIndex(of: UInt8(ascii: "N"))!
        var index = at
        while !(bytes[index] == UInt8(ascii: "N") && bytes[index + 1] == UInt8(ascii: "g") && bytes[index + 2] == 0xC3) { index += 1 }
        bytes[index] = 0xE3
        #expect(lines(bytes) == [line(marked, "the file is not UTF-8 text: byte 0xE3 here is not UTF-8; save it as UTF-8")])
    }

    /// A "\0" escape in a title would be stored cut at the NUL: it is refused where the
    /// escape is written.
    @Test func escapedNulInATitleIsRefusedAtTheEscape() {
        let marked = MarkedText(PlanFixture.variant("title: Tổ chức Lễ phát động", #"title: "Tổ chức 1️⃣\0Lễ phát động""#))
        #expect(lines(Array(marked.text.utf8)) == [line(marked, "'title' contains the control character U+0000 (NUL); plan text may not hold control characters")])
    }

    @Test func escapedEscapeInAnAgencyNameIsRefused() {
        let marked = MarkedText(PlanFixture.variant("    name: Công an xã", #"    name: "C\u00f4ng an 1️⃣\x1b[31mxã""#))
        #expect(lines(Array(marked.text.utf8))
            == [line(marked, "'name' contains the control character U+001B (ESC); plan text may not hold control characters")])
    }

    /// A line break is kept in long texts and refused in a title, where it is.
    @Test func lineBreakOnlyInLongTexts() {
        let title = MarkedText(PlanFixture.variant("    title: Ngày hội toàn dân học tập số", "    title: |\n      Ngày hội1️⃣\n      toàn dân"))
        #expect(lines(Array(title.text.utf8)) == [line(title, "'title' contains a line break; write it on one line (only long texts such as 'description' and 'note' may have several)")])
        let note = PlanFixture.variant("    title: Ngày hội toàn dân học tập số", "    title: Ngày hội\n    note: |\n      Dòng một.\n      Dòng hai.")
        let outcome = PlanFixture.check(note)
        #expect(outcome.diagnostics.map(\.description) == [])
        #expect(outcome.plan?.tasks.last?.note == "Dòng một.\nDòng hai.\n")
    }

    // MARK: - Quotes, merge keys, files

    /// An unclosed quote in the middle of a real plan makes libyaml read on to the next
    /// quote far below; the error is where the quote opens.
    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        let plan = try PackageFiles.text("Plans/dong-tra-bong-2025.yaml")
        let old = "    title: Tổ chức Lễ phát động"
        let marked = MarkedText(plan.replacingOccurrences(of: old, with: "    title: 1️⃣\"Tổ chức Lễ phát động"))
        let diagnostics = PlanLoader.check(text: marked.text, file: PlanFixture.fileName).diagnostics
        #expect(diagnostics.count == 1)
        let first = try #require(diagnostics.first)
        #expect(first.location == marked.location())
        #expect(first.message.id == "yaml.unclosed-quote")
        #expect(first.message.text(.en).hasPrefix("the quote \" opened here is not closed on its line, so the text runs on to line "))
        #expect(first.message.text(.vi).hasPrefix("dấu \" mở tại đây không được đóng trên cùng dòng"))
    }

    /// A merge key is named as such, not as the keys it would have brought.
    @Test func mergeKeyIsNamed() {
        let marked = MarkedText(PlanFixture.variant("  - id: ca\n    name: Công an xã\n", "  - id: ca\n    1️⃣<<: {name: Công an xã}\n"))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description)
            == [line(marked, "merge keys ('<<') are not supported in agency 'ca'; write the keys out")])
    }

    /// An alias is refused at its place before it is copied: aliases of aliases, seven levels
    /// of ten in 700 bytes, copied for minutes, and a plain alias was taken as its value.
    @Test func aliasesAreRefusedUnread() {
        let marked = MarkedText(PlanFixture.variant("    title: Tổ chức Lễ phát động\n", "    title: &t Tổ chức Lễ phát động\n    note: 1️⃣*t\n"))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description)
            == [line(marked, "YAML alias '*t' is not allowed in a plan; write the value out instead")])
        var laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let diagnostics = PlanLoader.check(text: laughs, file: "cuoi.yaml").diagnostics
        #expect(diagnostics.map(\.description) == ["cuoi.yaml:2:10: error: YAML alias '*a0' is not allowed in a plan; write the value out instead"])
        #expect(diagnostics.first?.message.text(.vi) == "không được dùng bí danh YAML '*a0' trong kế hoạch; hãy viết thẳng giá trị")
    }

    @Test func symbolicLinkLoopIsNamed() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.yaml").path, b = directory.appendingPathComponent("b.yaml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let outcome = PlanLoader.load(path: a)
        #expect(outcome.diagnostics.map(\.description)
            == ["\(a):1:1: error: the file is a symbolic link that loops back on itself; expected a plan file"])
        #expect(outcome.diagnostics.first?.message.text(.vi) == "tệp là liên kết tượng trưng trỏ vòng về chính nó; cần một tệp kế hoạch")
    }

    @Test func folderIsNamed() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let diagnostics = PlanLoader.load(path: directory.path).diagnostics
        #expect(diagnostics.map(\.description)
            == ["\(directory.path):1:1: error: this folder holds no plan file (.yaml or .yml); expected a plan file or a folder of them"])
        #expect(diagnostics.first?.message.text(.vi)
            == "thư mục này không có tệp kế hoạch nào (.yaml hoặc .yml); cần một tệp kế hoạch hoặc thư mục chứa chúng")
    }

    /// A folder with no plan file stands for itself, so that checking it is an error, not
    /// a success that checked nothing; plan files are found in any case of their extension.
    @Test func folderWithoutPlansIsKeptAndExtensionsIgnoreCase() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("trong").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: empty + "/ke-hoach.docx"))
        #expect(PlanFiles.expand([empty]) == [empty])
        let plans = directory.appendingPathComponent("co").path
        try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
        for name in ["B.YAML", "a.yml", "c.Yaml", "d.txt"] { try Data().write(to: URL(fileURLWithPath: plans + "/" + name)) }
        #expect(PlanFiles.expand([plans, empty]) == [plans + "/B.YAML", plans + "/a.yml", plans + "/c.Yaml", empty])
    }

    /// Plans are found in folders at any depth, in the order of their paths below the folder
    /// named; a link to a folder is not followed (a link to its own folder would loop), and a
    /// file named only ".yaml" is hidden, not a plan.
    @Test func plansBelowNestedFoldersWithoutFollowingLinks() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = directory.appendingPathComponent("toan-quoc").path
        for folder in ["quang-ngai/nghia-giang", "an-giang", "rong"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for name in ["quang-ngai/nghia-giang/2025.yaml", "quang-ngai/tinh.yml", "quang-ngai/Q.YmL", "an-giang/x1.yaml", "an-giang/.yaml",
                     "an-giang/.yml", "an-giang/yaml", "an-giang/x.yaml.txt", "z.YAML"] {
            try Data().write(to: URL(fileURLWithPath: root + "/" + name))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/an-giang/vong", withDestinationPath: root)
        let expected = ["an-giang/x1.yaml", "quang-ngai/Q.YmL", "quang-ngai/nghia-giang/2025.yaml", "quang-ngai/tinh.yml", "z.YAML"].map { root + "/" + $0 }
        #expect(PlanFiles.expand([root]) == expected)
        #expect(PlanFiles.expand([root + "/"]) == expected)
    }

    // MARK: - Numbers

    /// Estimates past Int64 do not trap: each is out of range, and their sum is not added.
    @Test func estimatesPastTheLimitAreOutOfRange() {
        let marked = MarkedText(PlanFixture.variant([
            ("      estimate: 5000000", "      estimate: 1️⃣9223372036854775807"),
            ("    timeline: Dự kiến ngày 10/10/2025\n", "    timeline: Dự kiến ngày 10/10/2025\n    budget:\n      estimate: 2️⃣9223372036854775807\n"),
            ("  total: 5000000", "  total: 3️⃣5000000"),
        ]))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description) == [
            line(marked, "1️⃣", "'estimate' must be between 0 and 1,000,000,000,000,000, found 9223372036854775807"),
            line(marked, "2️⃣", "'estimate' must be between 0 and 1,000,000,000,000,000, found 9223372036854775807"),
            line(marked, "3️⃣", "the task estimates add up to more than 9.223.372.036.854.775.807 đồng; check the estimates"),
        ])
    }

    /// Targets that trapped ("Double value cannot be converted to Int") or loaded as 0.
    @Test(arguments: ["-9223372036854775808", "-1e30", "1e30", "99999999999999999999999", "1e309"])
    func indicatorTargetOutOfRange(_ value: String) {
        let marked = MarkedText(PlanFixture.variant("agencies:\n", """
            indicators:
              - id: a
                name: A
                kind: count
                target: 1️⃣\(value)
            agencies:

            """))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description)
            == [line(marked, "'target' must be between 0 and 1,000,000,000,000, found \(value)")])
    }

    // MARK: - Every problem at once

    /// A missing 'format' used to hide every other problem of the file.
    @Test func missingFormatHidesNothing() {
        let marked = MarkedText(PlanFixture.variant([
            ("format: 1\n", ""), ("id: thu-nghiem-2025", "1️⃣id: thu-nghiem-2025"),
            ("    lead: ubnd\n", "    lead: 2️⃣vhx\n"), ("timeline: Tháng 8/2025", "timeline: 3️⃣Tháng 13/2025"),
        ]))
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description) == [
            line(marked, "1️⃣", "missing required key 'format' in the plan"),
            line(marked, "2️⃣", "unknown agency 'vhx'; did you mean 'vhxh' (Phòng Văn hóa - Xã hội)?"),
            line(marked, "3️⃣", "impossible date 'Tháng 13/2025': there is no month 13; months run from 1 to 12"),
        ])
    }

    // MARK: - Vietnamese

    /// Each kind of finding in Vietnamese, the default language of the command line.
    @Test func findingsSpeakVietnamese() {
        let marked = MarkedText(PlanFixture.variant([
            ("format: 1", "1️⃣format: 1"), ("title: Kế hoạch", "2️⃣titel: Kế hoạch"), ("year: 2025", "year: 3️⃣năm 2025"),
            ("commune_kind: xã", "commune_kind: 4️⃣xa"), ("    lead: ubnd\n", "    lead: 5️⃣vhx\n"),
            ("  total: 5000000", "  total: 6️⃣6000000"),
        ]))
        let vietnamese = PlanFixture.check(marked.text).diagnostics.map { $0.rendered(.vi) }
        func vi(_ marker: String, _ message: String) -> String {
            let location = marked.location(marker)
            return "\(location.file):\(location.line):\(location.column): error: \(message)"
        }
        #expect(vietnamese == [
            vi("1️⃣", "thiếu khóa bắt buộc 'title' trong kế hoạch"),
            vi("2️⃣", "khóa 'titel' không hợp lệ trong kế hoạch; có phải là 'title'?"),
            vi("4️⃣", "'commune_kind' phải là một trong 'xã', 'phường', 'đặc khu', nhận được văn bản 'xa'; có phải là 'xã'?"),
            vi("3️⃣", "'year' phải là số nguyên, nhận được văn bản 'năm 2025'"),
            vi("5️⃣", "không có cơ quan 'vhx'; có phải là 'vhxh' (Phòng Văn hóa - Xã hội)?"),
            vi("6️⃣", "tổng kinh phí 6.000.000 đồng không bằng tổng dự toán của các nhiệm vụ, 5.000.000 đồng"),
        ])
    }

    @Test func yamlProblemsSpeakVietnamese() {
        let duplicate = MarkedText(PlanFixture.variant("province: Quảng Ngãi\n", "province: Quảng Ngãi\n1️⃣province: Quảng Nam\n"))
        #expect(PlanFixture.check(duplicate.text).diagnostics.map { $0.message.text(.vi) } == ["khóa 'province' bị lặp; khóa này đã được đặt ở dòng 6"])
        #expect(PlanFixture.check("").diagnostics.map { $0.message.text(.vi) } == ["tệp trống; cần một kế hoạch bắt đầu bằng 'format: 1'"])
        let tab = PlanFixture.variant("  - id: ca\n    name: Công an xã", "  - id: ca\n\tname: Công an xã")
        #expect(PlanFixture.check(tab).diagnostics.map { $0.message.text(.vi) }
            == ["dòng này thụt lề bằng phím Tab; YAML chỉ cho phép thụt lề bằng dấu cách: hãy thay mỗi Tab bằng dấu cách"])
        // An unclosed '[' at the end of a file: libyaml's context, a flow node "starting" at
        // the end of the file where the problem is, says nothing more and is left out; a
        // context before the problem is said.
        let unclosed = PlanFixture.check("format: 1\nplan:\n  title: [\n").diagnostics
        #expect(unclosed.map { $0.message.text(.vi) } == ["YAML không hợp lệ: không thấy giá trị như mong đợi"])
        #expect(unclosed.map { "\($0.location.line):\($0.location.column)" } == ["3:11"])
        #expect(PlanFixture.check("format: 1\ntitle: [a, b\nyear: 2025\n").diagnostics.map { $0.message.text(.en) }
            == ["invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 8)"])
        // Nesting past libyaml's limit (1,000 levels) is refused at the outermost '['.
        let deep = "format: 1\ntitle: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        let nested = PlanFixture.check(deep).diagnostics
        #expect(nested.map { $0.message.text(.vi) } == ["YAML không hợp lệ: các giá trị lồng nhau quá 1.000 cấp"])
        #expect(nested.map { "\($0.location.line):\($0.location.column)" } == ["2:9"])
        #expect(nested.map { $0.message.text(.en) } == ["invalid YAML: values are nested more than 1,000 levels deep"])
    }
}
