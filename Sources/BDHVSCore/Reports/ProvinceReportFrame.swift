/// The frame of a Sở's report to the province: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" / "SỞ KHOA
/// HỌC VÀ CÔNG NGHỆ", "Kính gửi: Ủy ban nhân dân tỉnh", "… kính báo cáo./.", and the
/// signature of the director or a deputy ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC").
struct ProvinceReportFrame {
    var province: String
    var notes: ReportNotes
    var language: Language

    var l: Language { language }
    /// The centrally governed cities are "thành phố", the others "tỉnh".
    var level: String { ReportWords.province(province, l).kind }
    var committee: String {
        l.pick("Ủy ban nhân dân \(ReportWords.province(province, l).shown)", "the People's Committee of \(province) \(level)")
    }
    var reporter: String { l.pick("Sở Khoa học và Công nghệ", "the Department of Science and Technology") }

    /// The issuer's lines and how many of them name the body above it (set upright, not bold).
    func issuer() -> (lines: [String], superior: Int) {
        if let lines = notes.issuer, !lines.isEmpty { return (lines, 0) }
        // The superior body abbreviated, as Nghị định 30/2020/NĐ-CP allows: the line fits the column.
        let superior = ReportWords.province(province, l)
        return ([l.pick("UBND \(superior.shown.uppercased())", "PEOPLE'S COMMITTEE OF \(province.uppercased())"),
                 l.pick("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "DEPARTMENT OF SCIENCE AND TECHNOLOGY")], 1)
    }

    func number() -> String {
        l.pick("Số: ", "No. ") + (notes.number ?? String(repeating: "\u{00A0}", count: 6) + "/BC-SKHCN")
    }

    func addressees() -> [String] {
        if notes.leavesOut("to") { return [] }
        return notes.to ?? [ReportWords.capitalizedFirst(committee)]
    }

    func opening(_ subject: String, asOf: CivilDate) -> String {
        let body = l.pick("\(reporter) báo cáo \(subject) (số liệu tính đến \(ReportBuilder.longDate(asOf, l))) như sau:",
                          "\(reporter) reports \(subject) (figures as of \(asOf.vietnamese)) as follows:")
        if notes.leavesOut("requested_by") { return ReportWords.capitalizedFirst(body) }
        let basis = notes.requestedBy ?? l.pick("[Cán bộ bổ sung: văn bản yêu cầu báo cáo (số, ngày, cơ quan ban hành)]",
                                                "[To be written: the document that asked for this report]")
        return l.pick("Thực hiện \(basis), ", "Under \(basis), ") + body
    }

    func closing(_ subject: String) -> String {
        l.pick("Trên đây là báo cáo \(subject); \(reporter) kính báo cáo./.", "This is the report \(subject) of \(reporter).")
    }

    func recipients() -> [String] {
        if let written = notes.recipients { return written }
        return (addressees().isEmpty ? [] : [l.pick("Như trên;", "As above;")]) + [l.pick("Lưu: VT.", "Archive.")]
    }

    func signature() -> [String] {
        let signer = notes.signer
        let authority = signer?.authority
        let deputy = authority?.uppercased().hasPrefix("KT") == true
        let title = signer?.title ?? (deputy ? l.pick("Phó Giám đốc", "Deputy Director") : l.pick("Giám đốc", "Director"))
        let name = signer?.name.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        return (authority.map { [$0] } ?? []) + [title.uppercased(), "", name ?? l.pick("[Họ và tên người ký]", "[Signer's name]")]
    }
}
