import Foundation
import GRDB

// The rows of the records' tables (activities and their target groups, measurements,
// spending) as typed records: the store's vocabulary for what the Records layer writes.
// GRDB caches the statements of record inserts, so an import of many rows compiles each
// INSERT once.

/// What an activity's number counts: people (người, distinct persons), enrolments (lượt,
/// when one person may count several times), or things (lớp, buổi, khóa, tin/bài, tổ,
/// điểm, mô hình, or a unit the plan declares). Totals are kept per unit and never added
/// across units.
public struct ParticipantUnit: RawRepresentable, Hashable, Sendable, Codable, DatabaseValueConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let people = ParticipantUnit(rawValue: "người")
    public static let enrolments = ParticipantUnit(rawValue: "lượt")

    /// The units every plan may use, with the other ways people write them.
    public static let builtIn: [(unit: ParticipantUnit, aliases: [String])] = [
        (.people, ["nguoi", "people", "persons"]), (.enrolments, ["luot", "enrolments", "attendances"]),
        (ParticipantUnit(rawValue: "lớp"), ["lop hoc", "classes"]), (ParticipantUnit(rawValue: "buổi"), ["sessions"]),
        (ParticipantUnit(rawValue: "khóa"), ["khoa hoc", "khoá", "courses"]),
        (ParticipantUnit(rawValue: "tin/bài"), ["tin", "bài", "tin bài", "tin, bài", "tin, bài, video", "video", "articles"]),
        (ParticipantUnit(rawValue: "tổ"), ["teams"]), (ParticipantUnit(rawValue: "điểm"), ["points"]),
        (ParticipantUnit(rawValue: "mô hình"), ["models"]),
    ]

    /// The unit `text` names among the built-in ones and `declared` (a plan's own), with
    /// or without diacritics, or nil.
    public static func named(_ text: String, declared: [String] = []) -> ParticipantUnit? {
        let key = Folding.key(text)
        if let found = builtIn.first(where: { ([$0.unit.rawValue] + $0.aliases).contains { Folding.key($0) == key } }) { return found.unit }
        return declared.first { Folding.key($0) == key }.map(ParticipantUnit.init(rawValue:))
    }
}

/// Money disbursed (giải ngân) or settled (quyết toán).
public enum SpendingKind: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    case disbursed, settled
}

/// A row of `activity`.
struct ActivityRecord: Codable, MutablePersistableRecord, FetchableRecord {
    static let databaseTableName = "activity"
    var id: Int64?
    var taskID: Int64
    var heldOn: String
    var title: String?
    var place: String?
    var participants: Int
    var unit: ParticipantUnit
    var note: String?
    var village: String?
    var runningTotal: Bool

    enum CodingKeys: String, CodingKey {
        case id, taskID = "task_id", heldOn = "held_on", title, place, participants, unit, note, village, runningTotal = "running_total"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `activity_group`: the participants of one target group at an activity.
struct ActivityGroupRecord: Codable, PersistableRecord, FetchableRecord {
    static let databaseTableName = "activity_group"
    var activityID: Int64
    var targetGroup: String
    var count: Int

    enum CodingKeys: String, CodingKey { case activityID = "activity_id", targetGroup = "target_group", count }
}

/// A row of `measurement`.
struct MeasurementRecord: Codable, MutablePersistableRecord, FetchableRecord {
    static let databaseTableName = "measurement"
    var id: Int64?
    var indicatorID: Int64
    var measuredOn: String
    var numerator: Int?
    var denominator: Int?
    var valueTenths: Int
    var source: String?

    enum CodingKeys: String, CodingKey {
        case id, indicatorID = "indicator_id", measuredOn = "measured_on", numerator, denominator, valueTenths = "value_tenths", source
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `spending`, in whole đồng.
struct SpendingRecord: Codable, MutablePersistableRecord, FetchableRecord {
    static let databaseTableName = "spending"
    var id: Int64?
    var taskID: Int64
    var spentOn: String
    var amount: Int64
    var source: String
    var kind: SpendingKind
    var note: String?

    enum CodingKeys: String, CodingKey { case id, taskID = "task_id", spentOn = "spent_on", amount, source, kind, note }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A funding source of a plan, as spending names it.
struct FundingSourceRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "funding_source"
    var key: String
    var name: String
}

extension TaskStore {
    /// The funding sources of a plan, by key.
    func fundingSources(_ db: Database, planRowID: Int64) throws -> [FundingSourceRecord] {
        try FundingSourceRecord.fetchAll(db, SQLRequest(literal: "SELECT key, name FROM funding_source WHERE plan_id = \(planRowID) ORDER BY key"))
    }

    /// The plan's document as loaded (its target groups and budget), or nil.
    func planDocument(_ db: Database, planRowID: Int64) throws -> PlanDocument? {
        guard let json = try String.fetchOne(db, SQLRequest(literal: "SELECT document_json FROM plan WHERE id = \(planRowID)")) else {
            return nil
        }
        return try? JSONDecoder().decode(PlanDocument.self, from: Data(json.utf8))
    }

    /// The total of the plan's budget clause (`budget.total` of its document), or nil: read
    /// by SQLite from the document's JSON, since decoding the whole document was a tenth of
    /// one commune's `plan status`. A document that is not JSON, or whose total is no whole
    /// number, has none (as a document that cannot be decoded had).
    func planBudgetTotal(_ db: Database, planRowID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT CASE WHEN NOT json_valid(document_json) THEN NULL
                WHEN json_type(document_json, '$.budget.total') = 'integer' THEN json_extract(document_json, '$.budget.total') END
            FROM plan WHERE id = ?
            """, arguments: [planRowID])
    }
}
