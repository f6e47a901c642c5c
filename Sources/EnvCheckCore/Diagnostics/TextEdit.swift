/// A replacement of a byte range of a file with new bytes.
public struct TextEdit: Sendable, Hashable {
    /// The bytes replaced (an empty range inserts).
    public var range: Range<Int>
    /// The bytes put in their place.
    public var replacement: [UInt8]

    /// Creates an edit from bytes.
    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    /// Creates an edit from a string.
    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }
}
