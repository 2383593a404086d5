/// What a CSV file holds, as its header says: activities, measurements or spending.
public enum ImportKind: String, Sendable, Codable, CaseIterable {
    case activity, measurement, spending
    /// Population and confirmed persons of target groups, as of a date (issue 13).
    case figure

    /// The columns a file of this kind must have.
    var requiredColumns: [CSVColumn] {
        switch self {
        case .activity: return [.task, .date, .participants]
        case .measurement: return [.indicator, .date]
        case .spending: return [.task, .date, .amount, .source]
        case .figure: return [.group, .date]
        }
    }

    /// The columns a file of this kind may have, as a finding lists them.
    func expectedColumns(_ language: Language) -> String {
        switch (self, language) {
        case (.activity, .vi): return "kế hoạch, nhiệm vụ, ngày, số người, đơn vị tính, tên hoạt động, địa điểm, ghi chú, thôn, lũy kế và các cột nhóm đối tượng"
        case (.activity, .en): return "plan, task, date, participants, unit, title, place, note, village, running_total and target group columns"
        case (.measurement, .vi): return "kế hoạch, chỉ tiêu, ngày, giá trị hoặc tử số và mẫu số, nguồn số liệu"
        case (.measurement, .en): return "plan, indicator, date, value or numerator and denominator, source"
        case (.spending, .vi): return "kế hoạch, nhiệm vụ, ngày, số tiền, nguồn kinh phí, loại (giải ngân hoặc quyết toán), ghi chú"
        case (.spending, .en): return "plan, task, date, amount, source, kind (disbursed or settled), note"
        case (.figure, .vi): return "kế hoạch, nhóm đối tượng, thôn, ngày, số dân, số người đạt, nguồn số liệu"
        case (.figure, .en): return "plan, group, village, date, population, confirmed, source"
        }
    }
}

/// A column of a CSV import, whatever the header calls it.
public enum CSVColumn: String, CaseIterable, Sendable {
    case plan, task, date, participants, unit, title, place, note, indicator, value, numerator, denominator, source, amount, kind
    case village, runningTotal = "running_total", group, population, confirmed

    /// Header names as people write them, folded (`Folding.key`).
    var names: [String] {
        switch self {
        case .plan: return ["plan", "ke hoach", "ma ke hoach"]
        case .task: return ["task", "nhiem vu", "ma nhiem vu"]
        case .date: return ["date", "ngay"]
        case .participants: return ["participants", "so nguoi", "so nguoi tham gia", "tong so", "so luong"]
        case .unit: return ["unit", "don vi tinh", "don vi"]
        case .title: return ["title", "ten hoat dong", "hoat dong", "noi dung"]
        case .place: return ["place", "dia diem"]
        case .note: return ["note", "ghi chu"]
        case .indicator: return ["indicator", "chi tieu", "ma chi tieu"]
        case .value: return ["value", "gia tri"]
        case .numerator: return ["numerator", "tu so"]
        case .denominator: return ["denominator", "mau so"]
        case .source: return ["source", "nguon", "nguon kinh phi", "nguon so lieu"]
        case .amount: return ["amount", "so tien"]
        case .kind: return ["kind", "loai"]
        case .village: return ["village", "thon", "to dan pho", "thon, to dan pho", "thon/to dan pho"]
        case .runningTotal: return ["running_total", "running total", "luy ke", "so luy ke"]
        case .group: return ["group", "target group", "nhom", "nhom doi tuong", "doi tuong"]
        case .population: return ["population", "so dan", "dan so"]
        case .confirmed: return ["confirmed", "so nguoi dat", "so nguoi da dat", "da dat"]
        }
    }

    /// The column a folded header name stands for.
    static let byName: [String: CSVColumn] = Dictionary(
        allCases.flatMap { column in column.names.map { ($0, column) } }, uniquingKeysWith: { first, _ in first })

    /// The column's name in `language`, for a header that lacks it.
    public func name(_ language: Language) -> String {
        guard language == .vi else { return rawValue }
        switch self {
        case .plan: return "kế hoạch"
        case .task: return "nhiệm vụ"
        case .date: return "ngày"
        case .participants: return "số người"
        case .unit: return "đơn vị tính"
        case .title: return "tên hoạt động"
        case .place: return "địa điểm"
        case .note: return "ghi chú"
        case .indicator: return "chỉ tiêu"
        case .value: return "giá trị"
        case .numerator: return "tử số"
        case .denominator: return "mẫu số"
        case .source: return "nguồn"
        case .amount: return "số tiền"
        case .kind: return "loại"
        case .village: return "thôn, tổ dân phố"
        case .runningTotal: return "lũy kế"
        case .group: return "nhóm đối tượng"
        case .population: return "số dân"
        case .confirmed: return "số người đạt"
        }
    }
}
