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

    /// "kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025": what the report is about,
    /// as its opening and closing sentences name it.
    var subject: String {
        l.pick("kết quả thực hiện Phong trào “Bình dân học vụ số” năm \(document.year)",
               "on the results of the movement \"Bình dân học vụ số\" in \(document.year)")
    }

    public func build() -> ReportDocument {
        var blocks = profileSection()
        blocks += resultsSection()
        blocks += assessmentSection()
        blocks += directionsSection()
        blocks += proposalsSection()
        return frame(title: l.pick("Kết quả thực hiện Phong trào “Bình dân học vụ số” năm \(document.year)",
                                   "Results of the movement \"Bình dân học vụ số\" in \(document.year)"), subject: subject, sections: blocks)
    }

    /// The document around `sections`: header, title, addressees, the opening and closing
    /// sentences, recipients and signature; the sections numbered once the empty ones are
    /// left out, and the text typeset (nested quotes, amounts that do not wrap).
    func frame(title: String, subject: String, sections: [ReportBlock]) -> ReportDocument {
        let date = notes.date.flatMap { try? Invocation.parseDate($0, source: "date") } ?? data.asOf
        let numbered = ReportNumbering.renumber(ReportNumbering.droppingEmptySections(sections))
        let blocks = [ReportBlock.paragraph(opening(subject))] + numbered + [.paragraph(closing(subject))]
        let issuer = issuerLines()
        return ReportTypography.typeset(ReportDocument(
            issuer: issuer.lines, number: numberLine(), motto: mottoLines(),
            placeAndDate: "\(document.planLevel.isCommune ? document.commune : document.document?.place ?? document.province), "
                + Self.longDate(date, l),
            kind: l.pick("BÁO CÁO", "REPORT"), title: title, addressees: addressees(),
            blocks: blocks, recipients: recipientLines(), signature: signatureLines(),
            superiorLines: issuer.superior, form: form))
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

    /// The notes' text for a part as paragraphs (one a line), a marked blank when the notes do not have
    /// it, nothing when they give `key` as empty.
    func text(_ notesText: String?, key: String?, else what: String) -> [ReportBlock] {
        if let key, notes.leavesOut(key) { return [] }
        guard let notesText, !notesText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [blank(what)] }
        return NotesParagraphs.blocks(notesText)
    }

    /// The notes' text, or a marked blank (kept for the sections that have no notes key).
    func text(_ notesText: String?, else what: String) -> [ReportBlock] {
        text(notesText, key: nil, else: what)
    }

    private func profileSection() -> [ReportBlock] {
        [.heading(level: 1, text: l.pick("I. ĐẶC ĐIỂM, TÌNH HÌNH", "I. PROFILE"))]
            + text(notes.profile, key: "profile", else: l.pick("diện tích tự nhiên, dân số, số thôn/tổ dân phố, văn bản thành lập",
                                             "area, population, villages, founding resolution"))
    }
}
