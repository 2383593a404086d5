/// What kind of row a row under the header is, by what it holds: a group ("I", "III.1",
/// "Nhóm …"), a heading over tasks, a part ("A"), the header printed again.
extension TableReading {
    /// A group row: numbered I, II, … or "Nhóm …", with nothing in the lead and timeline.
    /// A group divided into smaller groups numbers them after its own ("III.1", "III.1.3" in
    /// Phụ lục II of Quyết định 2629/QĐ-TTg): a row so numbered, with only its number and
    /// title, is a group too (it read as a task with no lead, and the plan was not valid).
    static func isGroup(number: String, content: String, filled: [TableCell]) -> Bool {
        let roman = number.trimmingEnds([".", ")"])
        if !roman.isEmpty, roman.allSatisfy({ "IVXLC".contains($0) }) { return true }
        let parts = roman.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, !parts[0].isEmpty, parts[0].allSatisfy({ "IVXLC".contains($0) }),
           parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
           !content.isEmpty, filled.count == 2 {
            return true
        }
        guard Set(filled.map(\.text)).count == 1 else { return false }
        let key = Folding.key(filled[0].text)
        return key.hasPrefix("nhom ") || key.range(of: #"^[ivxlc]+[.)] "#, options: .regularExpression) != nil
    }

    /// A row of one text only, in one cell or merged across the row (its number cell
    /// empty or holding that text): a heading over the tasks below it ("Nhiệm vụ giao Bộ
    /// trưởng Bộ Công an chỉ đạo" in Phụ lục II of Thông báo 624/TB-VPCP). It read as a task
    /// with no lead, and the plan was not valid.
    static func isHeading(number: String, filled: [TableCell]) -> Bool {
        guard let text = filled.first?.text, Set(filled.map(\.text)).count == 1 else { return false }
        return number.isEmpty || number == text
    }

    /// "1. Title" → ("1.", "Title"); nil for any other text.
    static func arabicNumberedTitle(_ text: String) -> (number: String, title: String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")",
              rest.dropFirst().first?.isWhitespace == true else { return nil }
        let title = String(rest.dropFirst().drop(while: \.isWhitespace))
        return title.isEmpty ? nil : (String(digits) + String(mark), title)
    }

    /// True when every filled cell of `row` holds its column's header, as written but for
    /// case and diacritics.
    func repeatsHeader(_ row: [TableCell]) -> Bool {
        row.enumerated().allSatisfy { index, cell in
            cell.text.isEmpty || columns.headers.indices.contains(index)
                && Folding.key(cell.text.replacingOccurrences(of: "\n", with: " "))
                == Folding.key(columns.headers[index].replacingOccurrences(of: "\n", with: " "))
        }
    }

    /// The letter of a part row: "A" (a plan's first part), or the letter after the last
    /// part's ("B" after "A"); nil for anything else, so "C" alone stays a roman number.
    static func partLetter(_ number: String, after last: Character?) -> Character? {
        let text = number.trimmingEnds([".", ")"])
        guard text.count == 1, let letter = text.first, letter.isASCII, letter.isUppercase else { return nil }
        let expected = last.flatMap { $0.asciiValue }.map { Character(UnicodeScalar($0 + 1)) } ?? "A"
        return letter == expected ? letter : nil
    }

    /// A roman number and the title after it, as a group row written in one cell has them:
    /// "I. NÂNG CAO NHẬN THỨC" → ("I.", "NÂNG CAO NHẬN THỨC"); nil for any other text.
    static func numberedTitle(_ text: String) -> (number: String, title: String)? {
        let roman = text.prefix { "IVXLC".contains($0) }
        let rest = text.dropFirst(roman.count)
        guard !roman.isEmpty, let mark = rest.first, mark == "." || mark == ")",
              rest.dropFirst().first?.isWhitespace == true else { return nil }
        let title = String(rest.dropFirst().drop(while: \.isWhitespace))
        return title.isEmpty ? nil : (String(roman) + String(mark), title)
    }
}

extension TableReading {
    /// The words of a row of totals ("Tổng cộng", "TỔNG", "Cộng:", "Tổng kinh phí") written
    /// in its first filled cell; nil for any other row. Such a row was read as a group.
    static func totalText(_ filled: [TableCell]) -> String? {
        guard let first = filled.first?.text else { return nil }
        let key = Folding.key(first).trimmingEnds([":", "."])
        let totals = ["tong", "cong", "tong cong", "tong so", "tong kinh phi", "tong cong kinh phi", "cong kinh phi", "tong du toan"]
        return totals.contains(key) ? first : nil
    }
}

extension TableReading {
    /// The leads and coordinators of a cell under one header for both ("Đơn vị chủ trì, phối
    /// hợp"): names marked "chủ trì" lead and those marked "phối hợp" coordinate, the marks
    /// cut; with no "chủ trì" mark the first unmarked name leads. Nil under any other header,
    /// or for a cell of one name unmarked (read as a lead, as before).
    static func leadAndCoordinators(_ text: String, header: String) -> (leads: [String], coordinating: [String])? {
        let key = Folding.key(header)
        guard key.contains("chu tri"), key.contains("phoi hop") else { return nil }
        var marked: [(name: String, leads: Bool?)] = BodyNames.split(text).map { name in
            let folded = Folding.key(name)
            for (mark, leads) in [(" chu tri", true), (" phoi hop", false)] where folded.hasSuffix(mark) {
                return (String(name.dropLast(mark.count)).trimmingWhitespace.trimmingEnds([":", "-", ","]).trimmingWhitespace, leads)
            }
            return (name, nil)
        }
        guard marked.count > 1 || marked.first?.leads != nil else { return nil }
        if !marked.contains(where: { $0.leads == true }), let first = marked.firstIndex(where: { $0.leads == nil }) {
            marked[first].leads = true
        }
        return (marked.filter { $0.leads == true }.map(\.name), marked.filter { $0.leads != true }.map(\.name))
    }
}
