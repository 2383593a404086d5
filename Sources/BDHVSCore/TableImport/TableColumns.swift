/// What a column of a task table holds, recognised from its header as documents write it.
enum ColumnRole: String, CaseIterable, Sendable {
    case number, content, lead, advisory, coordinating, timeline, deliverable, budget, note

    /// The role a header names, from its folded text ("Cơ quan chủ trì", "co quan chu tri",
    /// "CHỦ TRÌ", "Đơn vị chủ trì thực hiện"…); nil for a header of no known role.
    static func of(header: String) -> ColumnRole? {
        let key = Folding.key(header.replacingOccurrences(of: "\n", with: " "))
        let compact = Folding.compactKey(header)
        if ["tt", "stt", "sott", "sothutu", "thutu"].contains(compact) { return .number }
        // A column that names the lead names it first: "Đơn vị chủ trì, phối hợp" (each task then
        // has its bodies as leads, said at each cell), "Cơ quan chủ trì tham mưu". Both went to
        // the coordinators or the advisory body, and no task had a lead.
        if key.contains("chu tri") { return .lead }
        // "phối hợp" before the doers: "Cơ quan phối hợp" also says "cơ quan".
        if key.contains("phoi hop") { return .coordinating }
        // The time before the doers: "Thời gian tổ chức thực hiện" says "tổ chức thực hiện".
        if key.hasPrefix("thoi gian") || key.hasPrefix("thoi han") { return .timeline }
        // "Kinh phí", "Kinh phí thực hiện (triệu đồng)", "Dự toán": the task's estimate. "Nguồn
        // kinh phí" names where the money comes from, not how much: kept in the note.
        if key.contains("kinh phi") || key.contains("du toan") { return key.contains("nguon") ? nil : .budget }
        // "Cơ quan tham mưu": the body that prepares the work for the lead (the Đông Trà Bồng
        // plan's Phòng Văn hóa - Xã hội for the UBND), the plan's `advisory`.
        if key.contains("tham muu") { return .advisory }
        // Schools and offices name the lead by who does the work: "Bộ phận thực hiện", "Người
        // thực hiện", "Lực lượng thực hiện", "Phân công"; the column went to the note and no
        // task had a lead.
        let doers = ["co quan", "don vi", "bo phan", "nguoi", "luc luong", "chu the", "to chuc"]
        if key.contains("thuc hien") && doers.contains(where: key.contains)
            || key.contains("trach nhiem") || key.contains("phu trach") || key == "phan cong" || key.hasPrefix("phan cong thuc hien") { return .lead }
        // "Hạn hoàn thành", "Hạn chót", "Thời điểm": the time, as "Thời gian" and "Thời hạn" are.
        if key.contains("thoi gian") || key.contains("thoi han") || key.contains("tien do") || key.contains("han hoan thanh")
            || key.contains("han chot") || key.hasPrefix("thoi diem") || key == "han" { return .timeline }
        // "Kết quả thực hiện" reports what was done (Thông báo 624/TB-VPCP, Phụ lục II: "Đã
        // hoàn thành", "Bộ Công an đang dự thảo …"), not the product due: kept in the note.
        if key.contains("ket qua thuc hien") { return nil }
        if key.contains("san pham") || key.contains("ket qua") { return .deliverable }
        if key.contains("ghi chu") { return .note }
        if key.contains("noi dung") || key.contains("nhiem vu") || key.contains("cong viec")
            || key.contains("hoat dong") || key.contains("ten de an") { return .content }
        return nil
    }
}

/// Where the header of a task table is and which column holds what.
struct TableColumns {
    /// Index (0-based) of the last header row.
    var lastHeaderRow: Int
    /// Column index (0-based) of each role found.
    var roles: [ColumnRole: Int]
    /// The header text of every column (the lower header row where there are two).
    var headers: [String]
    /// Header cells of no known role: their text is kept in each task's note.
    var others: [(index: Int, header: String)]

    /// How many header rows are searched from the top of a table. A sheet holds the plan's
    /// head above its table (the bodies' names, the motto, number and date, the title, the
    /// "Căn cứ …" lines): with 15, a header on row 19 was "no task table found".
    static let searchedRows = 40
    /// The most words the one filled cell of a second header row holds ("Cơ quan chủ trì
    /// thực hiện"); more is a group's title under the header.
    static let labelWords = 6

