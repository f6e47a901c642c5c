/// How a value is quoted in a `.env` file.
public enum QuoteStyle: String, Sendable, Codable {
    /// Unquoted: trimmed, ` #` starts a comment, interpolated.
    case none
    /// `'…'`: literal, only `\'` is an escape, never interpolated.
    case single
    /// `"…"`: escapes expanded, interpolated, may span lines.
    case double
}

/// One `KEY=value` (or `KEY: value`) statement, with the byte ranges of each of its parts.
public struct EnvAssignment: Sendable {
    /// The key, as compose reads it.
    public var key: String
    /// The bytes of the key in the file.
    public var keyRange: Range<Int>
    /// The `export` keyword, when present.
    public var exportRange: Range<Int>?
    /// The separator byte: `=` or `:`.
    public var separator: UInt8
    /// Offset of the separator.
    public var separatorOffset: Int
    /// How the value is quoted.
    public var quote: QuoteStyle
    /// The value as written: quotes included; for an unquoted value, without the comment and trailing spaces.
    public var valueRange: Range<Int>
    /// The value inside its quotes (equal to `valueRange` when unquoted).
    public var innerRange: Range<Int>
    /// The value after quote and escape processing, before interpolation. For single quotes
    /// this is final; otherwise it is a template that `Interpolator` expands.
    public var template: [UInt8]
    /// For each byte of `template`, the file offset it came from (`nil` when the template is the
    /// inner bytes unchanged).
    public var templateOffsets: [Int]?
    /// The inline comment of an unquoted value (` # …`). A comment after a closing quote is a
    /// separate `.comment` segment of the file.
    public var commentRange: Range<Int>?
    /// The whole statement, from the first byte of `export`/key to the end of the value.
    public var statementRange: Range<Int>

    /// Whether compose interpolates the template (unquoted and double-quoted values).
    public var isInterpolated: Bool { quote != .single }

    /// The file offset of byte `index` of the template.
    public func sourceOffset(ofTemplateIndex index: Int) -> Int {
        if let offsets = templateOffsets {
            return index < offsets.count ? offsets[index] : innerRange.upperBound
        }
        return min(innerRange.lowerBound + index, innerRange.upperBound)
    }
}

/// A bare `KEY` line: compose takes its value from the environment, or leaves it unset.
public struct EnvInheritedKey: Sendable {
    /// The key.
    public var key: String
    /// The bytes of the key.
    public var keyRange: Range<Int>
    /// The whole statement.
    public var statementRange: Range<Int>
}
