/// The sexagenary name of a lunar year ("can chi"): one of ten stems and one of twelve
/// branches, "Bính Ngọ" for the year whose Tết is in 2026. The cycle repeats every 60 years.
public struct LunarYearName: Hashable, Sendable {
    /// The stem, 0 (Giáp) to 9 (Quý).
    public let stem: Int
    /// The branch, 0 (Tý) to 11 (Hợi).
    public let branch: Int

    private static let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    private static let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

    /// The name of the lunar year that begins in `year` (2026: Bính Ngọ; 1984: Giáp Tý).
    public init(year: Int) {
        stem = ((year + 6) % 10 + 10) % 10
        branch = ((year + 8) % 12 + 12) % 12
    }

    /// The name written as two folded words ("binh", "ngo"), or nil when they are not a stem
    /// and a branch of the same parity (no year is "Giáp Sửu"). "Tý" and "Tỵ" fold alike and
    /// are told apart by the stem; "Tị" is another spelling of "Tỵ", "Mẹo" of "Mão".
    init?(folded stemWord: String, _ branchWord: String) {
        guard let stem = Self.stems.firstIndex(where: { Folding.key($0) == stemWord }) else { return nil }
        let candidates: [Int]
        switch branchWord {
        case "ty": candidates = [0, 5]
        case "ti": candidates = [5]
        case "meo": candidates = [3]
        default: candidates = Self.branches.indices.filter { Folding.key(Self.branches[$0]) == branchWord }
        }
        guard let branch = candidates.first(where: { $0 % 2 == stem % 2 }) else { return nil }
        self.stem = stem
        self.branch = branch
    }

    /// The name with diacritics, "Bính Ngọ".
    public var text: String { "\(Self.stems[stem]) \(Self.branches[branch])" }

    /// The year with this name nearest to `year` (within 30 years either side; the later of
    /// two 30 years apart).
    func year(nearest year: Int) -> Int {
        (year - 29...year + 30).first { LunarYearName(year: $0) == self && abs($0 - year) <= 30 } ?? year
    }
}
