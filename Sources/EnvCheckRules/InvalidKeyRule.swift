import EnvCheckCore

/// `invalid-key`: a key compose rejects, or a line compose reads as the value of an empty key.
struct InvalidKeyRule: Rule {
    let description = RuleDescription(
        id: "invalid-key",
        severity: .error,
        summary: "A key compose rejects, or a line that sets no usable key",
        rationale: "Compose refuses the whole file at a key with a character it does not allow or with a space "
            + "inside. A last line without `=` and without a line break, or a line starting with `=`, gives a "
            + "value to a key with no name: nothing a service can read is set.",
        passing: [
            "DB.HOST=x\nservice-name=y\nLIST[0]=z\nÜBER=1\n2FA=on\n",
            "A = spaced around equals\nB: yaml style\n",
            "INHERITED\nA=1\n",
        ],
        failing: [
            "A=1\nBAD@KEY=2\n",
            "MY KEY=1\n",
            "A=1\nINHERITED",
            "=value\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        let afterQuotes = context.file.syntaxErrors.isEmpty
            ? [] : context.assignments.compactMap { SyntaxSupport.textAfterQuote($0.assignment, in: context.source.bytes) }
        var result: [Diagnostic] = []
        for error in context.file.syntaxErrors where !afterQuotes.contains(where: { $0.contains(error.range.lowerBound) }) {
            switch error.kind {
            case .invalidKeyCharacter:
                result.append(context.diagnostic(
                    description, "Key contains a character compose does not allow", at: error.range,
                    help: "Compose refuses the whole file. Keys may hold letters, digits and _ . - [ ]; if this line "
                        + "continues the value above, put that value in double quotes, which may span lines"))
            case .spaceInKey:
                result.append(context.diagnostic(
                    description, "Key contains a space", at: error.range,
                    help: "Compose refuses the whole file. Remove the space, or join the words with _"))
            default:
                break
            }
        }
        for index in context.file.summaries.indices
        where context.file.summaries[index].isAssignment && context.file.summaries[index].keyRange.isEmpty {
            if let assignment = context.file.statements[index].assignment { result.append(emptyKey(assignment, context)) }
        }
        return result
    }

    private func emptyKey(_ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic {
        let line = context.source.location(of: assignment.statementRange.lowerBound).line
        let start = assignment.separator == 0 ? assignment.valueRange.lowerBound : assignment.separatorOffset
        let end = max(start + 1, SyntaxSupport.lineEnd(context.source.bytes, from: start))
        if assignment.separator == 0 {
            return context.diagnostic(
                description, "Last line \(line) has no line break, so compose reads it as a value of an empty key",
                at: start..<min(end, context.source.bytes.count),
                help: "Compose sets no variable from this line; only a bare key followed by a line break inherits its "
                    + "value from the environment. End the file with a line break if the line names a key "
                    + "(this changes what compose reads, so envcheck does not do it for you)")
        }
        return context.diagnostic(
            description, "Line \(line) starts with a separator, so compose sets a key with no name", at: start..<end,
            help: "Compose reads the text after the separator as the value of an empty key, which no service can "
                + "read. Put the key before the separator, or delete the line")
    }
}
