/// The ids tasks get from the numbers their table writes.
extension TableReading {
    /// Ids from the numbers written ("1" → 'nv1', "2.1" → 'nv2-1'); when numbers restart in
    /// each group, with the group's place ('nv2-1' for task 1 of group II); in order when no
    /// task has a number. A number written on two rows (a Word cell merged down over a task's
    /// two rows, "2" copied to each) keeps the first row's id and gives the later one the
    /// next free suffix ('nv2-2'), listed in `renamed`: one repeat made every id fall back to
    /// row order, so task 3 became 'nv4' without a word.
    static func taskIDs(numbers: [String], groups: [Int?]) -> (ids: [String], renamed: [Int]) {
        let cleaned = numbers.map { number in
            String(number.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
                .split(separator: "-").joined(separator: "-")
        }
        guard !cleaned.contains("") else { return (numbers.indices.map { "nv\($0 + 1)" }, []) }
        let plain = cleaned.map { "nv" + $0 }
        let grouped = zip(cleaned, groups).map { number, group in "nv\((group ?? -1) + 1)-\(number)" }
        let repeats = { (ids: [String]) in ids.count - Set(ids).count }
        let base = repeats(plain) <= repeats(grouped) ? plain : grouped
        guard repeats(base) > 0 else { return (base, []) }
        let taken = Set(base)
        var used: Set<String> = []
        var renamed: [Int] = []
        let ids = base.enumerated().map { index, id in
            guard used.contains(id) else { used.insert(id); return id }
            let unique = (2...).lazy.map { "\(id)-\($0)" }.first { !taken.contains($0) && !used.contains($0) }!
            used.insert(unique)
            renamed.append(index)
            return unique
        }
        return (ids, renamed)
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
