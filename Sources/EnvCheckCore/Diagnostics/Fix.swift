/// A proposed change that resolves a diagnostic.
public struct Fix: Sendable, Hashable {
    /// What the fix does, in the imperative ("Remove the trailing whitespace").
    public var title: String
    /// The edits, in the diagnostic's file, that make the fix.
    public var edits: [TextEdit]
    /// Whether `envcheck fix` may apply it unasked: a safe fix never changes a value the app sees.
    public var isSafe: Bool

    /// Creates a fix.
    public init(title: String, edits: [TextEdit], isSafe: Bool = true) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe
    }
}
