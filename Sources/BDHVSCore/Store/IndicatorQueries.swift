import GRDB

/// An indicator row as recording needs it.
struct IndicatorState: Decodable, FetchableRecord {
    var rowID: Int64
    var planRowID: Int64
    var plan: String
    var key: String
    var kind: PlanIndicator.Kind

    enum CodingKeys: String, CodingKey { case rowID = "id", planRowID = "plan_id", plan = "plan_key", key, kind }
}

extension TaskStore {
    /// The non-retired indicators with id `key` in the plans of `planIDs` (one per plan).
    func indicatorStates(_ db: Database, key: String, planIDs: [Int64]?) throws -> [IndicatorState] {
        try IndicatorState.fetchAll(db, SQLRequest(literal: """
            SELECT i.id, i.plan_id, i.key, i.kind, p.key AS plan_key FROM indicator i JOIN plan p ON p.id = i.plan_id
            WHERE i.retired = 0 AND i.key = \(key) AND \(Self.planScope("i", planIDs))
            """))
    }

    /// The ids of the non-retired indicators in the plans of `planIDs`.
    func indicatorKeys(_ db: Database, planIDs: [Int64]?) throws -> [String] {
        try String.fetchAll(db, SQLRequest(literal: "SELECT DISTINCT i.key FROM indicator i WHERE i.retired = 0 AND \(Self.planScope("i", planIDs))"))
    }

    /// The id of the indicator a measurement (row `measurementRowID`) was recorded on, when a
    /// later load took that indicator out of its plan file (retired); nil otherwise.
    func retiredIndicator(ofMeasurement measurementRowID: Int64, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT i.key FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE m.id = ? AND i.retired = 1
            """, arguments: [measurementRowID])
    }
}
