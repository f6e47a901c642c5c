import EnvCheckCore

/// A bare `KEY` line: its value depends on the environment of whoever runs compose.
struct KeyWithoutValueRule: Rule {
    let description = RuleDescription(
        id: "key-without-value",
        severity: .warning,
        summary: "A key with no = takes its value from the environment of whoever runs compose",
        rationale: """
            `KEY=` sets KEY to the empty string. A bare `KEY` copies KEY from the process \
            environment of whoever runs compose, or leaves it unset when they have none, so the same \
            file means different things on different machines. And a bare key on the last line with \
            no line break is worse: compose reads it as the value of an empty key.
            """,
        passing: [
            "KEY=\n",
            "KEY=value\n",
            "# KEY\n",
            "KEY=\"multi\nline\"\n",
        ],
        failing: [
            "KEY\n",
            "A=1\nSECRET\r\nB=2\n",
            "export KEY\n",
            "A=1\nKEY",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        // Only bare keys and the empty-key quirk (no separator) are reported: a pass over the
        // records finds them, then each is looked at.
        let summaries = context.file.summaries
        return summaries.indices.filter { summaries[$0].separator == 0 }.compactMap { index -> Diagnostic? in
            switch context.file.statements[index] {
            case .inherited(let inherited):
                return context.diagnostic(
                    description, "\(inherited.key) has no = and takes its value from the environment",
                    at: inherited.keyRange,
                    help: "Write `\(inherited.key)=` for an empty value or `\(inherited.key)=value` for a fixed one; "
                        + "a bare `\(inherited.key)` copies the value from the environment of whoever runs compose, "
                        + "or leaves it unset")
            case .assignment(let assignment) where assignment.separator == 0:
                return context.diagnostic(
                    description, "A bare key on the last line without a line break is read as the value of an empty key",
                    at: assignment.statementRange,
                    help: "End the line with a line break to inherit the key from the environment, "
                        + "or add = and a value to set it")
            case .assignment:
                return nil
            }
        }
    }
}
