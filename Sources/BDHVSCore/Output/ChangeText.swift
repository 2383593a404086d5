/// Changes as text: the confirmation after an update and the lines of a history.
public struct ChangeText {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// "Đã ghi: nv1 — hoàn thành (trạng thái: đang thực hiện → hoàn thành; …)".
    public func confirmation(_ change: ChangeRecord) -> String {
        let l = language
        var line = l.pick("Đã ghi", "Recorded") + ": \(change.plan)\(change.task.map { "/" + $0 } ?? "") — " + line(change)
        if change.kind == .undo, let undoes = change.undoes { line += l.pick(" (hoàn tác thay đổi #\(undoes))", " (undid change #\(undoes))") }
        return TerminalText.lines([line])
    }

    /// One history entry: what, the fields, who, when it happened and when it was recorded.
    public func historyLine(_ change: ChangeRecord) -> String {
        let l = language
        // No name known is stored as none, and said in the reader's language.
        let by = change.by.isEmpty ? l.pick("không rõ", "unknown") : change.by
        var text = "#\(change.id)  \(change.on.vietnamese)  \(by)  " + line(change)
        if change.recordedOn != change.on { text += l.pick(" · ghi ngày ", " · recorded ") + change.recordedOn.vietnamese }
        if let undoes = change.undoes { text += l.pick(" · hoàn tác #\(undoes)", " · undoes #\(undoes)") }
        if let undoneBy = change.undoneBy { text += l.pick(" · đã hoàn tác (#\(undoneBy))", " · undone (#\(undoneBy))") }
        return TerminalText.line(text)
    }

    private func line(_ change: ChangeRecord) -> String {
        var text = kind(change)
        let shown = ChangeRecord.Field.displayOrder(change.fields).filter {
            [.state, .completedOn, .percent, .deadline].contains($0.field)
        }
        if !shown.isEmpty {
            text += ": " + shown.map(describe).joined(separator: "; ")
        }
        if change.fields.contains(where: { $0.field == .extendedFrom && $0.new != nil }) {
            // A deadline moved earlier is not an extension (ISO dates compare as text).
            let deadline = change.fields.first { $0.field == .deadline }
            let earlier = deadline.flatMap { field in field.old.flatMap { old in field.new.map { $0 < old } } } ?? false
            text += earlier ? language.pick(" (rút ngắn thời hạn)", " (brought forward)") : language.pick(" (gia hạn)", " (extension)")
        }
        if let note = change.note { text += " — “\(note)”" }
        return text
    }

    /// "trạng thái đang thực hiện → hoàn thành"; a value set for the first time reads
    /// "ngày hoàn thành 03/09/2025", one cleared "bỏ ngày hoàn thành 03/09/2025".
    private func describe(_ field: ChangeRecord.Field) -> String {
        switch (field.old, field.new) {
        case (nil, let new?): return "\(name(field.field)) \(value(field.field, new))"
        case (let old?, nil): return language.pick("bỏ ", "cleared ") + "\(name(field.field)) \(value(field.field, old))"
        default: return "\(name(field.field)) \(value(field.field, field.old)) → \(value(field.field, field.new))"
        }
    }

    private func kind(_ change: ChangeRecord) -> String {
        let l = language
        switch change.kind {
        case .start: return l.pick("bắt đầu thực hiện", "started")
        case .done: return l.pick("hoàn thành", "done")
        case .occurrence:
            let key = change.fields.lazy.compactMap { if case .occurrence(let key) = $0.field { key } else { nil } }.first ?? ""
            let period = Occurrence(key: key)?.label(l) ?? key
            return l.pick("hoàn thành kỳ \(period)", "period \(period) done")
        case .pause: return l.pick("tạm hoãn", "paused")
        case .cancel: return l.pick("hủy", "cancelled")
        case .reopen: return l.pick("mở lại", "reopened")
        case .progress: return l.pick("cập nhật tiến độ", "progress")
        case .note: return l.pick("ghi chú", "note")
        case .deadline: return l.pick("cập nhật thời hạn", "deadline set")
        case .undo: return l.pick("hoàn tác", "undo")
        case .activity: return l.pick("ghi hoạt động", "activity recorded")
        case .measurement: return l.pick("ghi số liệu chỉ tiêu", "indicator measured")
        case .spending: return l.pick("ghi khoản chi", "spending recorded")
        case .population: return l.pick("ghi số dân của nhóm đối tượng", "population recorded")
        case .coverage: return l.pick("ghi số người đạt kỹ năng số cơ bản", "confirmed persons recorded")
        case .team: return l.pick("ghi Tổ công nghệ số cộng đồng", "community digital team recorded")
        case .import:
            let rows = change.fields.filter { if case .record = $0.field { true } else { false } }.count
            return l.pick("nhập \(rows) dòng từ tệp", "imported \(rows) rows from a file")
        }
    }

    private func name(_ field: ChangeField) -> String {
        let l = language
        switch field {
        case .state: return l.pick("trạng thái", "state")
        case .completedOn: return l.pick("ngày hoàn thành", "completed on")
        case .percent: return l.pick("tiến độ", "percent")
        case .deadline, .recordedDeadline: return l.pick("thời hạn", "deadline")
        case .extendedFrom: return l.pick("thời hạn ban đầu", "original deadline")
        default: return field.description
        }
    }

    private func value(_ field: ChangeField, _ raw: String?) -> String {
        guard let raw else { return "—" }
        if let date = CivilDate(iso: raw) { return date.vietnamese }
        if field == .percent { return raw + "%" }
        guard field == .state else { return raw }
        return Self.stateName(raw, language)
    }

    /// The name of a task state.
    static func stateName(_ state: String, _ l: Language) -> String {
        switch state {
        case "open": return l.pick("chưa thực hiện", "not started")
        case "started": return l.pick("đang thực hiện", "started")
        case "done": return l.pick("hoàn thành", "done")
        case "paused": return l.pick("tạm hoãn", "paused")
        case "cancelled": return l.pick("đã hủy", "cancelled")
        default: return state
        }
    }
}
