import Foundation
import Testing
@testable import BDHVSCore

/// The frame of a report as officials send it (issue 15, "Form"): the issuer in two lines,
/// "Kính gửi", the opening that names the document that asked for the report, the closing,
/// the signature with a blank name, the Party committee's form, sections left out by the
/// notes, nested quotes and amounts that do not wrap.
@Suite struct ReportFormTests {
    /// A .docx bullet that opens with the plan's number of a task gets no dash ("- 3. …").
    @Test func bulletsThatOpenWithATaskNumber() {
        #expect(ReportNumbering.opensWithNumber("3. Ngày hội toàn dân học tập số"))
        #expect(ReportNumbering.opensWithNumber("3.1. Tập huấn cho người dân"))
        #expect(ReportNumbering.opensWithNumber("II.2. Hoàn thiện thể chế"))
        #expect(!ReportNumbering.opensWithNumber("2.148 người tham gia"))
        #expect(!ReportNumbering.opensWithNumber("Internet cho mọi nhà"))
        #expect(!ReportNumbering.opensWithNumber("IV nhóm"))
        #expect(!ReportNumbering.opensWithNumber("Ủy ban nhân dân xã chủ trì"))
        #expect(!ReportNumbering.opensWithNumber("3."))
    }

    /// The fixture plan with recipients for reporting and a signer without a title.
    static let plan = PlanFixture.variant("\nbudget:\n  sources:", """

        recipients:
          - name: Sở Khoa học và Công nghệ
            for_report: true
          - name: Các thôn trên địa bàn xã
        signer:
          name: Trần Văn Bình
        budget:
          sources:
        """)

    static func report(_ notesText: String = "", plan: String = plan) throws -> ReportDocument {
        let store = try StoreFixture.store(loading: plan)
        let data = try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31"))
        return ReportBuilder(data: data, notes: try ReportNotes.parse(notesText, file: "ghi-chu.yaml")).build()
    }

    static func paragraphs(_ report: ReportDocument) -> [String] {
        report.blocks.compactMap { if case .paragraph(let text) = $0 { return text } else { return nil } }
    }

