import EnvCheckCore

/// A file whose last line has no line break.
struct EndingBlankLineRule: Rule {
    let description = RuleDescription(
        id: "ending-blank-line",
        severity: .warning,
        summary: "The file does not end with a line break",
        rationale: """
            Tools that append to a file, concatenate files or read them line by line lose or merge \
            a last line that has no line break. compose has its own quirk: a bare `KEY` on a last \
            line without a line break is read as the value of an empty key.
            """,
        passing: [
            "KEY=value\n",
            "KEY=value\r\n",
            "",
            "KEY=\"a\nb\"\n",
        ],
        failing: [
            "KEY=value",
            "# only a comment",
            "A=1\nKEY",
        ],
        fixes: [
            .init(before: "KEY=value", after: "KEY=value\n"),
            .init(before: "A=1\r\nB=\"two\r\nlines\" # note", after: "A=1\r\nB=\"two\r\nlines\" # note\r\n"),
            .init(before: "A=1\nKEY", after: "A=1\nKEY"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        let bytes = context.source.bytes
        let start = context.file.hasByteOrderMark ? 3 : 0
        guard bytes.count > start, bytes[bytes.count - 1] != UInt8(ascii: "\n") else { return [] }
        let end = bytes.count..<bytes.count
        let lineBreak = context.file.mostlyUsesCRLF && bytes[bytes.count - 1] != UInt8(ascii: "\r") ? "\r\n" : "\n"
        if let last = context.file.statements.last?.assignment, last.separator == 0 {
            return [context.diagnostic(
                description, "The last line has no line break, so compose reads its bare key as the value of an empty key",
                at: end,
                help: "Not fixed automatically: adding the line break turns it into a key inherited from the "
                    + "environment, which changes what compose reads; add it (or `=value`) by hand",
                fix: Fix(title: "Add a line break at the end of the file", edits: [TextEdit(range: end, replacement: lineBreak)],
                         isSafe: false))]
        }
        let key = context.file.statementIndex(endingOnLineOf: bytes.count - 1).map { context.file.statements[$0].key }
        return [context.diagnostic(
            description, "No line break at the end of the file" + (key.map { " after \($0)" } ?? ""), at: end,
            fix: Fix(title: "Add a line break at the end of the file", edits: [TextEdit(range: end, replacement: lineBreak)]))]
    }
}
