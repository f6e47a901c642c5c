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
///
/// A class, so that the many places that pass statements around share one instance instead of
/// copying its arrays. Immutable: the parser builds it complete, and its properties are
/// constants, so reading them needs no exclusivity checks.
public final class EnvAssignment: Sendable {
    /// The key, as compose reads it.
    public let key: String
    /// The bytes of the key in the file.
    public let keyRange: Range<Int>
    /// The `export` keyword, when present.
    public let exportRange: Range<Int>?
    /// The separator byte: `=` or `:`.
    public let separator: UInt8
    /// Offset of the separator.
    public let separatorOffset: Int
    /// How the value is quoted.
    public let quote: QuoteStyle
    /// The value as written: quotes included; for an unquoted value, without the comment and trailing spaces.
    public let valueRange: Range<Int>
    /// The value inside its quotes (equal to `valueRange` when unquoted).
    public let innerRange: Range<Int>
    /// The value after quote and escape processing, before interpolation. For single quotes
    /// this is final; otherwise it is a template that `Interpolator` expands.
    public let template: [UInt8]
    /// For each byte of `template`, the file offset it came from (`nil` when the template is the
    /// inner bytes unchanged).
    public let templateOffsets: [Int]?
    /// The inline comment of an unquoted value (` # …`). A comment after a closing quote is a
    /// separate `.comment` segment of the file.
    public let commentRange: Range<Int>?
    /// The whole statement, from the first byte of `export`/key to the end of the value.
    public let statementRange: Range<Int>

    init(key: String, keyRange: Range<Int>, exportRange: Range<Int>?, separator: UInt8, separatorOffset: Int,
         quote: QuoteStyle, valueRange: Range<Int>, innerRange: Range<Int>, template: [UInt8], templateOffsets: [Int]?,
         commentRange: Range<Int>?, statementRange: Range<Int>) {
        self.key = key
        self.keyRange = keyRange
        self.exportRange = exportRange
        self.separator = separator
        self.separatorOffset = separatorOffset
        self.quote = quote
        self.valueRange = valueRange
        self.innerRange = innerRange
        self.template = template
        self.templateOffsets = templateOffsets
        self.commentRange = commentRange
        self.statementRange = statementRange
    }

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
    public let key: String
    /// The bytes of the key.
    public let keyRange: Range<Int>
    /// The whole statement.
    public let statementRange: Range<Int>
}
