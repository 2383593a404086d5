import GRDB

/// What recording looks up, kept for one transaction: an import of 100.000 rows names a
/// few tasks and indicators many times, and each plan's target groups and funding sources
/// are read once instead of once a row. A failed look-up is kept too, so that a bad name
/// repeated on many rows costs one query.
final class RecordLookups {
    private struct Key: Hashable {
        var plan: String?
        var name: String
    }

    private var tasks: [Key: Result<TaskState, any Error>] = [:]
    private var indicators: [Key: Result<IndicatorState, any Error>] = [:]
    private var groups: [Int64: TargetGroups] = [:]
    private var resolvedGroups: [Key: TargetGroups.Group?] = [:]
    private var sources: [Int64: [FundingSourceRecord]] = [:]
    private var documents: [Int64: PlanDocument?] = [:]
    private var villages: [Key: Result<VillageRow, any Error>] = [:]
    /// Each plan's spending so far, with what this transaction recorded.
    var spending = SpendingTally()

    func task(_ store: TaskStore, _ db: Database, _ name: String, plan: String?) throws -> TaskState {
        let key = Key(plan: plan, name: name)
        if let known = tasks[key] { return try known.get() }
        let result = Result { try store.locate(task: name, plan: plan, db) }
        tasks[key] = result
        return try result.get()
    }

    func indicator(_ store: TaskStore, _ db: Database, _ name: String, plan: String?) throws -> IndicatorState {
        let key = Key(plan: plan, name: name)
        if let known = indicators[key] { return try known.get() }
        let result = Result { try store.locateIndicator(db, name, plan: plan) }
        indicators[key] = result
        return try result.get()
    }

    func planDocument(_ store: TaskStore, _ db: Database, planRowID: Int64) throws -> PlanDocument? {
        if let known = documents[planRowID] { return known }
        let found = try store.planDocument(db, planRowID: planRowID)
        documents[planRowID] = found
        return found
    }

    /// The village `text` names in a plan.
    func village(_ store: TaskStore, _ db: Database, _ text: String, planRowID: Int64, plan: String) throws -> VillageRow {
        let key = Key(plan: String(planRowID), name: text)
        if let known = villages[key] { return try known.get() }
        let result = Result { try store.locateVillage(db, text, planRowID: planRowID, plan: plan) }
        villages[key] = result
        return try result.get()
    }

    func targetGroups(_ store: TaskStore, _ db: Database, planRowID: Int64) throws -> TargetGroups {
        if let known = groups[planRowID] { return known }
        let found = TargetGroups(plan: try planDocument(store, db, planRowID: planRowID)?.targetGroups ?? [])
        groups[planRowID] = found
        return found
    }

    /// The target group `text` names in a plan (folding the name is costly; a file repeats it on every row).
    func group(_ store: TaskStore, _ db: Database, _ text: String, planRowID: Int64) throws -> TargetGroups.Group? {
        let key = Key(plan: String(planRowID), name: text)
        if let known = resolvedGroups[key] { return known }
        let found = try targetGroups(store, db, planRowID: planRowID).resolve(text)
        resolvedGroups[key] = found
        return found
    }

    func fundingSources(_ store: TaskStore, _ db: Database, planRowID: Int64) throws -> [FundingSourceRecord] {
        if let known = sources[planRowID] { return known }
        let found = try store.fundingSources(db, planRowID: planRowID)
        sources[planRowID] = found
        return found
    }
}
