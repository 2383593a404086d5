/// A task (or a sub-task, the "+" items of a task) as written in the plan file.
public struct TaskDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    public var lead: OneOrMany?
    public var advisory: String?
    public var coordinating: [Coordinator]?
    public var targetGroups: [String]?
    public var timeline: String?
    public var deadline: String?
    public var checkIn: String?
    /// The numbered group of tasks it belongs to (an id of `groups`).
    public var group: String? = nil
    /// What the task produces ("Sản phẩm", "Kết quả"): "Quyết định của UBND xã", "Báo cáo".
    public var deliverable: String? = nil
    public var note: String?
    public var budget: TaskBudget?
    public var subtasks: [TaskDefinition]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, description, lead, advisory, coordinating, targetGroups = "target_groups"
        case timeline, deadline, checkIn = "check_in", group, deliverable, note, budget, subtasks
    }
}

/// An estimate for one task, in whole đồng.
public struct TaskBudget: Codable, Sendable, Equatable {
    public var estimate: Int64
    public var source: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case estimate, source
    }
}

/// One value or a list of values: `lead: vhxh` or `lead: [vhxh, ca]`.
public struct OneOrMany: Codable, Sendable, Equatable {
    public var values: [String]

    public init(_ values: [String]) { self.values = values }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            values = [one]
        } else {
            values = try container.decode([String].self)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if values.count == 1 { try container.encode(values[0]) } else { try container.encode(values) }
    }
}

/// A coordinating body: an agency of the plan, or a generic body kept as text
/// ("các cơ quan, đơn vị, tổ chức trên địa bàn xã"), which is never an owner.
public enum Coordinator: Codable, Sendable, Equatable {
    case agency(String)
    case text(String)

    /// The keys of a coordinator written as text (`{text: …}`).
    enum Keys: String, CodingKey, CaseIterable { case text }

    public init(from decoder: any Decoder) throws {
        if let reference = try? decoder.singleValueContainer().decode(String.self) {
            self = .agency(reference)
        } else {
            self = .text(try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .text))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .agency(let reference):
            var container = encoder.singleValueContainer()
            try container.encode(reference)
        case .text(let text):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(text, forKey: .text)
        }
    }
}
