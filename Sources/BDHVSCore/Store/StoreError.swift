/// Operational failures of the store, each with one clear sentence for the user.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database file cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer bdhvs, whose schema this one does not know.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// The file is not a bdhvs database.
    case notADatabase(path: String)
    /// SQLite failed while reading or writing (a disk full, a damaged file); nothing was written.
    case databaseFailed(String)
    /// No plan with this id is loaded.
    case unknownPlan(String, suggestion: String?)
    /// No loaded plan is of this province or commune.
    case unknownPlace(String, suggestion: String?)
    /// No agency of the loaded plans answers to this name.
    case unknownAgency(String, suggestion: String?)
    /// A reading command was pointed at a database file that does not exist.
    case noDatabase(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database '\(path)': \(reason)"
        case .newerDatabase(let path, let unknown):
            return "the database '\(path)' was written by a newer bdhvs (schema \(unknown.joined(separator: ", "))); upgrade bdhvs to use it"
        case .databaseFailed(let reason):
            return "the database failed: \(reason); nothing was changed"
        case .notADatabase(let path):
            return "'\(path)' is not a bdhvs database"
        case .unknownPlan(let plan, let suggestion):
            return "no plan '\(plan)' is loaded" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; 'bdhvs plan list' shows the loaded plans")
        case .unknownPlace(let place, let suggestion):
            return "no loaded plan is of '\(place)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownAgency(let agency, let suggestion):
            return "no agency '\(agency)' in the loaded plans" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .noDatabase(let path):
            return "there is no database '\(path)'; load a plan first ('bdhvs plan load FILE')"
        }
    }
}
