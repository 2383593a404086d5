import BDHVSCore

/// The option that answers a refusal, which the library cannot name (it names no flag):
/// "hãy chỉ rõ kế hoạch" left a new user looking for how.
enum OptionHint {
    /// " (--plan)" after a refusal whose answer is that option, else "".
    static func text(for error: any UserFacingError, _ language: Language) -> String {
        switch error.id {
        case "change.ambiguous-task", "change.ambiguous-indicator":
            return language == .vi ? " bằng tùy chọn --plan" : " with the option --plan"
        case "results.plan-needed":
            return language == .vi ? " (tùy chọn --plan)" : " (option --plan)"
        default:
            return ""
        }
    }
}
