/// Text for `bdhvs plan list` and `bdhvs plan load`.
public struct PlanText {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ plans: [PlanListRow]) -> String {
        let l = language
        guard !plans.isEmpty else {
            return l.pick("Chưa có kế hoạch nào. Nạp một kế hoạch: bdhvs plan load TỆP.yaml\n",
                          "No plan is loaded. Load one: bdhvs plan load FILE.yaml\n")
        }
        var table = TextTable(rightAligned: [4])
        // A list with a plan that is not a commune's names the column for any body.
        let anyBody = plans.contains { $0.level != nil }
        table.add(l.pick("Mã", "Id"), anyBody ? l.pick("Cơ quan, đơn vị", "Body") : l.pick("Xã/phường", "Commune"),
                  l.pick("Tỉnh", "Province"), l.pick("Năm", "Year"),
                  l.pick("Nhiệm vụ", "Tasks"), l.pick("Tên kế hoạch", "Title"))
        for plan in plans {
            table.add(plan.plan, plan.place, plan.province, plan.years, l.number(plan.tasks), plan.title)
        }
        return TerminalText.lines(table.render(indent: ""))
    }

    /// What a load did, in a few lines.
    public func render(_ summary: LoadSummary, file: String) -> String {
        let l = language
        if summary.changesNothing {
            return l.pick("Kế hoạch \(summary.plan) trong \(file) không thay đổi (\(summary.unchanged) nhiệm vụ và nhiệm vụ con).\n",
                          "Plan \(summary.plan) in \(file) is unchanged (\(summary.unchanged) tasks and sub-tasks).\n")
        }
        var lines = [summary.isNew
            ? l.pick("Đã nạp kế hoạch \(summary.plan) từ \(file):", "Loaded plan \(summary.plan) from \(file):")
            : l.pick("Đã cập nhật kế hoạch \(summary.plan) từ \(file):", "Updated plan \(summary.plan) from \(file):")]
        func list(_ ids: [String]) -> String { ids.joined(separator: ", ") }
        if !summary.added.isEmpty { lines.append(l.pick("  thêm \(summary.added.count): ", "  added \(summary.added.count): ") + list(summary.added)) }
        if !summary.changed.isEmpty {
            let items = summary.changed.map { "\($0.task) (\($0.fields.joined(separator: ", ")))" }
            lines.append(l.pick("  thay đổi \(summary.changed.count): ", "  changed \(summary.changed.count): ") + items.joined(separator: "; "))
        }
        if !summary.planFields.isEmpty {
            lines.append(l.pick("  thay đổi ngoài nhiệm vụ: ", "  changed outside the tasks: ") + list(summary.planFields))
        }
        if !summary.restored.isEmpty { lines.append(l.pick("  khôi phục \(summary.restored.count): ", "  restored \(summary.restored.count): ") + list(summary.restored)) }
        if !summary.retired.isEmpty {
            lines.append(l.pick("  thôi theo dõi \(summary.retired.count) (không còn trong tệp, dữ liệu đã ghi được giữ lại): ",
                                "  retired \(summary.retired.count) (no longer in the file; their records are kept): ") + list(summary.retired))
        }
        if summary.unchanged > 0 { lines.append(l.pick("  không đổi: \(summary.unchanged)", "  unchanged: \(summary.unchanged)")) }
        return TerminalText.lines(lines)
    }

    /// One line for a file of a many-file load.
    public func line(_ summary: LoadSummary, file: String) -> String {
        let l = language
        var parts: [String] = []
        if !summary.added.isEmpty { parts.append(l.pick("thêm \(summary.added.count)", "added \(summary.added.count)")) }
        if !summary.changed.isEmpty { parts.append(l.pick("thay đổi \(summary.changed.count)", "changed \(summary.changed.count)")) }
        if !summary.retired.isEmpty { parts.append(l.pick("thôi theo dõi \(summary.retired.count)", "retired \(summary.retired.count)")) }
        if !summary.restored.isEmpty { parts.append(l.pick("khôi phục \(summary.restored.count)", "restored \(summary.restored.count)")) }
        if !summary.planFields.isEmpty { parts.append(l.pick("thay đổi ", "changed ") + summary.planFields.joined(separator: ", ")) }
        if parts.isEmpty { parts.append(l.pick("không thay đổi", "unchanged")) }
        return TerminalText.lines(["\(file): \(summary.plan) — \(parts.joined(separator: ", "))"])
    }

    /// The closing line of a many-file load.
    public func totals(loaded: Int, failed: Int) -> String {
        language.pick("Đã nạp \(loaded) kế hoạch; \(failed) tệp có lỗi không được nạp.\n",
                      "Loaded \(loaded) plans; \(failed) files with errors were not loaded.\n")
    }
}
