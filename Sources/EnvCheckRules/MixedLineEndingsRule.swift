import EnvCheckCore

/// A file that ends some lines with `\n` and others with `\r\n`.
struct MixedLineEndingsRule: Rule {
    let description = RuleDescription(
        id: "mixed-line-endings",
        severity: .warning,
        summary: "Both LF and CRLF line endings in one file",
        rationale: """
            compose trims a `\\r` before the line break of an unquoted value, but a shell keeps it in \
            the value, and editors and diffs show the file inconsistently. Line breaks inside a \
            quoted value are part of the value and are neither counted nor changed.
            """,
        passing: [
            "A=1\nB=2\n",
            "A=1\r\nB=2\r\n",
            "A=\"x\r\ny\"\nB=2\n",
        ],
        failing: [
            "A=1\nB=2\r\nC=3\n",
            "A=1\r\nB=2\nC=3\r\n",
        ],
        fixes: [
            .init(before: "A=1\nB=2\r\nC=3\n# c\r\n", after: "A=1\nB=2\nC=3\n# c\n"),
            .init(before: "A=1\r\nB=\"x\ny\"\nC=3\r\n", after: "A=1\r\nB=\"x\ny\"\r\nC=3\r\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        // Without a `\r` every line break is LF: nothing to report, and no need to list the breaks.
        let bytes = context.source.bytes
        guard SyntaxSupport.contains(SyntaxSupport.carriageReturn, in: bytes, 0..<bytes.count) else { return [] }
        let breaks = context.file.layoutLineBreaks
        let toCRLF = EnvFile.mostlyCRLF(breaks)
        let minority = breaks.filter { $0.isCRLF != toCRLF }
        guard let first = minority.first else { return [] }
        let edits = minority.map { lineBreak in
            toCRLF ? TextEdit(range: lineBreak.newline..<lineBreak.newline, replacement: "\r")
                : TextEdit(range: lineBreak.newline - 1..<lineBreak.newline, replacement: "")
        }
        let (used, majority) = toCRLF ? ("LF", "CRLF") : ("CRLF", "LF")
        let key = context.file.statementIndex(endingOnLineOf: first.newline).map { context.file.statements[$0].key } ?? ""
        let place = key.isEmpty ? "A line" : "The line of \(key)"
        return [context.diagnostic(
            description, "\(place) ends with \(used) while the file mostly uses \(majority)", at: first.range,
            help: "\(minority.count) of \(breaks.count) line breaks use \(used); line breaks inside quoted values are left alone",
            fix: Fix(title: "Convert the line endings to \(majority)", edits: edits))]
    }
}
