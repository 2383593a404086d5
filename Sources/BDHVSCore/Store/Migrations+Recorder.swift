import GRDB

extension Migrations {
    /// A change recorded with no name known (no `--by`, `BDHVS_USER` or login name) stored
    /// the Vietnamese words "không rõ" as its recorder, which every language then showed.
    /// The absence is stored as an empty name, and the words are given at output in the
    /// reader's language (`ChangeText`); the changes stored before are made the same.
    static func storeUnknownRecorderAsEmpty(_ db: Database) throws {
        try db.execute(sql: "UPDATE change_log SET actor = '' WHERE actor = 'không rõ'")
    }
}
