extension PackageImport {
    /// Imports the packages of `paths` into the database at `path`. A database that is not
    /// there trusts no key, so every package would be refused: they are checked against an
    /// empty database in memory instead, each refused with its reason, and no file is made
    /// (a refused import once left an empty database behind).
    public static func run(_ paths: [String], databasePath path: String) throws -> [PackageFileOutcome] {
        let store: TaskStore
        do {
            store = try TaskStore.open(path: path, access: .update)
        } catch StoreError.noDatabase {
            store = try TaskStore.inMemory()
        }
        return try run(paths, into: store)
    }
}
