import EnvCheckCore

/// `KEY = value`: blanks between the key and `=`, or right after `=`.
struct SpacesAroundEqualsRule: Rule {
    let description = RuleDescription(
        id: "spaces-around-equals",
        severity: .warning,
        summary: "Spaces or tabs around the = of an assignment",
        rationale: """
            Compose trims blanks between the key and `=` and right after `=`, but a shell that \
            sources the file reads `KEY = value` as a command, and other dotenv loaders keep the \
            blanks in the key or in the value. `KEY=value` means the same thing everywhere.
            """,
        passing: [
            "KEY=value\n",
            "KEY=value   # a comment\n",
            "KEY: value\n",
            "KEY=\"a = b\"\n",
            "URL=${HOST:-localhost}\n",
        ],
        failing: [
            "KEY = value\n",
            "KEY =value\n",
            "KEY= value\n",
            "KEY\t=\tvalue\n",
            "export KEY = value\r\n",
        ],
        fixes: [
            .init(before: "KEY = value\n", after: "KEY=value\n"),
            .init(before: "A=1\r\nKEY =\t\"quoted\" # note\r\n", after: "A=1\r\nKEY=\"quoted\" # note\r\n"),
            .init(before: "KEY= #not-a-comment\n", after: "KEY=#not-a-comment\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        let bytes = context.source.bytes
        return context.file.summaries.indices.compactMap { index in
            let summary = context.file.summaries[index]
            guard summary.separator == UInt8(ascii: "="), !summary.keyRange.isEmpty else { return nil }
            // Nearly every line: `KEY=` with no blank after it.
            let next = summary.separatorOffset + 1
            if summary.keyRange.upperBound == summary.separatorOffset,
               next == bytes.count || (bytes[next] != UInt8(ascii: " ") && bytes[next] != UInt8(ascii: "\t")) {
                return nil
            }
            return context.file.statements[index].assignment.flatMap { finding($0, context) }
        }
    }

    private func finding(_ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic? {
        let bytes = context.source.bytes
        let before = assignment.keyRange.upperBound..<assignment.separatorOffset
        let after = blanksAfterEquals(assignment, bytes)
        guard !before.isEmpty || !after.isEmpty else { return nil }
        let start = before.isEmpty ? assignment.separatorOffset : before.lowerBound
        let end = after.isEmpty ? assignment.separatorOffset + 1 : after.upperBound
        let edits = [before, after].filter { !$0.isEmpty }.map { TextEdit(range: $0, replacement: "") }
        return context.diagnostic(
            description, "Spaces around the = of \(assignment.key)", at: start..<end,
            help: "Write `\(assignment.key)=value`: compose trims these blanks, shells and some loaders do not",
            fix: Fix(title: "Remove the spaces around =", edits: edits))
    }

    /// The spaces and tabs right after `=`, unless nothing follows them on the line (then they
    /// are trailing whitespace, another rule's business).
    private func blanksAfterEquals(_ assignment: EnvAssignment, _ bytes: [UInt8]) -> Range<Int> {
        let start = assignment.separatorOffset + 1
        var end = start
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end == bytes.count || bytes[end] == UInt8(ascii: "\n")
            || (bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n")) {
            return start..<start
        }
        return start..<end
    }
}
