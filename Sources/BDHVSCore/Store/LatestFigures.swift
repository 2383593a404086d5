import Foundation
import GRDB
import GRDBSQLite

/// The latest figure of every series, read in series order, added up per plan and national
/// group as `TaskStore.figureTotals` answers. A series is a plan's figures of one kind, target
/// group and place (a village, or the whole commune); read ordered by series, day and row id,
/// its last row is its latest. Reading the rows in that order (the order of the
/// `group_figure_latest` index) and keeping each series' last one replaced a statement
/// looking for a later figure of the same series for each row.
///
/// Rows are compared by their bytes as SQLite holds them, with no text made but one per
/// series (a province has 3,840 series in 5,664 figures at a million tasks), and as SQLite
/// groups texts: byte by byte, not as Swift compares strings (which would take two
/// spellings of one accented letter for the same).
struct LatestFigures {
    /// One series' latest figure.
    struct Figure {
        var plan: Int64
        var kind: GroupFigureKind
        var targetGroup: String
        var village: String?
        var nationalGroup: String
        var count: Int64
    }

    /// The latest figure of each series read and ended, in series order.
    private var latest: [Figure] = []
    /// The series being read, as the bytes of its columns, and its latest figure so far.
    private var open: (plan: Int64, kind: [UInt8], target: [UInt8], village: [UInt8]?, national: [UInt8], count: Int64)?

    /// Takes the row `statement` stands on (plan_id, kind, target_group, village,
    /// national_group, count), next in series order: the latest of its series until one of
    /// the same series comes after it.
    mutating func add(_ statement: OpaquePointer) throws {
        let plan = sqlite3_column_int64(statement, 0)
        let kind = Self.bytes(statement, 1) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        let target = Self.bytes(statement, 2) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        let village = Self.bytes(statement, 3)
        let national = Self.bytes(statement, 4) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        let count = sqlite3_column_int64(statement, 5)
        if var series = open, series.plan == plan, Self.same(kind, series.kind), Self.same(target, series.target),
           Self.same(village, series.village) {
            series.count = count
            if !Self.same(national, series.national) { series.national = Array(national) }
            open = series
            return
        }
        try end()
        open = (plan, Array(kind), Array(target), village.map { Array($0) }, Array(national), count)
    }

    /// Ends the series being read: every row has been taken.
    mutating func end() throws {
        guard let series = open else { return }
        open = nil
        guard let kind = GroupFigureKind(rawValue: String(decoding: series.kind, as: UTF8.self)) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "group_figure.kind '\(String(decoding: series.kind, as: UTF8.self))'")
        }
        latest.append(Figure(plan: series.plan, kind: kind, targetGroup: String(decoding: series.target, as: UTF8.self),
                             village: series.village.map { String(decoding: $0, as: UTF8.self) },
                             nationalGroup: String(decoding: series.national, as: UTF8.self), count: series.count))
    }

    /// A text column's bytes, valid until the statement steps again; nil for NULL.
    private static func bytes(_ statement: OpaquePointer, _ column: Int32) -> UnsafeRawBufferPointer? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        // The text first, then its length (SQLite's order for a text column).
        let start = sqlite3_column_text(statement, column)
        return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column)))
    }

    private static func same(_ bytes: UnsafeRawBufferPointer, _ kept: [UInt8]) -> Bool {
        bytes.count == kept.count && (bytes.count == 0 || kept.withUnsafeBytes { memcmp(bytes.baseAddress!, $0.baseAddress!, bytes.count) == 0 })
    }

    private static func same(_ bytes: UnsafeRawBufferPointer?, _ kept: [UInt8]?) -> Bool {
        switch (bytes, kept) {
        case (nil, nil): return true
        case (let bytes?, let kept?): return same(bytes, kept)
        default: return false
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
