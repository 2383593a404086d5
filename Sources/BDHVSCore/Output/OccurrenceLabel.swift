extension Occurrence {
    /// How officials name a period: "tháng 6/2026", "quý II/2026", "năm 2026",
    /// "tuần 29/06–05/07/2026", "ngày 15/03/2026" (English: "06/2026", "Q2/2026", …).
    public func label(_ l: Language) -> String {
        let key = self.key
        if key.contains("-W") {
            let from = String(start.vietnamese.prefix(5))
            return l.pick("tuần \(from)–\(end.vietnamese)", "week \(from)–\(end.vietnamese)")
        }
        if let q = key.split(separator: "Q").last, key.contains("-Q"), let quarter = Int(q) {
            let roman = ["I", "II", "III", "IV"][quarter - 1]
            return l.pick("quý \(roman)/\(start.year)", "Q\(quarter)/\(start.year)")
        }
        if key.hasSuffix("-H1") || key.hasSuffix("-H2") {
            let first = key.hasSuffix("-H1")
            return l.pick("6 tháng \(first ? "đầu" : "cuối") năm \(start.year)", "\(first ? "H1" : "H2")/\(start.year)")
        }
        switch key.count {
        case 4: return l.pick("năm \(key)", key)
        case 7: return l.pick("tháng \(start.month)/\(start.year)", "\(start.month < 10 ? "0" : "")\(start.month)/\(start.year)")
        default: return l.pick("ngày \(start.vietnamese)", start.vietnamese)
        }
    }
}
