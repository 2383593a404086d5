/// The longest texts bdhvs takes, in characters (Unicode scalars, as JSON Schema's
/// `maxLength` counts them): a plan's texts (`Schemas/plan.schema.json` states the same
/// numbers, a test keeps them equal) and what a person types for a record. A title of three
/// million characters loaded, and then filled every listing and report; the limits stay far
/// above any real text (the longest task title of the plans in this repository, one of the
/// Government's, is 774 characters; the longest description 1.205).
public enum TextLimits {
    /// A text on one line: a title, a name, an issuer, a place, a source, a reason.
    public static let line = 2_000
    /// A long text that may hold paragraphs: a description, a note, a clause.
    public static let long = 20_000
    /// An id: a plan's, a task's, an agency's.
    public static let id = 100

    /// The length of `text` as the limits count it.
    public static func length(_ text: String) -> Int {
        text.unicodeScalars.count
    }

    /// True when `text` is longer than `limit` characters. A text of at most `limit` UTF-8
    /// bytes has at most that many scalars: nearly every text is let through uncounted.
    public static func exceeds(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count > limit && length(text) > limit
    }

    /// `text` as a message quotes it: whole when short, else its first 60 characters and
    /// "…", so that a refusal of a huge value stays one readable line.
    public static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 80 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(60))) + "…"
    }
}
