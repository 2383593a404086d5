import Foundation

/// The plan-side fields of a task as stored in `task.definition`: comparing the stored and
/// the new definition tells which fields a re-loaded plan changed.
struct TaskDefinitionRecord: Equatable {
    var fields: [String: String]

    init(_ task: PlanTask) {
        var fields: [String: String] = ["title": task.title]
        fields["parent"] = task.parentID
        fields["description"] = task.description
        fields["note"] = task.note
        fields["lead"] = task.leads.isEmpty ? nil : task.leads.joined(separator: ", ")
        fields["advisory"] = task.advisory
        let coordinators = task.coordinators.map { coordinator -> String in
            switch coordinator {
            case .agency(let id): return id
            case .text(let text): return "«\(text)»"
            }
        }
        fields["coordinating"] = coordinators.isEmpty ? nil : coordinators.joined(separator: ", ")
        fields["target_groups"] = task.targetGroups.isEmpty ? nil : task.targetGroups.joined(separator: ", ")
        fields["timeline"] = task.timeline
        fields["deadline"] = task.explicitDeadline?.iso
        fields["check_in"] = task.checkIn?.rawValue
        fields["estimate"] = task.estimate.map { String($0) }
        fields["funding_source"] = task.fundingSource
        fields["group"] = task.group
        fields["deliverable"] = task.deliverable
        self.fields = fields
    }

    init(json: String) {
        fields = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    /// The fields as one JSON object with sorted keys, written directly (a national load
    /// writes one per task, and a JSONEncoder each would cost more than the insert).
    var json: String {
        "{" + fields.sorted { $0.key < $1.key }.map { "\(Self.quoted($0.key)):\(Self.quoted($0.value))" }.joined(separator: ",") + "}"
    }

    /// `TaskDefinitionRecord(task).json` written straight from the task, without the
    /// dictionary of fields and its sorting (a national load writes one per task): the same
    /// fields in the same sorted order, compared with it by a test.
    static func json(of task: PlanTask) -> String {
        var out = "{"
        out.reserveCapacity(512)
        var first = true
        // Appended piece by piece: no intermediate strings.
        func field(_ key: String, _ value: String?) {
            guard let value else { return }
            out.append(first ? "\"" : ",\"")
            first = false
            out.append(key)
            out.append("\":")
            out.append(quoted(value))
        }
        let coordinators = task.coordinators.map { coordinator -> String in
            switch coordinator {
            case .agency(let id): return id
            case .text(let text): return "«\(text)»"
            }
        }
        field("advisory", task.advisory)
        field("check_in", task.checkIn?.rawValue)
        field("coordinating", coordinators.isEmpty ? nil : coordinators.joined(separator: ", "))
        field("deadline", task.explicitDeadline?.iso)
        field("deliverable", task.deliverable)
        field("description", task.description)
        field("estimate", task.estimate.map { String($0) })
        field("funding_source", task.fundingSource)
        field("group", task.group)
        field("lead", task.leads.isEmpty ? nil : task.leads.joined(separator: ", "))
        field("note", task.note)
        field("parent", task.parentID)
        field("target_groups", task.targetGroups.isEmpty ? nil : task.targetGroups.joined(separator: ", "))
        field("timeline", task.timeline)
        field("title", task.title)
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
