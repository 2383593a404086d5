/// `bdhvs plan status` as text.
public struct StatusText {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ report: StatusReport) -> String {
        let l = language
        if report.plans.isEmpty {
            return l.pick("Chưa có kế hoạch nào. Nạp một kế hoạch: bdhvs plan load TỆP.yaml\n",
                          "No plan is loaded. Load one: bdhvs plan load FILE.yaml\n")
        }
        var lines: [String] = []
        if let plan = report.plan {
            lines.append(report.title ?? plan)
            lines.append(l.pick("Mã kế hoạch: \(plan) · Tính đến ngày \(report.asOf.vietnamese)",
                                "Plan: \(plan) · As of \(report.asOf.vietnamese)"))
        } else {
            lines.append(l.pick("Tổng hợp \(l.number(report.plans.count)) kế hoạch · Tính đến ngày \(report.asOf.vietnamese)",
                                "Roll-up of \(l.number(report.plans.count)) plans · As of \(report.asOf.vietnamese)"))
        }
        lines.append("")
        lines.append(l.pick("Tình hình thực hiện (\(l.number(report.completion.total)) nhiệm vụ):",
                            "Status (\(l.number(report.completion.total)) tasks):"))
        var counts = TextTable(rightAligned: [1])
        for category in TaskCategory.allCases { counts.add(l.label(category), l.number(report.counts[category, default: 0])) }
        lines += counts.render()
        lines.append("")
        let completion = report.completion
        lines.append(l.pick(
            "Tỷ lệ hoàn thành: \(l.ratio(completion.done, completion.total, unit: "nhiệm vụ")); trên số nhiệm vụ đã đến hạn: \(l.ratio(completion.dueDone, completion.due))",
            "Completion: \(l.ratio(completion.done, completion.total, unit: "tasks")); of tasks that have come due: \(l.ratio(completion.dueDone, completion.due))"))
        if completion.doneAfterExtension > 0 {
            lines.append(l.pick("  trong đó \(completion.doneAfterExtension) nhiệm vụ hoàn thành sau thời hạn ban đầu, trong thời hạn đã gia hạn",
                                "  of which \(completion.doneAfterExtension) done after their original deadline, within an extension"))
        }
        if !report.provinces.isEmpty { lines += provinceSection(report) }
        if report.plan == nil && report.plans.count > 1 { lines += planSection(report) }
        lines += leadSection(report)
        lines.append("")
        lines += OverdueText(language: l).render(report.overdue, heading: true, showPlan: report.plan == nil,
                                                 total: report.plan == nil ? report.overdueTotal : nil)
        lines.append("")
        lines += dueSoonSection(report)
        lines += recurringSection(report)
        let records = RecordText(language: l)
        if !report.indicators.isEmpty {
            lines += ["", l.pick("Chỉ tiêu:", "Indicators:")] + records.indicators(report.indicators, asOf: report.asOf)
        }
        if !report.budget.sources.isEmpty {
            lines += ["", l.pick("Kinh phí (đến ngày \(report.asOf.vietnamese)):", "Budget (as of \(report.asOf.vietnamese)):")]
                + records.budget(report.budget)
        }
        return TerminalText.lines(lines)
    }

    private func provinceSection(_ report: StatusReport) -> [String] {
        let l = language
        var table = TextTable(rightAligned: [1, 2, 3, 4, 5, 6])
        table.add(l.pick("Tỉnh, thành phố", "Province"), l.pick("Xã/phường", "Communes"), l.pick("Nhiệm vụ", "Tasks"),
                  l.pick("Hoàn thành", "Done"), l.pick("Quá hạn", "Overdue"), l.pick("Xã có quá hạn", "With overdue"),
                  l.pick("Quá hạn lâu nhất", "Worst overdue"))
        for row in report.provinces {
            // Plans of a ministry, the Government or a Party committee name no province.
            table.add(row.province.isEmpty ? l.pick("(trung ương)", "(central)") : row.province, l.number(row.communes), l.number(row.total), l.ratio(row.done, row.total), l.number(row.overdue),
                      l.number(row.communesWithOverdue), row.worstDaysOverdue > 0 ? l.days(row.worstDaysOverdue) : "—")
        }
        return ["", l.pick("Theo tỉnh, thành phố:", "By province:")] + table.render()
    }

    private func planSection(_ report: StatusReport) -> [String] {
        let l = language
        var table = TextTable(rightAligned: [3, 4, 5, 6])
        table.add(l.pick("Kế hoạch", "Plan"), l.pick("Xã/phường", "Commune"), l.pick("Tỉnh", "Province"),
                  l.pick("Nhiệm vụ", "Tasks"), l.pick("Hoàn thành", "Done"), l.pick("Quá hạn", "Overdue"),
                  l.pick("Quá hạn lâu nhất", "Worst overdue"))
        // Many communes: the ones with the most overdue tasks (JSON has them all).
        let shown = report.plans.count > 30
            ? Array(report.plans.sorted { ($1.overdue, $1.worstDaysOverdue) < ($0.overdue, $0.worstDaysOverdue) }.prefix(20))
            : report.plans
        for row in shown {
            let done = row.counts[.doneOnTime, default: 0] + row.counts[.doneLate, default: 0]
            table.add(row.plan, PlaceName.shown(kind: row.communeKind, name: row.commune), row.province, l.number(row.total), l.number(done), l.number(row.overdue),
                      row.worstDaysOverdue > 0 ? l.days(row.worstDaysOverdue) : "—")
        }
        let heading = shown.count < report.plans.count
            ? l.pick("\(shown.count) xã/phường có nhiều nhiệm vụ quá hạn nhất (trong \(l.number(report.plans.count))):",
                     "The \(shown.count) communes with the most overdue tasks (of \(l.number(report.plans.count))):")
            : l.pick("Theo kế hoạch:", "By plan:")
        return ["", heading] + table.render()
    }

    private func leadSection(_ report: StatusReport) -> [String] {
        let l = language
        guard !report.byLead.isEmpty else { return [] }
        var table = TextTable(rightAligned: [1, 2, 3])
        table.add(l.pick("Cơ quan chủ trì", "Lead body"), l.pick("Số nhiệm vụ", "Tasks"), l.pick("Hoàn thành", "Done"),
                  l.pick("Quá hạn", "Overdue"))
        for row in report.byLead {
            table.add(row.agency, l.number(row.total), l.number(row.done), l.number(row.overdue))
        }
        return ["", l.pick("Theo cơ quan chủ trì (nhiệm vụ và nhiệm vụ con được giao):",
                           "By lead body (tasks and sub-tasks assigned):")] + table.render()
    }

    private func recurringSection(_ report: StatusReport) -> [String] {
        let l = language
        let totals = report.occurrences
        guard totals.past + totals.currentOpen + totals.done > 0 || !report.recurring.isEmpty else { return [] }
        let lines = ["", l.pick(
            "Nhiệm vụ định kỳ: \(l.number(totals.past)) kỳ đã đến hạn, \(l.number(totals.done)) hoàn thành, \(l.number(totals.missed)) không hoàn thành; \(l.number(totals.currentOpen)) kỳ hiện tại chưa hoàn thành",
            "Recurring duties: \(l.number(totals.past)) \(Self.periods(totals.past)) past, \(l.number(totals.done)) done, \(l.number(totals.missed)) missed; "
                + "\(l.number(totals.currentOpen)) current \(Self.periods(totals.currentOpen)) not done")]
        var table = TextTable()
        for row in report.recurring {
            let tally = row.occurrences
            var current = "—"
            if let occurrence = tally.current {
                current = l.pick("kỳ \(occurrence.label(l)) hạn \(occurrence.end.vietnamese): ", "\(occurrence.label(l)) due \(occurrence.end.vietnamese): ")
                    + (tally.currentDone ? l.pick("đã hoàn thành", "done") : l.pick("chưa hoàn thành", "open"))
            }
            table.add(row.id, l.pick("\(tally.done)/\(tally.past) kỳ, không hoàn thành \(tally.missed)", "\(tally.done)/\(tally.past) \(Self.periods(tally.past)), \(tally.missed) missed"),
                      current, row.title)
        }
        return lines + table.render()
    }

    /// "period" or "periods", as English counts `count` of them ("1 current period").
    static func periods(_ count: Int) -> String { count == 1 ? "period" : "periods" }

    private func dueSoonSection(_ report: StatusReport) -> [String] {
        let l = language
        let heading = l.pick("Đến hạn trong \(report.dueSoonDays) ngày tới", "Due in the next \(report.dueSoonDays) days")
        guard !report.dueSoon.isEmpty else { return [heading + l.pick(": không có.", ": none.")] }
        var table = TextTable()
        for task in report.dueSoon {
            table.add((report.plan == nil ? task.plan + "/" : "") + task.id, l.date(task.deadline) + task.tentativeMark(l),
                      task.lead.joined(separator: ", "), task.title)
        }
        return [heading + ":"] + table.render()
    }
}
