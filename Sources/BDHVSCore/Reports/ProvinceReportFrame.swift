/// The frame of a Sở's report to the province: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" / "SỞ KHOA
/// HỌC VÀ CÔNG NGHỆ", "Kính gửi: Ủy ban nhân dân tỉnh", "… kính báo cáo./.", and the
/// signature of the director or a deputy ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC").
struct ProvinceReportFrame {
    var province: String
    var notes: ReportNotes
    var language: Language

    var l: Language { language }
    /// The centrally governed cities are "thành phố", the others "tỉnh".
    var level: String {
        let cities = ["ha noi", "ho chi minh", "thanh pho ho chi minh", "hai phong", "da nang", "can tho", "hue"]
        return cities.contains(Folding.key(province)) ? l.pick("thành phố", "city") : l.pick("tỉnh", "province")
    }
    var committee: String { l.pick("Ủy ban nhân dân \(level) \(province)", "the People's Committee of \(province) \(level)") }
    var reporter: String { l.pick("Sở Khoa học và Công nghệ", "the Department of Science and Technology") }

    func issuer() -> [String] {
        if let lines = notes.issuer, !lines.isEmpty { return lines }
        // The superior body abbreviated, as Nghị định 30/2020/NĐ-CP allows: the line fits the column.
        return [l.pick("UBND \(level.uppercased()) \(province.uppercased())", "PEOPLE'S COMMITTEE OF \(province.uppercased())"),
                l.pick("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "DEPARTMENT OF SCIENCE AND TECHNOLOGY")]
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
