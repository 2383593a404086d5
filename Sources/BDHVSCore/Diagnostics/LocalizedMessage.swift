/// A message a person reads: a typed value (an id and its arguments) rendered in one place
/// per language, Vietnamese by default and English on request.
///
/// Each area of the library has its own message type (an enum whose cases carry the
/// arguments, with one `text(_:)` that switches over them per language). Nothing in the
/// library builds a sentence for a person outside such a type.
public protocol LocalizedMessage: Sendable {
    /// A stable id such as `plan.unknown-key`, the same in every language.
    var id: String { get }
    /// The message in `language`: lowercase, no final period, names in single quotes,
    /// saying what was found and what was expected.
    func text(_ language: Language) -> String
}

/// An error a person reads: a message in both languages and the kind of failure, from which
/// the executable chooses its exit code.
public protocol UserFacingError: Error, LocalizedMessage {
    /// Whether the input was refused or the command could not run.
    var failure: FailureKind { get }
}

/// The two kinds of failure a person must tell apart.
public enum FailureKind: Sendable, Hashable {
    /// The input is invalid or refused: a plan file has errors, an update does not apply,
    /// a plan, task, agency, group or indicator named is unknown.
    case invalidInput
    /// The command could not run: the database, a file that cannot be read or written.
    case operational
}
