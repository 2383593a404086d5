import ArgumentParser
import BDHVSCore

@main
struct BDHVSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bdhvs",
        abstract: "Kế hoạch và nhiệm vụ phong trào “Bình dân học vụ số” — plans and tasks of the digital literacy movement.",
        discussion: """
            A commune's plan is written in YAML (see Schemas/plan.schema.json), checked, loaded into a \
            database, and followed: which tasks are done, overdue, due soon, and which agency is late.

            Exit codes: 0 success; 1 a plan file has errors; 2 the command could not run (database, \
            unknown plan or agency); 64 wrong usage.

            Options of every command: --db PATH (the database), --as-of YYYY-MM-DD (the day that counts \
            as today), --lang vi|en. Listings take --format text|json.

            Environment: BDHVS_DB (database file), BDHVS_TODAY (as-of date, YYYY-MM-DD), BDHVS_USER (who \
            records changes).
            """,
        version: BDHVS.version,
        subcommands: [PlanCommand.self, TaskCommand.self, AgencyCommand.self, ActivityCommand.self, IndicatorCommand.self,
                      BudgetCommand.self, ImportCommand.self, ReportCommand.self, ExportCommand.self, UndoCommand.self]
    )
}
