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
    /// The templates that are not the inner bytes of their value.
    let templates: EscapedTemplates

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
        let escaped = summary.escapedTemplate
        return .assignment(EnvAssignment(
            key: key, keyRange: summary.keyRange, exportRange: summary.exportRange, separator: summary.separator,
            separatorOffset: summary.separatorOffset, quote: summary.quote, valueRange: summary.valueRange,
            innerRange: summary.innerRange, template: Array(template(of: summary)),
            templateOffsets: escaped >= 0 ? templates.offsets(escaped) : nil,
            commentRange: summary.commentRange, statementRange: summary.statementRange))
    }

    /// The template of a statement's value (see `EnvAssignment.template`), without copying it.
    func template(of summary: EnvStatementSummary) -> ArraySlice<UInt8> {
        summary.escapedTemplate >= 0 ? templates.template(summary.escapedTemplate) : bytes[summary.innerRange]
    }
}
