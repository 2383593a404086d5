/// The latest figure of every series, read in series order, added up per plan and national
/// group as `TaskStore.figureTotals` answers. A series is a plan's figures of one kind, target
/// group and place (a village, or the whole commune); read ordered by series, day and row id,
/// its last row is its latest. Reading the rows in that order (the order of the
/// `group_figure_latest` index) and keeping each series' last one took a province's figures
/// from 8 to 3 ms at a million tasks, against a statement looking for a later figure of the
/// same series for each row.
///
/// Texts are compared byte by byte, as SQLite groups them, not as Swift compares strings
/// (which would take two spellings of one accented letter for the same).
struct LatestFigures {
    /// One figure as read: its series and value.
    struct Figure {
        var plan: Int64
        var kind: GroupFigureKind
        var targetGroup: String
        var village: String?
        var nationalGroup: String
        var count: Int64

        func sameSeries(as other: Figure) -> Bool {
            plan == other.plan && kind == other.kind && targetGroup.sameBytes(as: other.targetGroup)
                && village.sameBytes(as: other.village)
        }
    }

    /// The latest figure of each series met so far, in series order (the last still open).
    private var latest: [Figure] = []

    /// Takes the next figure in series order: the latest of its series until one of the
    /// same series comes after it.
    mutating func add(_ figure: Figure) {
        if let last = latest.last, last.sameSeries(as: figure) {
            latest[latest.count - 1] = figure
        } else {
            latest.append(figure)
        }
    }

    /// Per plan, kind and national group: each target group's commune-wide figure when there
    /// is one, else the sum of its villages'; a national group's own figure when recorded,
    /// else the sum of the plan's groups that belong to it. Ordered by plan, kind and group.
    func communeTotals() -> [FigureTotal] {
        var totals: [FigureTotal] = []
        var start = 0
        // Runs of one plan and kind (series order keeps them together).
        while start < latest.count {
            var end = start + 1
            while end < latest.count, latest[end].plan == latest[start].plan, latest[end].kind == latest[start].kind { end += 1 }
            var groups: [Figure] = []
            for figure in latest[start..<end] {
                // A target group's first series is its commune-wide one when it has one (no village sorts first).
                if let last = groups.last, last.targetGroup.sameBytes(as: figure.targetGroup) {
                    if last.village != nil { groups[groups.count - 1].count += figure.count }
                } else {
                    groups.append(figure)
                }
            }
            totals += Self.national(groups).map {
                FigureTotal(planRowID: latest[start].plan, village: nil, kind: latest[start].kind, group: $0.group, count: $0.count)
            }
            start = end
        }
        return totals
    }

    /// Per plan, village, kind and national group, of the villages' own figures. Ordered by
    /// plan, village, kind and group.
    func villageTotals() -> [FigureTotal] {
        let villages = latest.filter { $0.village != nil }.sorted { a, b in
            if a.plan != b.plan { return a.plan < b.plan }
            if let order = (a.village ?? "").byteOrder(b.village ?? "") { return order }
            return a.kind.rawValue.utf8.lexicographicallyPrecedes(b.kind.rawValue.utf8)
        }
        var totals: [FigureTotal] = []
        var start = 0
        while start < villages.count {
            let first = villages[start]
            var end = start + 1
            while end < villages.count, villages[end].plan == first.plan, villages[end].village.sameBytes(as: first.village),
                  villages[end].kind == first.kind { end += 1 }
            totals += Self.national(Array(villages[start..<end])).map {
                FigureTotal(planRowID: first.plan, village: first.village, kind: first.kind, group: $0.group, count: $0.count)
            }
            start = end
        }
        return totals
    }

    /// The national groups of one plan's (or village's) target groups of one kind, in byte
    /// order: a national group's own figure when there is one, else the sum of the others.
    private static func national(_ groups: [Figure]) -> [(group: String, count: Int64)] {
        var result: [(group: String, own: Int64?, others: Int64)] = []
        for figure in groups {
            let own = figure.targetGroup.sameBytes(as: figure.nationalGroup)
            if let index = result.firstIndex(where: { $0.group.sameBytes(as: figure.nationalGroup) }) {
                if own { result[index].own = max(result[index].own ?? figure.count, figure.count) } else { result[index].others += figure.count }
            } else {
                result.append((figure.nationalGroup, own ? figure.count : nil, own ? 0 : figure.count))
            }
        }
        return result.sorted { $0.group.utf8.lexicographicallyPrecedes($1.group.utf8) }.map { ($0.group, $0.own ?? $0.others) }
    }
}

private extension String {
    /// Equal as SQLite's BINARY collation says: the same bytes.
    func sameBytes(as other: String) -> Bool { utf8.elementsEqual(other.utf8) }

    /// True or false when the bytes order `self` before or after `other`; nil when equal.
    func byteOrder(_ other: String) -> Bool? {
        sameBytes(as: other) ? nil : utf8.lexicographicallyPrecedes(other.utf8)
    }
}

private extension Optional where Wrapped == String {
    /// Equal as SQLite's `IS` says: both none, or the same bytes.
    func sameBytes(as other: String?) -> Bool {
        switch (self, other) {
        case (nil, nil): return true
        case (let a?, let b?): return a.sameBytes(as: b)
        default: return false
        }
    }
}
