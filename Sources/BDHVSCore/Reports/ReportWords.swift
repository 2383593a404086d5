/// Small pieces of wording the report sections share.
enum ReportWords {
    /// "03 lớp", "02 điểm": officials write a count below ten with a leading zero; zero and
    /// counts from ten on are written as they are ("0 nhiệm vụ", "1.205 người"). English
    /// writes the number as it is.
    static func count(_ value: Int, _ noun: String, _ l: Language) -> String {
        "\(small(value, l)) \(noun)"
    }

    /// "1 task", "3 tasks": an English count with its noun in the right number.
    static func english(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        value == 1 ? "1 \(noun)" : "\(Language.en.number(value)) \(plural ?? noun + "s")"
    }

    /// The number alone, with the leading zero of a small count in Vietnamese.
    static func small(_ value: Int, _ l: Language) -> String {
        (l == .vi && (1...9).contains(value)) ? "0\(value)" : l.number(value)
    }

    /// The text with its first letter in capitals ("the People's Committee …" opening a sentence).
    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "tỉnh Quảng Ngãi", "thành phố Hà Nội": the centrally governed cities are "thành phố",
    /// the other provinces "tỉnh"; a name that already says its kind keeps it once.
    static func province(_ name: String, _ l: Language) -> PlaceName {
        let cities = ["ha noi", "ho chi minh", "thanh pho ho chi minh", "hai phong", "da nang", "can tho", "hue"]
        return PlaceName(kind: cities.contains(Folding.key(name)) ? l.pick("thành phố", "city") : l.pick("tỉnh", "province"), name: name)
    }
}
