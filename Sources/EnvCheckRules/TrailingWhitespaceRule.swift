import EnvCheckCore

/// Spaces or tabs at the end of a line, outside quoted values.
struct TrailingWhitespaceRule: Rule {
    let description = RuleDescription(
        id: "trailing-whitespace",
        severity: .warning,
        summary: "Spaces or tabs at the end of a line",
        rationale: """
            Trailing blanks are invisible in review and make noisy diffs; compose trims them after \
            an unquoted value, but a shell or another loader may keep them in the value. Blanks at \
            the end of a line inside a quoted value are part of the value and are not reported.
            """,
        passing: [
            "KEY=value\n",
            "KEY=value   # a comment\n",
            "KEY=\"two   \nlines\"\n",
            "PEM=\"-----BEGIN KEY-----  \nabc  \n-----END KEY-----\"\n",
        ],
        failing: [
            "KEY=value  \n",
            "KEY=value\t\n",
            "# a comment \n",
            "A=1\n   \nB=2\n",
            "KEY=   \n",
        ],
        fixes: [
            .init(before: "KEY=value  \n# note\t\n", after: "KEY=value\n# note\n"),
            .init(before: "A=\"x\" \r\nB=2\t\r\n", after: "A=\"x\"\r\nB=2\r\n"),
            .init(before: "KEY=\"kept  \nlines\"  \n", after: "KEY=\"kept  \nlines\"\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for line in 1...context.source.lineCount {
            if let found = finding(line: line, context) { result.append(found) }
        }
        return result
    }

    private func finding(line: Int, _ context: LintContext) -> Diagnostic? {
        let bytes = context.source.bytes
        let content = context.source.lineContentRange(line)
        var start = content.upperBound
        while start > content.lowerBound, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") {
            start -= 1
        }
        let run = start..<content.upperBound
        guard !run.isEmpty, isOutsideValues(run, context.file) else { return nil }
        return context.diagnostic(description, message(for: run, context.file), at: run,
                                  fix: Fix(title: "Remove the trailing whitespace", edits: [TextEdit(range: run, replacement: "")]))
    }

    /// Whether the blanks lie between statements, in a comment, or between `=` and an empty value.
    private func isOutsideValues(_ run: Range<Int>, _ file: EnvFile) -> Bool {
        guard let index = file.segmentIndex(holding: run.lowerBound) else { return false }
        switch file.segments[index].kind {
        case .whitespace, .comment:
            return true
        case .statement(let statement):
            guard let assignment = file.statements[statement].assignment, !assignment.key.isEmpty else { return false }
            return run.lowerBound > assignment.separatorOffset && run.upperBound <= assignment.valueRange.lowerBound
        case .byteOrderMark, .invalid:
            return false
        }
    }

    private func message(for run: Range<Int>, _ file: EnvFile) -> String {
        if let statement = file.statementIndex(endingOnLineOf: run.lowerBound) {
            let key = file.statements[statement].key
            return key.isEmpty ? "Trailing whitespace on the last line" : "Trailing whitespace on the line of \(key)"
        }
        if let index = file.segmentIndex(holding: run.lowerBound), file.segments[index].kind == .comment {
            return "Trailing whitespace after a comment"
        }
        return "Trailing whitespace on a blank line"
    }
}
