extension TaskRow {
    /// The deadline has been moved earlier than it was before its first move: "rút ngắn
    /// từ …" (brought forward), not "gia hạn từ …" (extended), which only a later deadline is.
    public var deadlineBroughtForward: Bool {
        guard let from = extendedFrom, let deadline else { return false }
        return deadline < from
    }

    /// " (gia hạn từ 10/10/2025)" or " (rút ngắn từ 10/10/2025)" when the deadline was moved,
    /// else "": how every listing tells a moved deadline.
    public func movedDeadline(_ language: Language) -> String {
        guard let from = extendedFrom else { return "" }
        return deadlineBroughtForward
            ? language.pick(" (rút ngắn từ \(from.vietnamese))", " (brought forward from \(from.vietnamese))")
            : language.pick(" (gia hạn từ \(from.vietnamese))", " (extended from \(from.vietnamese))")
    }
}
