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
        context.assignments.compactMap { finding($0.assignment, context) }
    }

    private func finding(_ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic? {
        guard assignment.separator == UInt8(ascii: "="), !assignment.key.isEmpty else { return nil }
        let before = assignment.keyRange.upperBound..<assignment.separatorOffset
        let after = blanksAfterEquals(assignment, context.source.bytes)
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
        let rest = bytes[end...]
        if rest.isEmpty || rest.starts(with: [UInt8(ascii: "\n")]) || rest.starts(with: Array("\r\n".utf8)) {
            return start..<start
        }
        return start..<end
    }
}
