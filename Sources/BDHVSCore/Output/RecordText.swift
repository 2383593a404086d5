/// Activities, indicators and the budget as text, numbers written the Vietnamese way
/// (2.148 người; 12.500.000 đồng; 85,3%) or the English way with `--lang en`.
public struct RecordText {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// The shared wording of records (counts, money, values, group names).
    private var words: RecordWords { RecordWords(language: language) }

    func participants(_ count: Int, unit: String) -> String { words.participants(count, unit: unit) }
    func money(_ amount: Int64) -> String { words.money(amount) }
    func value(_ tenths: Int, percent: Bool) -> String { words.value(tenths, percent: percent) }
    func groupName(_ id: String, _ groups: TargetGroups) -> String { words.groupName(id, groups) }

    public func activities(_ report: ActivityReport, groups: TargetGroups = TargetGroups(plan: [])) -> String {
        let l = language
        guard !report.activities.isEmpty else { return l.pick("Chưa có hoạt động nào phù hợp.\n", "No matching activities.\n") }
        var table = TextTable(rightAligned: [3])
        for activity in report.activities {
            table.add(activity.date.vietnamese, "\(activity.plan)/\(activity.task)", activity.place ?? "",
                      participants(activity.participants, unit: activity.unit), activity.title ?? "")
            let breakdown = activity.groups.sorted { $0.key < $1.key }
                .map { "\(groupName($0.key, groups)): \(l.number($0.value))" }.joined(separator: "; ")
            if !breakdown.isEmpty { table.add("", "", "", "", "  " + breakdown) }
            if !activity.counted {
                table.add("", "", "", "", "  " + l.pick("số lũy kế đã có số mới hơn, không cộng vào tổng",
                                                       "running total replaced by a later figure, not added"))
            }
        }
        var lines = table.render()
        lines.append("")
        lines.append(l.pick("Tổng cộng: ", "Total: ") + [report.people > 0 || report.enrolments == 0 ? words.summed(report.people, unit: ParticipantUnit.people.rawValue) : nil,
                                                         report.enrolments > 0 ? participants(report.enrolments, unit: "lượt") : nil]
            .compactMap { $0 }.joined(separator: "; ")
            + report.otherUnits.sorted { $0.key < $1.key }.map { "; " + participants($0.value, unit: $0.key) }.joined())
        for (title, byGroup) in [(l.pick("Theo nhóm đối tượng (lượt người)", "By target group (attendances)"), report.byGroup),
                                 (l.pick("Theo nhóm đối tượng (lượt)", "By target group (enrolments)"), report.byGroupEnrolments)]
        where !byGroup.isEmpty {
            lines.append(title + ":")
            var totals = TextTable(rightAligned: [1])
            for (group, count) in byGroup.sorted(by: { $0.key < $1.key }) { totals.add(groupName(group, groups), l.number(count)) }
            lines += totals.render()
        }
        return TerminalText.lines(lines)
    }

    /// Each indicator: target, latest value with its date, met or not.
    public func indicators(_ rows: [IndicatorRow], asOf: CivilDate) -> [String] {
        let l = language
        guard !rows.isEmpty else { return [l.pick("  Kế hoạch chưa có chỉ tiêu.", "  The plan has no indicators.")] }
        var table = TextTable()
        for row in rows {
            let percent = row.kind == "percent"
            var latest = l.pick("chưa có số liệu", "not measured")
            if let measurement = row.latest {
                latest = words.measurement(measurement, percent: percent, target: row.target) + (percent ? "" : " " + (row.unit ?? ""))
                if let n = measurement.numerator, let d = measurement.denominator { latest += " (\(l.number(n))/\(l.number(d)))" }
                latest += l.pick(" ngày ", " on ") + measurement.date.vietnamese
            }
            let verdict = row.met.map { $0 ? l.pick("đạt", "met") : l.pick("chưa đạt", "not met") } ?? "—"
            let unit = percent ? "" : " " + (row.unit ?? "")
            var target = l.pick("chỉ tiêu ", "target ") + row.target.text({ value($0, percent: percent) }) + unit
            if let year = row.targetYear { target += l.pick(" (năm \(year))", " (\(year))") }
            table.add(row.id, target, latest, verdict, row.name + (row.monitor.map { l.pick(" · theo dõi: ", " · monitored by ") + $0 } ?? ""))
        }
        return table.render().map(TerminalText.line)
    }

