import ArgumentParser
import BDHVSCore

/// Options that do not go together, found by a command's `validate()`.
enum CombinationRule: LocalizedMessage, Equatable {
    /// `indicator record`: neither or both of `--value` and a ratio.
    case valueOrRatio
    /// `indicator record`: a numerator without a denominator or the reverse.
    case ratioTogether
    /// `report --format docx` without `--output`.
    case docxNeedsOutput
    /// `export --activities` with a format other than csv.
    case activitiesNeedCSV
    /// `report` with neither a plan nor `--province`, or with both.
    case planOrProvince

    var id: String {
        switch self {
        case .valueOrRatio: return "value-or-ratio"
        case .ratioTogether: return "ratio-together"
        case .docxNeedsOutput: return "docx-needs-output"
        case .activitiesNeedCSV: return "activities-need-csv"
        case .planOrProvince: return "plan-or-province"
        }
    }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.valueOrRatio, .vi): return "hãy ghi '--value', hoặc '--numerator' cùng '--denominator'"
        case (.valueOrRatio, .en): return "give either '--value', or '--numerator' and '--denominator'"
        case (.ratioTogether, .vi): return "'--numerator' và '--denominator' phải đi cùng nhau"
        case (.ratioTogether, .en): return "'--numerator' and '--denominator' go together"
        case (.docxNeedsOutput, .vi): return "'--format docx' ghi ra tệp; hãy ghi '--output TỆP.docx'"
        case (.docxNeedsOutput, .en): return "'--format docx' writes a file; give '--output FILE.docx'"
        case (.activitiesNeedCSV, .vi): return "'--activities' chỉ dùng với '--format csv'"
        case (.activitiesNeedCSV, .en): return "'--activities' goes with '--format csv'"
        case (.planOrProvince, .vi): return "hãy ghi mã kế hoạch, hoặc '--province TỈNH' cho báo cáo tổng hợp của tỉnh (không ghi cả hai)"
        case (.planOrProvince, .en): return "give a plan's id, or '--province NAME' for the province's synthesis (not both)"
        }
    }
}

extension ValidationError {
    /// A usage error (exit code 64) found by a command's own `validate()`, worded in the
    /// language of the run (ArgumentParser prints a validation error's text as it is).
    init(_ rule: CombinationRule) {
        self.init(rule.text(Session.current.language))
    }
}
