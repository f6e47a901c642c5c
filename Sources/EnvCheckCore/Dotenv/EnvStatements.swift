/// The statements of a parsed file, in order, each made from its record when it is read.
///
/// The parser keeps one compact `EnvStatementSummary` per statement; an `EnvStatement` (with its
/// `EnvAssignment` object, key string and template array) exists only while someone holds it, so a
/// check that looks at a few statements of a large file never pays for the others.
public struct EnvStatements: RandomAccessCollection, Sendable {
    /// The file's bytes.
    let bytes: [UInt8]
    /// One record per statement.
    let summaries: [EnvStatementSummary]

    /// The index of the first statement.
    public var startIndex: Int { 0 }
    /// One past the index of the last statement.
    public var endIndex: Int { summaries.count }

    /// The statement at `index`.
    public subscript(index: Int) -> EnvStatement {
        let summary = summaries[index]
        let key = String(decoding: bytes[summary.keyRange], as: UTF8.self)
        guard summary.isAssignment else {
            return .inherited(EnvInheritedKey(key: key, keyRange: summary.keyRange, statementRange: summary.statementRange))
        }
        let (template, offsets) = Self.template(of: summary, in: bytes)
        return .assignment(EnvAssignment(
            key: key, keyRange: summary.keyRange, exportRange: summary.exportRange, separator: summary.separator,
            separatorOffset: summary.separatorOffset, quote: summary.quote, valueRange: summary.valueRange,
            innerRange: summary.innerRange, template: Array(template), templateOffsets: offsets,
            commentRange: commentRange(of: summary), statementRange: summary.statementRange))
    }

    /// The inline comment of an unquoted value (` # …`), found again from the end of the value:
    /// the parser ended the value before the ` #` and trimmed the spaces, so the comment starts
    /// at the first `#` after it and runs to the end of the line (without a `\r` before `\n`).
    func commentRange(of summary: EnvStatementSummary) -> Range<Int>? {
        guard summary.hasComment else { return nil }
        let valueEnd = summary.valueRange.upperBound
        let lineEnd = ByteSearch.firstIndex(of: Ascii.newline, in: bytes, valueEnd..<bytes.count)
        let start = ByteSearch.firstIndex(of: Ascii.hash, in: bytes, valueEnd..<lineEnd)
        let end = lineEnd > start && bytes[lineEnd - 1] == Ascii.carriageReturn ? lineEnd - 1 : lineEnd
        return start..<end
    }

    /// The template of a statement's value (see `EnvAssignment.template`) and its offsets: the
    /// inner bytes, not copied, unless the value is quoted with a backslash inside.
    static func template(of summary: EnvStatementSummary, in bytes: [UInt8]) -> (ArraySlice<UInt8>, offsets: [Int]?) {
        guard summary.hasBackslashInQuotes else { return (bytes[summary.innerRange], nil) }
        let (template, offsets) = QuotedTemplate.make(bytes, inner: summary.innerRange, quote: summary.quote)
        return (template[...], offsets)
    }
}
