import BDHVSCore
import BDHVSRandom

/// Generates a national dataset: one plan per commune for all 3,321 communes of the 34
/// provinces, with the agencies, timeline phrases and task shapes of the real plans, sized
/// to a total number of tasks, and the progress to record so that every status category
/// occurs. Deterministic: the same seed and size give the same files.
public struct NationalGenerator: Sendable {
    /// A plan file to write.
    public struct PlanFile: Sendable {
        public var path: String
        public var yaml: String
    }

    /// A change to record after loading (`task done`, `task start`, `task deadline` …).
    public struct ProgressLine: Sendable, Equatable {
        public var plan: String
        public var task: String
        public var action: String
        public var date: CivilDate
    }

    public var tasks: Int
    public var seed: UInt64
    public var year: Int
    /// At most this many communes per province (a small national dataset for tests); nil for all.
    public var communesPerProvince: Int?

    public init(tasks: Int, seed: UInt64 = 2025, year: Int = 2025, communesPerProvince: Int? = nil) {
        self.tasks = tasks
        self.seed = seed
        self.year = year
        self.communesPerProvince = communesPerProvince
    }

    /// Every commune: province, commune name, plan id.
    public func communes() -> [(province: String, commune: String, id: String)] {
        var random = SeededRandom(seed: seed)
        var result: [(String, String, String)] = []
        var used = Set<String>()
        for (provinceIndex, (province, count)) in NationalCatalog.provinces.enumerated() {
            for index in 0..<min(count, communesPerProvince ?? count) {
                var name = random.pick(NationalCatalog.syllables) + " " + random.pick(NationalCatalog.syllables)
                if used.contains(province + name) { name += " \(index + 1)" }
                used.insert(province + name)
                result.append((province, name, "p\(provinceIndex + 1)-x\(index + 1)-\(year)"))
            }
        }
        return result
    }

    /// The plan files and the progress to record.
    public func generate() -> (plans: [PlanFile], progress: [ProgressLine]) {
        let communes = communes()
        var random = SeededRandom(seed: seed &+ 1)
        var plans: [PlanFile] = []
        var progress: [ProgressLine] = []
        let perPlan = Double(tasks) / Double(communes.count)
        var made = 0
        for (index, commune) in communes.enumerated() {
            let target = Int((Double(index + 1) * perPlan).rounded()) - made
            let count = max(1, target)
            made += count
            let (yaml, lines) = plan(commune, tasks: count, random: &random)
            plans.append(PlanFile(path: "\(Folding.key(commune.province).replacingOccurrences(of: " ", with: "-"))/\(commune.id).yaml", yaml: yaml))
            progress += lines
        }
        return (plans, progress)
    }

    private func plan(_ commune: (province: String, commune: String, id: String), tasks count: Int,
                      random: inout SeededRandom) -> (String, [ProgressLine]) {
        var yaml = """
            format: 1
            id: \(commune.id)
            title: "Kế hoạch triển khai Phong trào Bình dân học vụ số trên địa bàn xã \(commune.commune) năm \(year)"
            commune: "\(commune.commune)"
            province: "\(commune.province)"
            year: \(year)
            issuer: "UBND xã \(commune.commune)"
            agencies:

            """
        for (id, name, aliases, mass) in NationalCatalog.agencies {
            let full = id == "ubnd" ? "\(name) xã \(commune.commune)" : name
            yaml += "  - {id: \(id), name: \"\(full)\", aliases: [\(aliases.map { "\"\($0)\"" }.joined(separator: ", "))]\(mass ? ", mass_organisation: true" : "")}\n"
        }
        yaml += "tasks:\n"
        var progress: [ProgressLine] = []
        var number = 0
        while number < count {
            number += 1
            let (title, leads) = random.pick(NationalCatalog.tasks)
            let id = "nv\(number)"
            if count - number >= 2 && random.chance(8) {
                yaml += "  - id: \(id)\n    title: \"\(title)\"\n    subtasks:\n"
                for sub in ["a", "b"] {
                    number += 1
                    let timeline = NationalCatalog.timeline(&random, year: year)
                    yaml += "      - {id: \(id)\(sub), title: \"\(title) (\(sub))\", lead: \(random.pick(leads)), timeline: \"\(timeline)\"}\n"
                    progress += outcome(commune.id, id + sub, timeline, &random)
                }
                continue
            }
            let timeline = NationalCatalog.timeline(&random, year: year)
            let lead = leads.count > 1 && random.chance(30) ? "[\(leads.prefix(2).joined(separator: ", "))]" : random.pick(leads)
            yaml += "  - {id: \(id), title: \"\(title)\", lead: \(lead), coordinating: [vhxh, {text: \"các thôn\"}], timeline: \"\(timeline)\"}\n"
            progress += outcome(commune.id, id, timeline, &random)
        }
        return (yaml, progress)
    }

    /// What happened to a task during the year, so that every category occurs: done on
    /// time or late, started, a deadline set for a task the province schedules, cancelled.
    private func outcome(_ plan: String, _ task: String, _ timeline: String, _ random: inout SeededRandom) -> [ProgressLine] {
        let parser = TimelineParser(planYear: year)
        guard case .success(let schedule) = parser.parse(timeline) else { return [] }
        var lines: [ProgressLine] = []
        switch schedule {
        case .due(let deadline, _, _):
            let roll = random.int(1...100)
            if roll <= 45 {
                lines.append(.init(plan: plan, task: task, action: "done", date: deadline.adding(days: -random.int(0...20))))
            } else if roll <= 60 {
                lines.append(.init(plan: plan, task: task, action: "done", date: min(deadline.adding(days: random.int(1...40)), CivilDate(year: year, month: 12, day: 31)!)))
            } else if roll <= 75 {
                lines.append(.init(plan: plan, task: task, action: "start", date: CivilDate(year: year, month: 2, day: 1)!))
            } else if roll <= 77 {
                lines.append(.init(plan: plan, task: task, action: "cancel", date: CivilDate(year: year, month: 3, day: 1)!))
            }
        case .external:
            if random.chance(50) {
                lines.append(.init(plan: plan, task: task, action: "deadline", date: CivilDate(year: year, month: random.int(6...12), day: 15)!))
            }
        case .recurring(let period, _):
            for occurrence in period.occurrences(inYear: year).prefix(random.int(0...6)) where occurrence.end.year == year {
                lines.append(.init(plan: plan, task: task, action: "occurrence", date: occurrence.end))
            }
        default:
            break
        }
        return lines
    }

    /// The progress lines as tab-separated text (plan, task, action, date), as `generate` writes them.
    public static func tsv(_ lines: [ProgressLine]) -> String {
        lines.map { "\($0.plan)\t\($0.task)\t\($0.action)\t\($0.date.iso)\n" }.joined()
    }

    /// The changes to record for progress lines in TSV, as recorded on `recordedOn`.
    public static func requests(fromTSV text: String, recordedOn: CivilDate) -> [ChangeRequest] {
        text.split(separator: "\n").compactMap { line -> ChangeRequest? in
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 4, let date = CivilDate(iso: parts[3]) else { return nil }
            let action: TaskAction
            switch parts[2] {
            case "done", "occurrence": action = .done(period: nil)
            case "start": action = .start
            case "cancel": action = .cancel
            case "deadline": action = .deadline(date)
            default: return nil
            }
            return ChangeRequest(plan: parts[0], task: parts[1], action: action, on: parts[2] == "deadline" ? recordedOn : date,
                                 recordedOn: recordedOn, by: "bench")
        }
    }
}
