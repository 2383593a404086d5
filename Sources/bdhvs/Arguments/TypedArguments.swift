import ArgumentParser
import BDHVSCore

// Values read from the command line. A value that is not one fails while parsing, so the
// user gets a usage error (64) naming the option and the form expected (`UsageMessage`).

/// A date: d/m/yyyy as Vietnamese write it, or YYYY-MM-DD.
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let date = try? Invocation.parseDate(argument, source: "") else { return nil }
        self = date
    }

    public var defaultValueDescription: String { description }
}

/// `--lang vi|en`.
extension Language: ExpressibleByArgument {}

/// `--unit người|lượt|lớp|…`: a built-in unit by any of its names, with or without
/// diacritics, else the text as typed (the plan's own units are checked when recording).
extension ParticipantUnit: ExpressibleByArgument {
    public init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        guard (1...40).contains(text.count) else { return nil }
        self = Self.named(text) ?? ParticipantUnit(rawValue: text)
    }

    public var defaultValueDescription: String { rawValue }
}

/// A whole number of đồng as typed: "12500000", "12.500.000" or "12.500.000 đồng" (`Money.read`).
/// A whole number too large to hold is kept as typed, so that the command refuses it with
/// the maximum (`RecordRefusal.tooLarge`, exit 1) as it refuses any amount past it.
struct Amount: ExpressibleByArgument, Equatable {
    /// The amount in đồng, nil when too large to hold.
    private var value: Int64?
    /// The text as typed.
    private var typed: String

    init?(argument: String) {
        typed = argument.trimmingCharacters(in: .whitespaces)
        switch Money.read(argument) {
        case .dong(let value): self.value = value
        case .tooLarge: value = nil
        case .malformed: return nil
        }
    }

    /// The amount in đồng, or the refusal of one too large to hold.
    func dong() throws -> Int64 {
        guard let value else { throw RecordRefusal.tooLarge(.amount, text: typed) }
        return value
    }
}

/// A count of people or things, 0 or more, as typed: "2148", "2.148".
struct Count: ExpressibleByArgument, Equatable {
    var value: Int

    init(_ value: Int) { self.value = value }

    init?(argument: String) {
        guard let value = parseWholeNumber(argument) else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { String(value) }
}

/// A plan's year, in `PlanDocument.yearRange`: a plan written with another would not load.
struct PlanYear: ExpressibleByArgument, Equatable {
    var value: Int

    init?(argument: String) {
        guard let value = Int(argument), PlanDocument.yearRange.contains(value) else { return nil }
        self.value = value
    }
}

/// A number of days, 0 or more.
struct Days: ExpressibleByArgument, Equatable {
    var value: Int

    init?(argument: String) {
        guard let value = Int(argument), value >= 0 else { return nil }
        self.value = value
    }
}

/// A whole percentage from 0 to 100.
struct Percent: ExpressibleByArgument, Equatable {
    var value: Int

    init?(argument: String) {
        guard let value = Int(argument.hasSuffix("%") ? String(argument.dropLast()) : argument), (0...100).contains(value) else {
            return nil
        }
        self.value = value
    }
}

/// A measured value in tenths: "85,3" (a percentage) or "62" (a count).
struct Tenths: ExpressibleByArgument, Equatable {
    var value: Int
    /// Typed with a percent sign ("85%"), which a count indicator refuses.
    var typedAsPercent = false

    init?(argument: String) {
        guard let value = parseTenths(argument) else { return nil }
        self.value = value
        typedAsPercent = argument.trimmingCharacters(in: .whitespaces).hasSuffix("%")
    }
}

/// Participants of one target group: GROUP=COUNT.
struct GroupCount: ExpressibleByArgument, Equatable {
    var group: String
    var count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, let count = parseWholeNumber(parts[1]) else { return nil }
        group = parts[0]
        self.count = count
    }
}

/// A CSV field separator: ',' or ';'.
enum Delimiter: String, ExpressibleByArgument, CaseIterable {
    case comma = ",", semicolon = ";"

    var character: Character { Character(rawValue) }
}