    @Test func theCommitteeFormFromThePlan() throws {
        let report = try Self.report()
        #expect(report.issuer == ["ỦY BAN NHÂN DÂN", "XÃ THỬ NGHIỆM"])
        #expect(report.addressees == ["Sở Khoa học và Công nghệ"])
        #expect(report.addressLines(.vi) == ["Kính gửi: Sở Khoa học và Công nghệ."])
        #expect(report.recipients == ["Như trên;", "Lưu: VT."])
        #expect(report.signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Văn Bình"])
        let paragraphs = Self.paragraphs(report)
        #expect(paragraphs.first == "Thực hiện [Cán bộ bổ sung: văn bản yêu cầu báo cáo (số, ngày, cơ quan ban hành)], UBND xã Thử Nghiệm "
            + "báo cáo kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025 (số liệu tính đến ngày 31 tháng 12 năm 2025) như sau:")
        #expect(paragraphs.last == "Trên đây là báo cáo kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025; UBND xã Thử Nghiệm kính báo cáo./.")
    }

    @Test func theNotesNameTheRequestTheAddresseesAndADeputySignerWithoutAName() throws {
        let report = try Self.report("""
            requested_by: Công văn số 166-CV/ĐU ngày 06/11/2025 của Đảng ủy xã Thử Nghiệm
            to:
              - Sở Khoa học và Công nghệ
              - Thường trực Đảng ủy xã
            signer:
              authority: KT. CHỦ TỊCH
            """)
        #expect(Self.paragraphs(report).first?.hasPrefix("Thực hiện Công văn số 166-CV/ĐU ngày 06/11/2025 của Đảng ủy xã Thử Nghiệm, UBND xã Thử Nghiệm báo cáo") == true)
        #expect(report.addressLines(.vi) == ["Kính gửi:", "- Sở Khoa học và Công nghệ;", "- Thường trực Đảng ủy xã."])
        #expect(report.signature == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "[Họ và tên người ký]"], "a missing name is a blank, not an error")
    }

    @Test func thePartyCommitteeForm() throws {
        let report = try Self.report("""
            form: party
            issuer: [ĐẢNG BỘ THÀNH PHỐ HÀ NỘI, ĐẢNG ỦY PHƯỜNG VIỆT HƯNG, "*"]
            number: 120-BC/ĐU
            to: [Ban Tuyên giáo và Dân vận Thành ủy]
            signer: {title: Phó Bí thư, name: Nguyễn Thị Hoa}
            """)
        #expect(report.issuer == ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG VIỆT HƯNG", "*"])
        #expect(report.issuer.indices.map(report.issuerIsBold) == [false, true, false], "the superior upright, the committee bold")
        #expect(report.form == .party)
        #expect(report.motto == ["ĐẢNG CỘNG SẢN VIỆT NAM"])
        #expect(report.number == "Số 120-BC/ĐU")
        #expect(report.addressees == [], "a Party report names them in its closing")
        #expect(Self.paragraphs(report).last == "Trên đây là báo cáo kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025 của "
            + "Đảng ủy xã Thử Nghiệm, kính gửi Ban Tuyên giáo và Dân vận Thành ủy./.")
        #expect(report.recipients == ["Ban Tuyên giáo và Dân vận Thành ủy;", "Lưu: VT."])
        #expect(report.signature == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "Nguyễn Thị Hoa"])
    }

    /// Seed 004's header by default (Hướng dẫn 36-HD/VPTW): the provincial Party organisation
    /// upright, the commune's committee bold, "*" under it, "Số …-BC/ĐU"; the motto
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" underlined, the place and date italic; "T/M BAN THƯỜNG VỤ".
    @Test func thePartyHeaderByDefaultInEveryFormat() throws {
        let report = try Self.report("form: party\nissuer: [ĐẢNG ỦY XÃ THỬ NGHIỆM]\n")
        #expect(report.issuer == ["ĐẢNG ỦY XÃ THỬ NGHIỆM", "*"], "a '*' is added under the committee's name")
        #expect(report.superiorLines == 0)
        let byDefault = try Self.report("form: party\n")
        #expect(byDefault.issuer == ["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "ĐẢNG ỦY XÃ THỬ NGHIỆM", "*"])
        #expect(byDefault.superiorLines == 1)
        #expect(byDefault.number == "Số \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}-BC/ĐU")
        #expect(byDefault.signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "[Họ và tên người ký]"], "the plan's signer is the committee's")

        let markdown = MarkdownRenderer().render(byDefault).components(separatedBy: "\n")
        #expect(Array(markdown.prefix(6)) == ["ĐẢNG BỘ TỈNH QUẢNG NGÃI  ", "**ĐẢNG ỦY XÃ THỬ NGHIỆM**  ", "\\*  ",
                                              "Số \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}-BC/ĐU", "", "<u>**ĐẢNG CỘNG SẢN VIỆT NAM**</u>"])
        #expect(markdown[7] == "*Thử Nghiệm, ngày 31 tháng 12 năm 2025*")
        #expect(markdown.contains("<u>Nơi nhận:</u>"))
        #expect(markdown.contains("**T/M BAN THƯỜNG VỤ**  "))

        let html = HTMLRenderer().render(byDefault)
        #expect(html.contains("<td><p class=\"superior\">ĐẢNG BỘ TỈNH QUẢNG NGÃI</p><p class=\"issuer\">ĐẢNG ỦY XÃ THỬ NGHIỆM</p><p class=\"superior\">*</p><p>Số "))
        #expect(html.contains("<td><p class=\"motto party\">ĐẢNG CỘNG SẢN VIỆT NAM</p>\n<p class=\"date\">Thử Nghiệm, ngày 31 tháng 12 năm 2025</p></td>"))
        #expect(!html.contains("───"), "no rules: the '*' and the underline take their place")
        #expect(html.contains("<p><u>Nơi nhận:</u></p>"))

        let xml = DocxWriter().document(byDefault)
        #expect(xml.contains("<w:r><w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">ĐẢNG BỘ TỈNH QUẢNG NGÃI</w:t>"))
        #expect(xml.contains("<w:r><w:rPr><w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">ĐẢNG ỦY XÃ THỬ NGHIỆM</w:t>"))
        #expect(xml.contains("<w:rPr><w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">ĐẢNG CỘNG SẢN VIỆT NAM</w:t>"))
        #expect(xml.contains("<w:rPr><w:i/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Thử Nghiệm, ngày 31 tháng 12 năm 2025</w:t>"))
        #expect(!xml.contains("───"))
    }

    /// The State's header keeps its rules and its bold issuer; the Sở's superior is upright.
    @Test func theCommitteeHeaderKeepsItsRules() throws {
        let report = try Self.report()
        #expect(report.issuer.indices.map(report.issuerIsBold) == [true, true])
        let html = HTMLRenderer().render(report)
        #expect(html.contains("<td><p class=\"issuer\">ỦY BAN NHÂN DÂN</p><p class=\"issuer\">XÃ THỬ NGHIỆM</p><p class=\"rule\">───────</p>"))
        #expect(html.contains("<p><b><i>Nơi nhận:</i></b></p>"))
    }

    /// Seed 001: a vice-chairman signs on behalf of the committee, from the plan's signer or the notes.
    @Test func aViceChairmanSigningOnBehalfOfTheCommittee() throws {
        let plan = Self.plan.replacingOccurrences(of: "signer:\n  name: Trần Văn Bình", with: "signer:\n  name: Trần Văn Bình\n  title: Phó Chủ tịch\n  on_behalf: true")
        #expect(try Self.report(plan: plan).signature == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Văn Bình"])
        let fromNotes = try Self.report("signer: {authority: KT. CHỦ TỊCH, on_behalf: true}\n")
        #expect(fromNotes.signature == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "[Họ và tên người ký]"])
        let chairman = try Self.report("signer: {name: Lê Văn C, on_behalf: true}\n")
        #expect(chairman.signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Văn C"], "the chairman's line is not doubled")
        let withoutIt = try Self.report("signer: {authority: KT. CHỦ TỊCH}\n")
        #expect(withoutIt.signature == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "[Họ và tên người ký]"], "the default is unchanged")
        let deputy = try Self.report("signer: {title: Phó Chủ tịch, name: Lê Văn D}\n")
        #expect(deputy.signature == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Văn D"], "a deputy signs for the chairman, not 'TM. … / PHÓ CHỦ TỊCH'")
        do {
            _ = try ReportNotes.parse("signer:\n  on_behalf: vâng\n", file: "ghi-chu.yaml")
            Issue.record("accepted")
        } catch let error as ReportNotesError {
            #expect(error.diagnostics.map { $0.rendered(.vi) } == [
                "ghi-chu.yaml:2:14: error: không đọc được 'signer.on_behalf' trong ghi chú; cần true (có) hoặc false (không)"])
        }
    }

    @Test func anUnknownFormIsAnErrorWithItsPlace() {
        do {
            _ = try ReportNotes.parse("form: huyen\n", file: "ghi-chu.yaml")
            Issue.record("accepted")
        } catch let error as ReportNotesError {
            #expect(error.diagnostics.map { $0.rendered(.vi) } == [
                "ghi-chu.yaml:1:7: error: không có hình thức báo cáo 'huyen' trong 'form'; cần 'committee' (Ủy ban nhân dân) hoặc 'party' (Đảng ủy)"])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aKeyGivenAsEmptyLeavesItsSectionOutAndTheOthersAreRenumbered() throws {
        let report = try Self.report("profile: \"\"\nlessons:\nrequested_by: \"\"\nproposals: []\n")
        let headings = report.blocks.compactMap { if case .heading(1, let text) = $0 { return text } else { return nil } }
        #expect(headings == ["I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"])
        let assessment = report.blocks.compactMap { if case .heading(2, let text) = $0 { return text } else { return nil } }
        #expect(assessment.suffix(2) == ["1. Ưu điểm", "2. Tồn tại, hạn chế và nguyên nhân"], "no 'Bài học kinh nghiệm'")
        #expect(Self.paragraphs(report).first?.hasPrefix("UBND xã Thử Nghiệm báo cáo kết quả") == true)
    }

    @Test(arguments: [
        ("Tổ chức “Ngày hội “học tập số” toàn dân”", "Tổ chức “Ngày hội ‘học tập số’ toàn dân”"),
        ("“a “b “c” b” a”", "“a ‘b “c” b’ a”"),
        ("không có ngoặc", "không có ngoặc"),
        ("đóng ” thừa", "đóng ” thừa"),
    ])
    func quotesInsideQuotesAlternate(text: String, typeset: String) {
        #expect(ReportTypography.alternatingQuotes(text) == typeset)
    }

    /// A .docx column is as wide as its longest cell needs ("1.395 lượt người" wrapped in a
    /// fixed 1.800 twips), the names keep the rest and at least a quarter of the table.
    @Test func docxColumnsAreAsWideAsTheirCells() {
        #expect(DocxWriter.columnWidths(["Nhóm đối tượng", "Số lượng"], [["Người dân", "1.395 lượt người"], ["CBCCVC", "105 lượt người"]],
                                        total: 9300) == [7040, 2260])
        #expect(DocxWriter.columnWidths(["Xã", "Số", "Tỷ lệ"], [["xã A", "5", "1/5 (20%)"]], total: 9300) == [6815, 1100, 1385])
        let long = String(repeating: "x", count: 30)
        #expect(DocxWriter.columnWidths(["A", "B", "C", "D", "E", "F"], [["x", long, long, long, long, long]], total: 9300)
            == [2325, 1395, 1395, 1395, 1395, 1395], "squeezed to leave the names a quarter")
    }

    @Test func anAmountKeepsItsUnitOnTheLine() {
        #expect(ReportTypography.noBreakBeforeCurrency("Dự toán 55.000.000 đồng và 0 đồng; đồng bộ") == "Dự toán 55.000.000\u{00A0}đồng và 0\u{00A0}đồng; đồng bộ")
        #expect(ReportTypography.noBreakBeforeCurrency("các đồng chí") == "các đồng chí")
    }

    @Test func smallCountsAsOfficialsWriteThem() {
        #expect(ReportWords.count(3, "lớp", .vi) == "03 lớp")
        #expect(ReportWords.count(0, "điểm", .vi) == "0 điểm")
        #expect(ReportWords.count(12, "thôn", .vi) == "12 thôn")
        #expect(ReportWords.count(1205, "người", .vi) == "1.205 người")
        #expect(ReportWords.count(3, "classes", .en) == "3 classes")
        #expect(ReportWords.english(1, "task") == "1 task")
        #expect(ReportWords.english(2_148, "activity", plural: "activities") == "2,148 activities")
    }

    @Test func theBudgetTableKeepsĐồngWithItsAmount() throws {
        let report = try Self.report()
        let budget = report.blocks.compactMap { block -> [[String]]? in
            if case .table(let headers, let rows, _) = block, headers.first == "Nguồn kinh phí" { return rows }
            return nil
        }
        #expect(budget.first?.first?[1] == "5.000.000\u{00A0}đồng")
    }
}
