import GRDB

extension Migrations {
    /// Each distinct set of agency names stored once. Every commune lists the same dozen
    /// agencies under the same names, so `agency_name` held the same few thousand names
    /// 130,000 times (with two b-trees, half the rows of a first national load and a quarter
    /// of its database). Now a set of folded names is a row of `name_set`, its names rows of
    /// `name_set_entry`, and an agency points at its set (`agency.name_set`); agencies named
    /// alike share one. `agency_name` stays as a view with the rows it had, for every reader
    /// and for packages, whose format does not change (`PackagePayload.definitions`).
    ///
    /// A set is identified by `names`: its folded names in byte order, each written as its
    /// length in characters, a colon and the name (`AgencyNames.key`), so that no two sets share one.
    /// Each agency's key is found by its row id (`agency_names`' primary key): without it, each
    /// agency's set was looked for through every agency's names, minutes for a national database.
    static func addNameSets(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE name_set (
                id INTEGER PRIMARY KEY,
                names TEXT NOT NULL UNIQUE
            );
            CREATE TABLE name_set_entry (
                set_id INTEGER NOT NULL REFERENCES name_set(id) ON DELETE CASCADE,
                folded TEXT NOT NULL,
                compact TEXT NOT NULL,
                PRIMARY KEY (set_id, folded)
            ) WITHOUT ROWID;
            CREATE INDEX name_set_entry_by_compact ON name_set_entry(compact);
            ALTER TABLE agency ADD COLUMN name_set INTEGER REFERENCES name_set(id);
            CREATE TEMP TABLE agency_names (agency_id INTEGER PRIMARY KEY, names TEXT NOT NULL);
            INSERT INTO temp.agency_names
                SELECT agency_id, group_concat(length(folded) || ':' || folded, '') AS names
                FROM (SELECT agency_id, folded FROM agency_name ORDER BY agency_id, folded)
                GROUP BY agency_id;
            INSERT OR IGNORE INTO name_set (names) SELECT names FROM temp.agency_names ORDER BY agency_id;
            INSERT OR IGNORE INTO name_set_entry (set_id, folded, compact)
                SELECT s.id, n.folded, n.compact FROM agency_name n
                JOIN temp.agency_names g ON g.agency_id = n.agency_id JOIN name_set s ON s.names = g.names;
            UPDATE agency SET name_set = (SELECT s.id FROM temp.agency_names g JOIN name_set s ON s.names = g.names
                                          WHERE g.agency_id = agency.id);
            DROP TABLE temp.agency_names;
            DROP TABLE agency_name;
            CREATE INDEX agency_by_name_set ON agency(name_set);
            CREATE VIEW agency_name AS
                SELECT a.id AS agency_id, e.folded AS folded, e.compact AS compact
                FROM agency a JOIN name_set_entry e ON e.set_id = a.name_set;
            """)
    }
}
