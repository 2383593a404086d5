import GRDB

extension Migrations {
    /// Packages from the commune to the province (issue 14). Rows with no natural key
    /// (changes, activities, measurements, spending) get `uid`, an identity that stays the
    /// same in every database the row is carried to, so that importing a package twice adds
    /// nothing; rows written before are given one here, rows written later when they first
    /// leave in a package (`PackageSQL.giveIdentities`). The province keeps the public key
    /// it trusts for each commune (one: trusting a new key replaces the old) and the latest
    /// package it accepted from each commune (which makes an older one refusable).
    static func addPackageTables(_ db: Database) throws {
        // Written out, not taken from `PackageTables`: a shipped migration never changes.
        for table in ["change_log", "activity", "measurement", "spending"] {
            try db.execute(sql: """
                ALTER TABLE \(table) ADD COLUMN uid TEXT;
                UPDATE \(table) SET uid = lower(hex(randomblob(16)));
                CREATE UNIQUE INDEX \(table)_by_uid ON \(table)(uid);
                """)
        }
        try db.execute(sql: """
            CREATE TABLE package_key (
                province_key TEXT NOT NULL,
                commune_key TEXT NOT NULL,
                province TEXT NOT NULL,
                commune TEXT NOT NULL,
                public_key TEXT NOT NULL,
                trusted_on TEXT NOT NULL,
                PRIMARY KEY (province_key, commune_key)
            ) WITHOUT ROWID;

            CREATE TABLE package_import (
                province_key TEXT NOT NULL,
                commune_key TEXT NOT NULL,
                province TEXT NOT NULL,
                commune TEXT NOT NULL,
                as_of TEXT NOT NULL,
                made_at TEXT NOT NULL,
                digest TEXT NOT NULL,
                PRIMARY KEY (province_key, commune_key)
            ) WITHOUT ROWID;
            """)
    }
}
