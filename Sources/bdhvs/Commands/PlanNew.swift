import ArgumentParser
import BDHVSCore
import Foundation

/// `bdhvs plan new`: a commented skeleton plan, with the schema beside it for the editor.
struct PlanNew: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new",
            abstract: Help.text("Tạo khung kế hoạch mới có chú thích, kèm lược đồ cho trình soạn thảo.",
                                "Write a commented skeleton plan, with the schema beside it for editors."),
            discussion: Help.text(
                "Không ghi đè tệp đã có. Ví dụ: bdhvs plan new --output ke-hoach-2025.yaml",
                "An existing file is never overwritten. Example: bdhvs plan new --output plan-2025.yaml"))
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(Help.text("Tệp kế hoạch ghi ra (mặc định: ke-hoach.yaml).",
                                                      "The plan file to write (default: ke-hoach.yaml)."),
                                            valueName: Help.value("file")))
    var output: String = "ke-hoach.yaml"

    func run() throws {
        // A folder (`--output du-thao/`, or one that exists) gets the plan inside it: "du-thao/"
        // was written as a file named "du-thao", and an existing folder was called a file.
        var isFolder: ObjCBool = false
        let inFolder = output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue)
        let output = inFolder ? (output as NSString).appendingPathComponent("ke-hoach.yaml") : output
        guard !FileManager.default.fileExists(atPath: output) else { throw PlanFileError.exists(path: output) }
        try writeOutput(Data(PlanSkeleton.text().utf8), to: output)
        try PlanFileError.writeSchema(beside: output, replacing: true)
        emit(global.language.pick("Đã tạo \(output) và \(PlanFileError.schemaPath(beside: output))\n",
                                  "Wrote \(output) and \(PlanFileError.schemaPath(beside: output))\n"))
    }
}

/// Why `plan import` or `plan new` could not read or write a file.
enum PlanFileError: UserFacingError, Equatable {
    case exists(path: String)

    var id: String {
        switch self {
        case .exists: "cli.file-exists"
        }
    }

    var failure: FailureKind { .invalidInput }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.exists(let path), .vi): "tệp '\(path)' đã có; không ghi đè"
        case (.exists(let path), .en): "'\(path)' already exists; not overwritten"
        }
    }

    /// The schema file beside the plan `path`, which the plan's first line names.
    static func schemaPath(beside path: String) -> String {
        ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("plan.schema.json")
    }

    /// Writes the schema beside `path` (keeping one already there unless `replacing`).
    static func writeSchema(beside path: String, replacing: Bool) throws {
        let schema = schemaPath(beside: path)
        if !replacing, FileManager.default.fileExists(atPath: schema) { return }
        try writeOutput(Data(PlanSchema.text.utf8), to: schema)
    }
}
