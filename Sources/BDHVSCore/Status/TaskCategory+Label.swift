/// The labels officials use for the categories (DOMAIN.md §3): wording of the status layer,
/// kept out of the leaf `Language`.
extension Language {
    /// The label officials use for a category.
    public func label(_ category: TaskCategory) -> String {
        switch category {
        case .doneOnTime: return pick("Hoàn thành đúng hạn", "Done on time")
        case .doneLate: return pick("Hoàn thành quá hạn", "Done late")
        case .inProgress: return pick("Đang thực hiện trong hạn", "In progress, within deadline")
        case .overdue: return pick("Đang thực hiện quá hạn", "Overdue")
        case .ongoing: return pick("Thường xuyên", "Ongoing")
        case .deadlineUnknown: return pick("Chưa xác định thời hạn", "Deadline unknown")
        }
    }
}
