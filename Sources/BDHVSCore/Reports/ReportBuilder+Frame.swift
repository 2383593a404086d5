/// The frame of a report, as every administrative document has it (Nghị định 30/2020/NĐ-CP
/// for the People's Committee, Hướng dẫn 36-HD/VPTW for the Party): the issuer in two
/// lines, the number, the motto, "Kính gửi", the opening that names the document that asked
/// for the report, the closing "… kính báo cáo./.", the recipients and the signature.
extension ReportBuilder {
    var form: ReportForm { notes.form ?? .committee }

    /// "UBND xã Nghĩa Giang" or "Đảng ủy phường Việt Hưng": who reports, in a sentence.
    var reporter: String {
        // A plan that is not a commune's reports as its issuer ("Bộ Khoa học và Công nghệ").
        if !document.planLevel.isCommune { return document.issuer }
        switch form {
        case .committee: return l.pick("UBND \(commune)", "the People's Committee of \(commune)")
        case .party: return l.pick("Đảng ủy \(commune)", "the Party Committee of \(commune)")
        }
    }

    /// "ỦY BAN NHÂN DÂN" / "XÃ NGHĨA GIANG", or "ĐẢNG BỘ TỈNH QUẢNG NGÃI" / "ĐẢNG ỦY XÃ NGHĨA
    /// GIANG" / "*" for the Party, or the notes' own lines; with how many of the first lines name
    /// the body above the issuer (upright, not bold: the Party's "ĐẢNG BỘ …").
    func issuerLines() -> (lines: [String], superior: Int) {
        switch form {
        case .committee:
            if let lines = notes.issuer, !lines.isEmpty { return (lines, 0) }
            if !document.planLevel.isCommune { return ([document.issuer.uppercased()], 0) }
            return ([l.pick("ỦY BAN NHÂN DÂN", "PEOPLE'S COMMITTEE"), commune.uppercased()], 0)
        case .party:
            var lines: [String]
            if let written = notes.issuer, !written.isEmpty {
                lines = written
            } else if !document.planLevel.isCommune {
                lines = [document.issuer.uppercased()]
            } else {
                let province = ReportWords.province(document.province, l).shown.uppercased()
                lines = [l.pick("ĐẢNG BỘ \(province)", "PARTY ORGANISATION OF \(province)"),
                         l.pick("ĐẢNG ỦY \(commune.uppercased())", "PARTY COMMITTEE OF \(commune.uppercased())")]
            }
            // The committee's name is the last line before the "*"; the lines above it are its superiors.
            while lines.last?.trimmingCharacters(in: .whitespaces) == "*" { lines.removeLast() }
            return (lines + ["*"], max(0, lines.count - 1))
        }
    }

    /// "Số: 12/BC-UBND", "Số 120-BC/ĐU", or the number left blank with its suffix.
    func numberLine() -> String {
        let gap = String(repeating: "\u{00A0}", count: 6)
        switch form {
        case .committee: return l.pick("Số: ", "No. ") + (notes.number ?? gap + "/BC-UBND")
        case .party: return l.pick("Số ", "No. ") + (notes.number ?? gap + "-BC/ĐU")
        }
    }

