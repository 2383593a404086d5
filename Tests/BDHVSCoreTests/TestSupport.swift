import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// Helpers shared by the test files of BDHVSCoreTests. Names are distinctive on purpose:
// other files of this target declare private helpers such as `day` and `due`.

// MARK: - Package files

enum PackageFiles {
    /// The package root: the directory holding `Package.swift`, found from this file's path.
    static var root: URL { PackageRoot.url }

    /// The path of `relative` inside the package.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The text of `relative` inside the package.
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// Every `Plans/*.yaml`, sorted by name (file names only).
    static func planFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("Plans"))) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}

// MARK: - Dates

/// A date from ISO text, trapping on a typo in a test table.
func isoDate(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { preconditionFailure("bad ISO date in a test: \(iso)") }
    return date
}

// MARK: - Marked YAML

/// YAML text with position markers (`1️⃣`, `2️⃣` …) as swift-format's tests write them: the
/// markers are removed and each one's line and column (1-based, columns in Unicode scalars,
/// as libyaml and the diagnostics count them) remembered.
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without markers.
    let text: String
    /// Line and column of each marker found.
    let positions: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var out = ""
        var positions: [String: (line: Int, column: Int)] = [:]
        var line = 1, column = 1
        var rest = Substring(marked)
        scanning: while let first = rest.unicodeScalars.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                precondition(positions[marker] == nil, "marker \(marker) used twice")
                positions[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue scanning
            }
            out.unicodeScalars.append(first)
            rest = Substring(rest.unicodeScalars.dropFirst())
            if first == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        text = out
        self.positions = positions
    }

    /// The location of `marker` in a file named `file`.
    func location(_ marker: String = "1️⃣", file: String = PlanFixture.fileName) -> BDHVSCore.SourceLocation {
        guard let position = positions[marker] else { preconditionFailure("marker \(marker) is not in the text") }
        return BDHVSCore.SourceLocation(file: file, line: position.line, column: position.column)
    }
}

// MARK: - A small valid plan

enum PlanFixture {
    /// The file name diagnostics of `check(_:)` carry.
    static let fileName = "plan.yaml"

    /// A minimal valid plan: three agencies with aliases, three tasks, one of them with two
    /// sub-tasks, a budget whose total is the sum of its one estimate.
    static let base = """
        format: 1
        id: thu-nghiem-2025
        title: Kế hoạch thử nghiệm Phong trào “Bình dân học vụ số” năm 2025
        commune: Thử Nghiệm
        commune_kind: xã
        province: Quảng Ngãi
        year: 2025
        issuer: UBND xã Thử Nghiệm
        agencies:
          - id: ubnd
            name: Ủy ban nhân dân xã Thử Nghiệm
            aliases:
              - UBND xã
              - Ủy ban nhân dân xã
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
            aliases:
              - Phòng VH-XH
              - VHXH
          - id: ca
            name: Công an xã
            aliases:
              - CA xã
        tasks:
          - id: nv1
            title: Tổ chức Lễ phát động
            lead: ubnd
            advisory: vhxh
            coordinating:
              - ca
              - text: các thôn
            timeline: Tháng 8/2025
            budget:
              estimate: 5000000
              source: nsnn
          - id: nv2
            title: Tập huấn kỹ năng số
            subtasks:
              - id: nv2a
                title: Tập huấn cho người dân
                lead: vhxh
                target_groups:
                  - nguoi-dan
                timeline: Thường xuyên
              - id: nv2b
                title: Tập huấn cho học sinh
                lead:
                  - vhxh
                  - ca
                timeline: Theo kế hoạch mở lớp của tỉnh
          - id: nv3
            title: Ngày hội toàn dân học tập số
            lead: vhxh
            timeline: Dự kiến ngày 10/10/2025
        budget:
          sources:
            - id: nsnn
              name: Ngân sách nhà nước
          total: 5000000

        """

    /// `base` with the one occurrence of `old` replaced by `new` (traps when `old` does not
    /// occur exactly once, so that an edit of the base plan cannot silently void a test).
    static func variant(_ old: String, _ new: String, in text: String = base) -> String {
        let parts = text.components(separatedBy: old)
        precondition(parts.count == 2, "'\(old)' occurs \(parts.count - 1) times in the plan; expected once")
        return parts[0] + new + parts[1]
    }

    /// `base` with several replacements applied in order.
    static func variant(_ edits: [(String, String)], in text: String = base) -> String {
        edits.reduce(text) { variant($1.0, $1.1, in: $0) }
    }

    /// Checks `text` as `plan.yaml`.
    static func check(_ text: String) -> PlanLoader.Outcome {
        PlanLoader.check(text: text, file: fileName)
    }

    /// The plan of `text`, which must be valid.
    static func plan(_ text: String = base, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Plan {
        let outcome = check(text)
        #expect(outcome.diagnostics == [], sourceLocation: sourceLocation)
        return try #require(outcome.plan, sourceLocation: sourceLocation)
    }
}

// MARK: - Store helpers

enum StoreFixture {
    /// A fresh temporary directory, removed by the caller with `cleanUp`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An in-memory store with `text` loaded.
    static func store(loading text: String = PlanFixture.base) throws -> TaskStore {
        let store = try TaskStore.inMemory()
        _ = try store.load(try PlanFixture.plan(text), sourcePath: PlanFixture.fileName)
        return store
    }

    /// Every row of every table (schema objects included), as sorted text lines: two equal
    /// dumps mean two databases with the same content.
    static func dump(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            var lines: [String] = []
            let objects = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
            for object in objects {
                lines.append("schema \(object["type"] as String) \(object["name"] as String): \((object["sql"] as String?) ?? "")")
            }
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"")
                lines += rows.map { "\(table): \($0.description)" }.sorted()
            }
            return lines
        }
    }
}

// MARK: - Processes

enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `arguments` (the first is looked up on PATH with /usr/bin/env) in `directory`;
    /// nil when the program cannot be started.
    static func run(_ arguments: [String], in directory: String = PackageFiles.root.path) -> Result? {
        RunningProcess.tool(arguments, in: URL(fileURLWithPath: directory)).map {
            Result(status: $0.status, output: $0.stdout, error: $0.stderr)
        }
    }

    /// True when `python3` runs and has the `jsonschema` and `yaml` modules.
    static let pythonWithJSONSchema: Bool = {
        run(["python3", "-c", "import jsonschema, yaml"])?.status == 0
    }()

    /// True when the `sqlite3` shell runs.
    static let sqlite3Available: Bool = {
        run(["sqlite3", "-version"])?.status == 0
    }()
}
