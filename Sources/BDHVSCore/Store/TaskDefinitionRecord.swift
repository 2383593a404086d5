import Foundation

/// The plan-side fields of a task as stored in `task.definition`: comparing the stored and
/// the new definition tells which fields a re-loaded plan changed.
struct TaskDefinitionRecord: Equatable {
    var fields: [String: String]

    init(_ task: PlanTask) {
        var fields: [String: String] = [:]
        for (key, value) in Self.pairs(of: task) { fields[key] = value }
        self.fields = fields
    }

    /// The task's fields in key order, each nil when the task has none: what `fields`
    /// holds and what `json(of:)` writes, said once.
    private static func pairs(of task: PlanTask) -> [(key: String, value: String?)] {
        let coordinators = task.coordinators.map { coordinator -> String in
            switch coordinator {
            case .agency(let id): return id
            case .text(let text): return "«\(text)»"
            }
        }
        return [
            ("advisory", task.advisory),
            ("check_in", task.checkIn?.rawValue),
            ("coordinating", coordinators.isEmpty ? nil : coordinators.joined(separator: ", ")),
            ("deadline", task.explicitDeadline?.iso),
            ("deliverable", task.deliverable),
            ("description", task.description),
            ("estimate", task.estimate.map { String($0) }),
            ("funding_source", task.fundingSource),
            ("group", task.group),
            ("lead", task.leads.isEmpty ? nil : task.leads.joined(separator: ", ")),
            ("note", task.note),
            ("parent", task.parentID),
            ("target_groups", task.targetGroups.isEmpty ? nil : task.targetGroups.joined(separator: ", ")),
            ("timeline", task.timeline),
            ("title", task.title),
        ]
    }

    init(json: String) {
        fields = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    /// The fields as one JSON object with sorted keys, written directly (a national load
    /// writes one per task, and a JSONEncoder each would cost more than the insert).
    var json: String {
        "{" + fields.sorted { $0.key < $1.key }.map { "\(Self.quoted($0.key)):\(Self.quoted($0.value))" }.joined(separator: ",") + "}"
    }

    /// `TaskDefinitionRecord(task).json` written straight from the task's pairs, already in
    /// key order, without the dictionary of fields and its sorting (a national load writes
    /// one per task).
    static func json(of task: PlanTask) -> String {
        var out = "{"
        out.reserveCapacity(512)
        var first = true
        for (key, value) in pairs(of: task) {
            guard let value else { continue }
            out.append(first ? "\"" : ",\"")
            first = false
            out.append(key)
            out.append("\":")
            out.append(quoted(value))
        }
        return out + "}"
    }

    private static func quoted(_ text: String) -> String {
        // Most texts need no escape: quoted whole instead of scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Names of the fields that differ between two definitions, sorted.
    func changedFields(comparedTo other: TaskDefinitionRecord) -> [String] {
        Set(fields.keys).union(other.fields.keys).filter { fields[$0] != other.fields[$0] }.sorted()
    }
}