    /// The budget per source with its totals.
    public func budget(_ report: BudgetReport) -> [String] {
        let l = language
        guard !report.sources.isEmpty else { return [l.pick("  Chưa có dự toán hay khoản chi nào.", "  No estimate or spending yet.")] }
        var table = TextTable(rightAligned: [1, 2, 3, 4])
        table.add(l.pick("Nguồn", "Source"), l.pick("Dự toán", "Estimate"), l.pick("Đã giải ngân", "Disbursed"),
                  l.pick("Đã quyết toán", "Settled"), l.pick("Còn lại", "Remaining"))
        for row in report.sources {
            table.add(row.name.isEmpty ? l.pick("(chưa ghi nguồn)", "(no source)") : row.name, money(row.estimate), money(row.disbursed),
                      money(row.settled), money(row.remaining))
        }
        if report.sources.count > 1 {
            table.add(l.pick("Tổng cộng", "Total"), money(report.estimate), money(report.disbursed), money(report.settled), money(report.remaining))
        }
        var lines = table.render()
        if let total = report.planTotal, total != report.estimate {
            lines.append(l.pick("  Tổng dự toán ghi trong kế hoạch: \(money(total))", "  Total written in the plan: \(money(total))"))
        }
        return lines.map(TerminalText.line)
    }

    /// "Đã ghi hoạt động nghia-giang-2025/nv3 ngày 15/12/2025: 2.148 người (…) — “…” (#5)".
    public func confirmation(_ input: ActivityInput, _ change: ChangeRecord, groups: TargetGroups = TargetGroups(plan: [])) -> String {
        let l = language
        var text = l.pick("Đã ghi hoạt động ", "Recorded activity ") + "\(change.plan)/\(change.task ?? input.task) "
            + l.pick("ngày ", "on ") + input.heldOn.vietnamese + ": " + participants(input.participants, unit: input.unit.rawValue)
        let breakdown = input.groups.map { "\(groups.resolve($0.group)?.name ?? $0.group): \(l.number($0.count))" }
        if !breakdown.isEmpty { text += " (" + breakdown.joined(separator: "; ") + ")" }
        if let title = input.title { text += " — “\(title)”" }
        var lines = [text + " (#\(change.id))"]
        // `--done`: the same change marked the task (or its period) done.
        let marked = change.fields.lazy.compactMap { field -> String?? in
            if case .occurrence(let period) = field.field { return .some(period) }
            return field.field == .state && field.new == WorkState.done.rawValue ? .some(nil) : nil
        }.first
        if let marked {
            let period = marked.map { l.pick(" (kỳ \($0))", " (period \($0))") } ?? ""
            lines.append(l.pick("Nhiệm vụ \(change.task ?? input.task)\(period) được đánh dấu hoàn thành ngày \(input.heldOn.vietnamese), cùng thay đổi này.",
                                "Task \(change.task ?? input.task)\(period) marked done on \(input.heldOn.vietnamese), in the same change."))
        }
        return TerminalText.lines(lines)
    }

    /// "Đã ghi số liệu chỉ tiêu cbccvc-ky-nang-so ngày 15/12/2025: 98,6% (631/640) (#6)".
    public func confirmation(_ input: MeasurementInput, _ change: ChangeRecord, indicator: IndicatorRow? = nil) -> String {
        let l = language
        let value: String
        switch input.value {
        case .tenths(let tenths):
            let percent = indicator?.kind == "percent"
            value = self.value(tenths, percent: percent) + (percent ? "" : indicator?.unit.map { " " + $0 } ?? "")
        case .ratio(let n, let d): value = words.ratio(n, d, target: indicator?.target) + " (\(l.number(n))/\(l.number(d)))"
        }
        return TerminalText.lines([l.pick("Đã ghi số liệu chỉ tiêu ", "Recorded indicator ") + "\(change.plan)/\(input.indicator) "
            + l.pick("ngày ", "on ") + input.measuredOn.vietnamese + ": " + value + " (#\(change.id))"])
    }

    /// "Đã ghi giải ngân 24.500.000 đồng (nsnn) cho nghia-giang-2025/nv1 ngày 20/10/2025 (#7)".
    /// The source is the plan's id or name of it, as stored, whatever the case and diacritics typed.
    public func confirmation(_ recorded: Recorded<SpendingInput>) -> String {
        let (input, change, l) = (recorded.input, recorded.change, language)
        let kind = input.kind == .settled ? l.pick("quyết toán", "settlement") : l.pick("giải ngân", "disbursement")
        return TerminalText.lines([l.pick("Đã ghi \(kind) ", "Recorded \(kind) of ") + money(input.amount) + " (\(input.source)) "
            + l.pick("cho ", "for ") + "\(change.plan)/\(change.task ?? input.task) " + l.pick("ngày ", "on ")
            + input.spentOn.vietnamese + " (#\(change.id))"])
    }
}
