/// A 1-based line and column in a source file, with the byte offset it came from.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// 0-based byte offset into the file.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A span in a source file: where a diagnostic starts and ends.
public struct SourceRange: Sendable, Hashable, Codable {
    /// The first position of the span.
    public var start: SourceLocation
    /// The position just past the span.
    public var end: SourceLocation

    /// Creates a range.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}

extension SourceFile {
    /// The source range of a byte range.
    public func range(_ bytes: Range<Int>) -> SourceRange {
        SourceRange(start: location(of: bytes.lowerBound), end: location(of: bytes.upperBound))
    }
}