    func mottoLines() -> [String] {
        switch form {
        case .committee: return [l.pick("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
                                 l.pick("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")]
        case .party: return [l.pick("ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIETNAM")]
        }
    }

    /// "Kính gửi": the notes' `to`, else the plan's recipients marked for reporting. A Party
    /// committee's report names them in its closing instead.
    func addressees() -> [String] {
        if notes.leavesOut("to") || form == .party { return [] }
        return reportedTo()
    }

    func reportedTo() -> [String] {
        if let to = notes.to { return to }
        return (document.recipients ?? []).filter { $0.forReport == true }.map(\.name)
    }

    /// "Thực hiện Công văn số 166-CV/ĐU …, UBND xã Nghĩa Giang báo cáo … như sau:"; without the
    /// document in the notes, a marked blank where its name goes.
    func opening(_ subject: String) -> String {
        let asOf = l.pick(" (số liệu tính đến \(Self.longDate(data.asOf, l)))", " (figures as of \(data.asOf.vietnamese))")
        let body = l.pick("\(reporter) báo cáo \(subject)\(asOf) như sau:", "\(reporter) reports \(subject)\(asOf) as follows:")
        if notes.leavesOut("requested_by") { return ReportWords.capitalizedFirst(body) }
        let basis = notes.requestedBy ?? l.pick("[Cán bộ bổ sung: văn bản yêu cầu báo cáo (số, ngày, cơ quan ban hành)]",
                                                "[To be written: the document that asked for this report]")
        return l.pick("Thực hiện \(basis), ", "Under \(basis), ") + body
    }

    /// "Trên đây là báo cáo …; UBND xã Nghĩa Giang kính báo cáo./." For the Party: "…, kính
    /// gửi Ban Tuyên giáo và Dân vận Thành ủy./." as seed 004 closes.
    func closing(_ subject: String) -> String {
        switch form {
        case .committee:
            return l.pick("Trên đây là báo cáo \(subject); \(reporter) kính báo cáo./.",
                          "This is the report \(subject) of \(reporter).")
        case .party:
            let to = reportedTo()
            if to.isEmpty { return l.pick("Trên đây là báo cáo \(subject) của \(reporter)./.", "This is the report \(subject) of \(reporter).") }
            return l.pick("Trên đây là báo cáo \(subject) của \(reporter), kính gửi \(to.joined(separator: ", "))./.",
                          "This is the report \(subject) of \(reporter), to \(to.joined(separator: ", ")).")
        }
    }

    /// "Nơi nhận": "Như trên;" for those addressed, the notes' own list, and the archive.
    func recipientLines() -> [String] {
        if let written = notes.recipients { return written }
        var lines: [String] = []
        if form == .committee && !addressees().isEmpty { lines.append(l.pick("Như trên;", "As above;")) }
        if form == .party { lines += reportedTo().map { $0 + ";" } }
        lines.append(l.pick("Lưu: VT.", "Archive."))
        return lines
    }

    /// "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN /
    /// KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (a vice-chairman signing on behalf of the committee, seed
    /// 001) or "T/M BAN THƯỜNG VỤ / BÍ THƯ", then room for the signature, then the name or a
    /// blank to fill.
    func signatureLines() -> [String] {
        let written = notes.signer
        let plan = document.signer.map { ReportSigner(authority: $0.authority, title: $0.title, name: $0.name, onBehalf: $0.onBehalf) }
        // The notes' signer is whole: a name from the plan does not go under another person's title.
        let signer = written ?? (form == .committee ? plan : nil)
        let collegial = form == .committee ? l.pick("TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE")
                                           : l.pick("T/M BAN THƯỜNG VỤ", "ON BEHALF OF THE STANDING COMMITTEE")
        let onBehalf = signer?.onBehalf == true
        let deputyTitle = signer?.title.map { Folding.key($0).hasPrefix("pho ") } == true
        // A deputy of the committee signs for the chairman ("KT. CHỦ TỊCH", Nghị định 30/2020/NĐ-CP),
        // under the committee's line when on its behalf; never "TM. ỦY BAN NHÂN DÂN / PHÓ CHỦ TỊCH".
        let authority = signer?.authority
            ?? (deputyTitle && form == .committee ? l.pick("KT. CHỦ TỊCH", "FOR THE CHAIRMAN") : collegial)
        let deputy = authority.uppercased().hasPrefix("KT")
        let title = signer?.title ?? (form == .committee ? (deputy ? l.pick("Phó Chủ tịch", "Vice Chairman") : l.pick("Chủ tịch", "Chairman"))
                                                         : l.pick("Bí thư", "Secretary"))
        let name = signer?.name.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let above = onBehalf && !Self.isOnBehalf(authority) ? [collegial] : []
        return above + [authority, title.uppercased(), "", name ?? l.pick("[Họ và tên người ký]", "[Signer's name]")]
    }

    /// "TM. …", "T/M …": the authority already signs for the collegial body.
    static func isOnBehalf(_ authority: String) -> Bool {
        let key = authority.uppercased().replacingOccurrences(of: " ", with: "")
        return key.hasPrefix("TM.") || key.hasPrefix("T/M") || key.hasPrefix("ONBEHALF")
    }
}
