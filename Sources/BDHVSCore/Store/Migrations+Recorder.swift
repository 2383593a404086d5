import GRDB

extension Migrations {
    /// What releases before v16 stored as the recorder of a change when no name was known.
    static let unknownRecorderWords = "không rõ"

    /// A change recorded with no name known (no `--by`, `BDHVS_USER` or login name) stored
    /// the Vietnamese words "không rõ" as its recorder, which every language then showed.
    /// The absence is stored as an empty name, and the words are given at output in the
    /// reader's language (`ChangeText`); the changes stored before are made the same, and
    /// so are those a package of an older release brings (`PackageMerge.payloadValue`).
    static func storeUnknownRecorderAsEmpty(_ db: Database) throws {
        try db.execute(sql: "UPDATE change_log SET actor = '' WHERE actor = ?", arguments: [unknownRecorderWords])
    }
}
