/// The Sở Khoa học và Công nghệ's synthesis for the province from all its communes: how
/// many have a plan, how far each is, the communes with the most overdue tasks, and the
/// communes whose numbers are missing; with the header, opening, closing and signature
/// of a Sở.
public struct ProvinceReportBuilder {
    public var data: ProvinceReportData
    public var notes: ReportNotes
    public var language: Language

    public init(data: ProvinceReportData, notes: ReportNotes = ReportNotes(), language: Language = .vi) {
        self.data = data
        self.notes = notes
        self.language = language
    }

    var l: Language { language }
    /// "năm 2025" or the period's name.
    var span: String { data.period?.name(l) ?? l.pick("năm \(data.asOf.year)", "\(data.asOf.year)") }
    var subject: String {
        l.pick("tổng hợp kết quả thực hiện Phong trào “Bình dân học vụ số” \(span) trên địa bàn tỉnh \(data.province)",
               "on the results of the movement \"Bình dân học vụ số\" in \(span) in \(data.province)")
    }

    public func build() -> ReportDocument {
        var sections = planningSection()
        sections += progressSection()
        sections += [.heading(level: 1, text: l.pick("III. ĐỀ XUẤT, KIẾN NGHỊ", "III. PROPOSALS"))]
        sections += paragraphs(notes.proposals, key: "proposals", else: l.pick("đề xuất, kiến nghị với Ủy ban nhân dân tỉnh", "proposals to the province"))
        let frame = ProvinceReportFrame(province: data.province, notes: notes, language: l)
        let date = notes.date.flatMap { try? Invocation.parseDate($0, source: "date") } ?? data.asOf
        let blocks = [ReportBlock.paragraph(frame.opening(subject, asOf: data.asOf))]
            + ReportNumbering.renumber(ReportNumbering.droppingEmptySections(sections)) + [.paragraph(frame.closing(subject))]
        let issuer = frame.issuer()
        return ReportTypography.typeset(ReportDocument(
            issuer: issuer.lines, number: frame.number(), motto: [l.pick("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
                                                                   l.pick("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")],
            placeAndDate: "\(data.province), " + ReportBuilder.longDate(date, l), kind: l.pick("BÁO CÁO", "REPORT"),
            title: ReportWords.capitalizedFirst(subject.replacingOccurrences(of: l.pick("tổng hợp ", ""), with: "")),
            addressees: frame.addressees(), blocks: blocks, recipients: frame.recipients(), signature: frame.signature(),
            superiorLines: issuer.superior))
    }

    /// I. How many communes have a plan the system follows; those without are the officer's to name.
    private func planningSection() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("I. TÌNH HÌNH BAN HÀNH KẾ HOẠCH", "I. PLANS"))]
        blocks.append(.paragraph(l.pick(
            "Trên địa bàn tỉnh có \(ReportWords.count(data.plans.count, "xã, phường", l)) đã ban hành kế hoạch thực hiện Phong trào và được theo dõi tiến độ, với tổng số \(ReportWords.count(data.plans.reduce(0) { $0 + $1.total }, "nhiệm vụ", l)).",
            "Plans followed here: \(ReportWords.english(data.plans.count, "commune")), with \(ReportWords.english(data.plans.reduce(0) { $0 + $1.total }, "task")) in all.")))
        blocks += paragraphs(notes.profile, key: "profile", else: l.pick("số xã, phường chưa ban hành kế hoạch và lý do", "communes without a plan and why"))
        return blocks
    }

    private func progressSection() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("II. KẾT QUẢ THỰC HIỆN", "II. RESULTS")),
                                     .heading(level: 2, text: l.pick("1. Tiến độ thực hiện của từng xã, phường", "1. Progress per commune"))]
        let rows = data.plans.sorted { Folding.key(name($0)) < Folding.key(name($1)) }.map { plan -> [String] in
            let done = plan.counts[.doneOnTime, default: 0] + plan.counts[.doneLate, default: 0]
            return [name(plan), l.number(plan.total), l.number(done), l.number(plan.overdue), l.ratio(done, plan.total), coverage(plan: plan.plan)]
        }
        blocks.append(.table(headers: [l.pick("Xã, phường", "Commune"), l.pick("Số nhiệm vụ", "Tasks"), l.pick("Đã hoàn thành", "Done"),
                                       l.pick("Quá hạn", "Overdue"), l.pick("Tỷ lệ hoàn thành", "Completion"),
                                       l.pick("Tỷ lệ người dân đạt kỹ năng số", "Adults with basic digital skills")],
                             rows: rows, numeric: [1, 2, 3, 4, 5]))
        blocks.append(.heading(level: 2, text: l.pick("2. Các xã, phường có nhiều nhiệm vụ quá hạn", "2. Communes with the most overdue tasks")))
        let late = data.plans.filter { $0.overdue > 0 }
            .sorted { ($1.overdue, $1.worstDaysOverdue, Folding.key(name($0))) < ($0.overdue, $0.worstDaysOverdue, Folding.key(name($1))) }
        if late.isEmpty {
            blocks.append(.paragraph(l.pick("Không có xã, phường nào có nhiệm vụ quá hạn tính đến \(data.asOf.vietnamese).",
                                            "No commune has an overdue task as of \(data.asOf.vietnamese).")))
        } else {
            blocks.append(.bullets(late.prefix(Self.mostOverdue).map { plan in
                l.pick("\(name(plan)): \(ReportWords.count(plan.overdue, "nhiệm vụ", l)) quá hạn, lâu nhất \(l.days(plan.worstDaysOverdue))",
                       "\(name(plan)): \(ReportWords.english(plan.overdue, "task")) overdue, the longest \(l.days(plan.worstDaysOverdue))")
            }))
        }
        blocks.append(.heading(level: 2, text: l.pick("3. Các xã, phường chưa có số liệu", "3. Communes whose numbers are missing")))
        let missing = data.plans.filter { (data.activities[$0.plan] ?? []).isEmpty }.map(name).sorted { Folding.key($0) < Folding.key($1) }
        let within = data.period.map { l.pick("trong \($0.name(l))", "in \($0.name(l))") } ?? l.pick("tính đến \(data.asOf.vietnamese)", "as of \(data.asOf.vietnamese)")
        if missing.isEmpty {
            blocks.append(.paragraph(l.pick("Tất cả các xã, phường đều đã ghi nhận hoạt động \(within).", "Every commune recorded activities \(within).")))
        } else {
            blocks.append(.paragraph(l.pick("Chưa ghi nhận hoạt động nào \(within) (\(ReportWords.count(missing.count, "xã, phường", l))): ",
                                            "No activity recorded \(within) (\(missing.count)): ") + missing.joined(separator: ", ") + "."))
        }
        return blocks + groupResultSection()
    }

    /// How many communes the list of the most overdue names.
    static let mostOverdue = 5

    /// "xã Nghĩa Giang", "Phường 3".
    func name(_ plan: PlanStatusRow) -> String {
        plan.communeKind.isEmpty ? plan.commune : "\(plan.communeKind) \(plan.commune)"
    }

    private func paragraphs(_ text: String?, key: String, else what: String) -> [ReportBlock] {
        if notes.leavesOut(key) { return [] }
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return [.blank(l.pick("[Cán bộ bổ sung: \(what)]", "[To be written: \(what)]"))]
        }
        return NotesParagraphs.blocks(text)
    }
}
