/// A record written, with what it was recorded as: the change, and the input with every
/// name the user typed replaced by the plan's own ("thon 3" → "Thôn 3", "nguoi dan" →
/// "nguoi-dan"), so that a confirmation echoes what is stored, not what was typed.
public struct Recorded<Input: Sendable>: Sendable {
    public var change: ChangeRecord
    public var input: Input

    public init(change: ChangeRecord, input: Input) {
        self.change = change
        self.input = input
    }
}
