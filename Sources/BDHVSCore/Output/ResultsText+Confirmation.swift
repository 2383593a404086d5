extension ResultsText {
    /// "Đã ghi số dân nhóm 'nguoi-dan' của nghia-giang-2025 tính đến ngày 01/10/2025: 30.000 người (#3)",
    /// with the group and village as the plan writes them.
    public func confirmation(_ recorded: Recorded<GroupFigureInput>) -> String {
        let (input, change, l) = (recorded.input, recorded.change, language)
        let what = input.kind == .population ? l.pick("số dân", "population of") : l.pick("số người đạt kỹ năng số cơ bản", "persons confirmed of")
        let place = input.village.map { l.pick(" tại '\($0)'", " in '\($0)'") } ?? ""
        return TerminalText.lines([l.pick("Đã ghi \(what) nhóm '\(input.group)' của ", "Recorded \(what) group '\(input.group)' of ")
            + change.plan + place + l.pick(" tính đến ngày ", " as of ") + input.countedOn.vietnamese + ": "
            + language.decimal(Numbers.grouped(input.count)) + l.pick(" người", " persons") + " (#\(change.id))"])
    }

    /// "Đã ghi Tổ công nghệ số cộng đồng tại 'Thôn 1' của nghia-giang-2025 ngày 05/08/2025: 5 thành viên (#4)".
    public func confirmation(_ recorded: Recorded<TeamInput>) -> String {
        let (input, change, l) = (recorded.input, recorded.change, language)
        var text = l.pick("Đã ghi Tổ công nghệ số cộng đồng tại '\(input.village)' của ", "Recorded the community digital team in '\(input.village)' of ")
            + change.plan + l.pick(" ngày ", " on ") + input.foundedOn.vietnamese + ": "
            + l.pick("\(language.decimal(Numbers.grouped(input.members))) thành viên", "\(language.decimal(Numbers.grouped(input.members))) members")
        if let decision = input.decision { text += " — \(decision)" }
        return TerminalText.lines([text + " (#\(change.id))"])
    }
}