    /// The header of `grid`: the row naming the most roles, one of them the content;
    /// a second row under it ("Chủ trì" | "Phối hợp" under a merged "Cơ quan thực hiện")
    /// refines it. Nil when no row names a content column and another.
    static func find(in grid: TableGrid) -> TableColumns? {
        var best: (row: Int, roles: [ColumnRole: Int])?
        for (index, row) in grid.rows.prefix(searchedRows).enumerated() {
            let roles = Self.roles(of: row)
            guard roles[.content] != nil, roles.count >= 2 else { continue }
            if roles.count > best?.roles.count ?? 0 { best = (index, roles) }
        }
        guard var (last, roles) = best else { return nil }
        var headers = grid.rows[last].map(\.text)
        if last + 1 < grid.rows.count {
            let next = grid.rows[last + 1]
            let refined = Self.roles(of: next)
            let filled = next.filter { !$0.text.isEmpty }
            // Labels ("Chủ trì", "Phối hợp"), not a first group's title under the header
            // ("Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo", Thông báo
            // 624/TB-VPCP, Phụ lục II), which names the content too and was read as the header.
            // A title is one cell; several cells, each naming its own role, are labels however
            // long ("Các cơ quan, đơn vị phối hợp thực hiện nhiệm vụ").
            let labels = filled.count > 1 || filled.allSatisfy { $0.text.split(whereSeparator: \.isWhitespace).count <= Self.labelWords }
            // One cell naming the content ("Nhiệm vụ trọng tâm", "I. NHIỆM VỤ CHUNG" merged
            // across the row) is the first group's title: the content's own header is on the
            // first row. It was read as a second header, the titles taken from the number
            // column, and the first group lost. A numbered text is never a label either.
            let title = filled.count == 1 && refined[.content] != nil
                || filled.contains { TableReading.numberedTitle($0.text) != nil || TableReading.arabicNumberedTitle($0.text) != nil }
            if !refined.isEmpty, refined.count == filled.count, labels, !title {
                for (role, index) in refined { roles[role] = index }
                for (index, cell) in next.enumerated() where !cell.text.isEmpty { headers[index] = cell.text }
                last += 1
            }
        }
        let used = Set(roles.values)
        let others = headers.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }
            .map { (index: $0.offset, header: $0.element) }
        return TableColumns(lastHeaderRow: last, roles: roles, headers: headers, others: others)
    }

    /// The first column of each role named in `row`.
    static func roles(of row: [TableCell]) -> [ColumnRole: Int] {
        var roles: [ColumnRole: Int] = [:]
        for (index, cell) in row.enumerated() where !cell.text.isEmpty {
            if let role = ColumnRole.of(header: cell.text), roles[role] == nil { roles[role] = index }
        }
        // A result report's "Tiến độ thực hiện" ("Đã hoàn thành", "Đang thực hiện") before its
        // "Thời hạn": the time is the column that says it, the progress goes to the note. The
        // progress was read as every task's time, and the plan had no year.
        if let index = roles[.timeline], Self.isProgress(row[index].text),
           let dated = row.indices.first(where: { $0 > index && ColumnRole.of(header: row[$0].text) == .timeline && !Self.isProgress(row[$0].text) }) {
            roles[.timeline] = dated
        }
        return roles
    }

    /// The đồng one unit of a budget column stands for, as its header says: "(triệu đồng)"
    /// 1.000.000, "(nghìn đồng)" or "(1.000 đồng)" 1.000, else 1.
    static func budgetUnit(_ header: String) -> Int64 {
        let key = Folding.key(header.replacingOccurrences(of: "\n", with: " "))
        if key.contains("trieu") { return 1_000_000 }
        if key.contains("nghin") || key.contains("ngan dong") || key.contains("1.000 dong") || key.contains("1000 dong") { return 1_000 }
        return 1
    }

    /// True for a header of progress alone ("Tiến độ", "Tiến độ thực hiện"), not of a time.
    static func isProgress(_ header: String) -> Bool {
        let key = Folding.key(header.replacingOccurrences(of: "\n", with: " "))
        return key.contains("tien do") && !key.contains("thoi gian") && !key.contains("thoi han")
    }
}
