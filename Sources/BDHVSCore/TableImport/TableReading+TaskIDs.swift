/// The ids tasks get from the numbers their table writes.
extension TableReading {
    /// Ids from the numbers written ("1" → 'nv1', "2.1" → 'nv2-1'); when numbers restart in
    /// each group, with the group's place ('nv2-1' for task 1 of group II); else in order.
    static func taskIDs(numbers: [String], groups: [Int?]) -> [String] {
        let cleaned = numbers.map { number in
            String(number.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
                .split(separator: "-").joined(separator: "-")
        }
        let plain = cleaned.map { "nv" + $0 }
        if !cleaned.contains(""), Set(plain).count == plain.count { return plain }
        let grouped = zip(cleaned, groups).map { number, group in "nv\((group ?? -1) + 1)-\(number)" }
        if !cleaned.contains(""), Set(grouped).count == grouped.count { return grouped }
        return numbers.indices.map { "nv\($0 + 1)" }
    }

    /// `numbers` with a number for each task that has none of its own, numbered after the
    /// task above it in its group ("1.1", "1.2" after "1"; "0.1" before the group's first
    /// number), and that task's number (nil before the first). One "+" row before task 1 left
    /// a task with no number, and every id fell back to row order: task 1 was 'nv2', its items
    /// 'nv3', 'nv4', not 'nv1-1', 'nv1-2'. A table that numbers no task keeps its row order.
    static func numbersOfUnnumbered(_ numbers: [String], groups: [Int?], parents: [Int?]) -> (numbers: [String], after: [String?]) {
        var after = [String?](repeating: nil, count: numbers.count)
        guard numbers.contains(where: { !$0.isEmpty }) else { return (numbers, after) }
        var filled = numbers
        var above: (number: String?, group: Int?, count: Int) = (nil, nil, 0)
        for index in numbers.indices {
            if !numbers[index].isEmpty {
                if parents[index] == nil { above = (numbers[index], groups[index], 0) }
                continue
            }
            if above.number == nil || above.group != groups[index] { above = (nil, groups[index], 0) }
            above.count += 1
            filled[index] = "\(above.number ?? "0").\(above.count)"
            after[index] = above.number
        }
        return (filled, after)
    }
}
