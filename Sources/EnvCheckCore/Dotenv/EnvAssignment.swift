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
    /// The value after quote and escape processing, before interpolation. For single quotes
    /// this is final; otherwise it is a template that `Interpolator` expands.
    public let template: [UInt8]
    /// For each byte of `template`, the file offset it came from (`nil` when the template is the
    /// inner bytes unchanged).
    public let templateOffsets: [Int]?
    // Offsets kept as 32-bit integers (a file of 100,000 statements holds as many of these
    // objects: half the size is half the memory to fault in), widened when read. Files of 2 GiB
    // or more keep full-width offsets in `wide`.
    private let keyStart: UInt32, keyEnd: UInt32, exportStart: UInt32, separatorAt: UInt32
    private let valueStart: UInt32, valueEnd: UInt32, commentStart: UInt32, commentEnd: UInt32, statementStart: UInt32
    private let wide: [Int]?
    /// The separator byte: `=` or `:`.
    public let separator: UInt8
    /// How the value is quoted.
    public let quote: QuoteStyle
    private let hasExport: Bool, hasComment: Bool

    init(key: String, keyRange: Range<Int>, exportRange: Range<Int>?, separator: UInt8, separatorOffset: Int,
         quote: QuoteStyle, valueRange: Range<Int>, innerRange: Range<Int>, template: [UInt8], templateOffsets: [Int]?,
         commentRange: Range<Int>?, statementRange: Range<Int>) {
        self.key = key
        self.template = template
        self.templateOffsets = templateOffsets
        self.separator = separator
        self.quote = quote
        self.hasExport = exportRange != nil
        self.hasComment = commentRange != nil
        // `innerRange` and the end of `statementRange` follow from the value range and the quote.
        assert(innerRange == (quote == .none ? valueRange : valueRange.lowerBound + 1..<valueRange.upperBound - 1))
        assert(statementRange.upperBound == valueRange.upperBound)
        assert(exportRange.map { $0.count == 6 } ?? true)
        if statementRange.upperBound < Int(UInt32.max), (commentRange?.upperBound ?? 0) < Int(UInt32.max) {
            wide = nil
            keyStart = UInt32(truncatingIfNeeded: keyRange.lowerBound)
            keyEnd = UInt32(truncatingIfNeeded: keyRange.upperBound)
            exportStart = UInt32(truncatingIfNeeded: exportRange?.lowerBound ?? 0)
            separatorAt = UInt32(truncatingIfNeeded: separatorOffset)
            valueStart = UInt32(truncatingIfNeeded: valueRange.lowerBound)
            valueEnd = UInt32(truncatingIfNeeded: valueRange.upperBound)
            commentStart = UInt32(truncatingIfNeeded: commentRange?.lowerBound ?? 0)
            commentEnd = UInt32(truncatingIfNeeded: commentRange?.upperBound ?? 0)
            statementStart = UInt32(truncatingIfNeeded: statementRange.lowerBound)
        } else {
            wide = [keyRange.lowerBound, keyRange.upperBound, exportRange?.lowerBound ?? 0, separatorOffset,
                    valueRange.lowerBound, valueRange.upperBound, commentRange?.lowerBound ?? 0,
                    commentRange?.upperBound ?? 0, statementRange.lowerBound]
            (keyStart, keyEnd, exportStart, separatorAt, valueStart, valueEnd, commentStart, commentEnd, statementStart)
                = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        }
    }

    @inline(__always) private func offset(_ index: Int, _ narrow: UInt32) -> Int {
        if let wide { return wide[index] }
        return Int(narrow)
    }

    /// The bytes of the key in the file.
    public var keyRange: Range<Int> { offset(0, keyStart)..<offset(1, keyEnd) }
    /// The `export` keyword, when present.
    public var exportRange: Range<Int>? {
        guard hasExport else { return nil }
        let start = offset(2, exportStart)
        return start..<start + 6
    }
    /// Offset of the separator.
    public var separatorOffset: Int { offset(3, separatorAt) }
    /// The value as written: quotes included; for an unquoted value, without the comment and trailing spaces.
    public var valueRange: Range<Int> { offset(4, valueStart)..<offset(5, valueEnd) }
    /// The value inside its quotes (equal to `valueRange` when unquoted).
    public var innerRange: Range<Int> {
        let value = valueRange
        return quote == .none ? value : value.lowerBound + 1..<value.upperBound - 1
    }
    /// The inline comment of an unquoted value (` # …`). A comment after a closing quote is a
    /// separate `.comment` segment of the file.
    public var commentRange: Range<Int>? {
        hasComment ? offset(6, commentStart)..<offset(7, commentEnd) : nil
    }
    /// The whole statement, from the first byte of `export`/key to the end of the value.
    public var statementRange: Range<Int> { offset(8, statementStart)..<offset(5, valueEnd) }

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
