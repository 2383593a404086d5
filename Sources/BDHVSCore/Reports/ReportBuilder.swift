/// Drafts a result report from tracked data, in the structure of the communes' reports
/// (DOMAIN.md §6): what the data knows is written out; what only the officer knows comes
/// from the notes or is left as a marked blank.
public struct ReportBuilder {
    public var data: ReportData
    public var notes: ReportNotes
    public var language: Language

    public init(data: ReportData, notes: ReportNotes = ReportNotes(), language: Language = .vi) {
        self.data = data
        self.notes = notes
        self.language = language
    }

    var l: Language { language }
    var document: PlanDocument { data.document }
    /// The body as listings name it ("xã Đông Trà Bồng", "Phường 3", a ministry's name).
    var commune: String { document.place.shown }
    /// Who reports: a commune's People's Committee, or the issuer of a plan of another level.
    var reporter: String { document.planLevel.isCommune ? "UBND \(commune)" : document.issuer }
    var reporterEnglish: String { document.planLevel.isCommune ? "the People's Committee of \(commune)" : document.issuer }

    public func build() -> ReportDocument {
        let date = notes.date.flatMap { try? Invocation.parseDate($0, source: "date") } ?? data.asOf
        var blocks: [ReportBlock] = [.paragraph(preamble())]
        blocks += profileSection()
        blocks += resultsSection()
        blocks += assessmentSection()
        blocks += directionsSection()
        blocks += proposalsSection()
        blocks.append(.paragraph(l.pick(
            "Trên đây là báo cáo kết quả thực hiện Phong trào “Bình dân học vụ số” năm \(document.year) của \(reporter)./.",
            "This is the report of \(reporterEnglish) on the movement \"Bình dân học vụ số\" in \(document.year).")))
        let isCommune = document.planLevel.isCommune
        return ReportDocument(
            issuer: isCommune ? l.pick("ỦY BAN NHÂN DÂN \(commune.uppercased())", "PEOPLE'S COMMITTEE OF \(commune.uppercased())")
                : document.issuer.uppercased(),
            number: l.pick("Số: ", "No. ") + (notes.number ?? "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/BC-UBND"),
            placeAndDate: (isCommune ? document.commune : document.document?.place ?? document.province) + ", " + Self.longDate(date, l),
            kind: l.pick("BÁO CÁO", "REPORT"),
            title: l.pick("Kết quả thực hiện Phong trào “Bình dân học vụ số” năm \(document.year)",
                          "Results of the movement \"Bình dân học vụ số\" in \(document.year)"),
            blocks: blocks, recipients: recipients(), signature: signature())
    }

    /// "ngày 05 tháng 01 năm 2026": a day below 10 and a month below 3 take a leading zero,
    /// as administrative documents write them.
    static func longDate(_ date: CivilDate, _ l: Language) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return l.pick("ngày \(day) tháng \(month) năm \(date.year)", date.vietnamese)
    }

    /// What a marked blank says.
    func blank(_ what: String) -> ReportBlock {
        .blank(l.pick("[Cán bộ bổ sung: \(what)]", "[To be written: \(what)]"))
    }

    func text(_ notesText: String?, else what: String) -> [ReportBlock] {
        guard let notesText, !notesText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [blank(what)] }
        return notesText.components(separatedBy: "\n\n").map { .paragraph($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private func preamble() -> String {
        var basis = l.pick("Kế hoạch", "Plan")
        if let number = document.document?.number { basis += l.pick(" số ", " no. ") + number }
        if let date = document.document?.date.flatMap({ try? Invocation.parseDate($0, source: "date") }) {
            basis += l.pick(" ngày ", " of ") + date.vietnamese
        }
        basis += l.pick(" của \(document.issuer) về triển khai Phong trào “Bình dân học vụ số” năm \(document.year)",
                        " of \(document.issuer) on the movement \"Bình dân học vụ số\" in \(document.year)")
        return l.pick("Thực hiện \(basis), \(reporter) báo cáo kết quả thực hiện tính đến \(Self.longDate(data.asOf, l)) như sau:",
                      "Under \(basis), \(reporterEnglish) reports the results as of \(data.asOf.vietnamese):")
    }

    private func profileSection() -> [ReportBlock] {
        [.heading(level: 1, text: l.pick("I. ĐẶC ĐIỂM, TÌNH HÌNH", "I. PROFILE"))]
            + text(notes.profile, else: l.pick("diện tích tự nhiên, dân số, số thôn/tổ dân phố, văn bản thành lập",
                                             "area, population, villages, founding resolution"))
    }

    private func recipients() -> [String] {
        if let written = notes.recipients { return written }
        var lines = [l.pick("Như trên;", "As above;")]
        lines += (document.recipients ?? []).filter { $0.forReport == true }.map { $0.name + " (b/c);" }
        lines.append(l.pick("Lưu: VT.", "Archive."))
        return lines
    }

    private func signature() -> [String] {
        let signer = notes.signer ?? document.signer
        var lines = [signer?.authority ?? l.pick("TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE")]
        if let title = signer?.title { lines.append(title.uppercased()) }
        lines.append("")
        lines.append(signer?.name ?? l.pick("[Họ và tên người ký]", "[Signer's name]"))
        return lines
    }
}
