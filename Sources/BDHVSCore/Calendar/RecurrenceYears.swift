// A recurring duty of a multi-year plan ("Hằng năm" in a plan for "giai đoạn 2025 - 2030")
// falls due in every year the plan spans, not only in its first year.

extension RecurrencePeriod {
    /// Every occurrence in the years `years` (the years a plan spans), in order, each once:
    /// a week across New Year belongs to both years but is one occurrence.
    public func occurrences(inYears years: ClosedRange<Int>) -> [Occurrence] {
        var result: [Occurrence] = []
        for year in years {
            for occurrence in occurrences(inYear: year) where result.last.map({ occurrence.start > $0.start }) ?? true {
                result.append(occurrence)
            }
        }
        return result
    }

    /// The occurrence a key names, if it is one of this period's keys in `years`.
    public func occurrence(key: String, inYears years: ClosedRange<Int>) -> Occurrence? {
        occurrences(inYears: years).first { $0.key == key }
    }
}

extension ClosedRange where Bound == Int {
    /// The years from `first` to `last` as a plan states them; a plan of one year (no last
    /// year, or a last year before the first, which validation refuses) spans its first year.
    public static func planYears(first: Int, last: Int?) -> ClosedRange<Int> {
        first...Swift.max(first, last ?? first)
    }
}

extension OccurrenceTally {
    /// Counts the occurrences of `period` in the years `years` as of `asOf`, given the keys
    /// marked done; periods that ended before the plan was issued (`since`) do not count.
    public static func count(
        _ period: RecurrencePeriod, years: ClosedRange<Int>, asOf: CivilDate, doneKeys: Set<String>, since: CivilDate? = nil
    ) -> OccurrenceTally {
        count(period.occurrences(inYears: years), asOf: asOf, doneKeys: doneKeys, since: since)
    }
}
