import EnvCheckCore

/// `duplicate-key`: a key set more than once; only the last definition counts.
struct DuplicateKeyRule: Rule {
    let description = RuleDescription(
        id: "duplicate-key",
        severity: .warning,
        summary: "A key is set more than once in the same file",
        rationale: "Compose reads the file top to bottom and keeps the last value, so an earlier definition is dead "
            + "text that looks authoritative. Interpolation between the two still sees the earlier value, which is "
            + "why the fix only deletes a definition nothing reads.",
        passing: [
            "A=1\nB=2\n",
            "A=1\nAB=2\n",
            "export A=1\nB=${A:-x}\n",
        ],
        failing: [
            "A=1\nA=2\n",
            "A=1\nB=2\nA\n",
            "export A=\"multi\nline\"\nA: 3\n",
        ],
        fixes: [
            .init(before: "A=1\nB=2\nA=3\n", after: "B=2\nA=3\n"),
            .init(before: "A=1 # old\r\nA=2\r\n", after: "A=2\r\n"),
            .init(before: "A=\"x\ny\"\nA=2\n", after: "A=2\n"),
            .init(before: "A=1\nB=${A}\nA=2\n", after: "A=1\nB=${A}\nA=2\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        let statements = context.file.statements
        var nextDefinition: [String: Int] = [:]
        var result: [Diagnostic] = []
        // Only statements whose key another statement repeats can pair up.
        for index in context.resolution.statementsWithRepeatedKeys.reversed() where !statements[index].key.isEmpty {
            let key = statements[index].key
            if let next = nextDefinition[key] { result.append(finding(index, next, context)) }
            nextDefinition[key] = index
        }
        return result.reversed()
    }

    private func finding(_ index: Int, _ next: Int, _ context: LintContext) -> Diagnostic {
        let statement = context.file.statements[index]
        let later = context.file.statements[next]
        let line = SyntaxSupport.line(of: later, in: context)
        let key = statement.key
        if case .inherited = later, case .assignment = statement {
            return context.diagnostic(
                description,
                "Key \(key) is listed again on line \(line); "
                    + "compose replaces this value only when \(key) is set in the environment",
                at: statement.keyRange, help: "Remove one of the two lines so the file says which value wins")
        }
        let isRead = isReadBetween(index, next, context)
        let fix = isRead ? nil : deletion(of: statement, context)
        let help = isRead
            ? "Lines up to line \(line) read this value through interpolation; remove it only after checking them"
            : fix == nil ? "Remove the definition that should not win" : nil
        return context.diagnostic(
            description, "Key \(key) is set again on line \(line); compose keeps the last value",
            at: statement.keyRange, help: help,
            fix: fix.map { Fix(title: "Remove the earlier definition of \(key)", edits: [$0]) })
    }

    /// Whether a statement after `index`, up to and including `next`, interpolates the key.
    private func isReadBetween(_ index: Int, _ next: Int, _ context: LintContext) -> Bool {
        let key = context.file.statements[index].key
        return context.resolution.entries[(index + 1)...next].contains { entry in
            entry.interpolation?.references.contains { $0.name == key } ?? false
        }
    }

    /// Deletes the lines of a statement when they hold nothing but it, spaces and a comment.
    private func deletion(of statement: EnvStatement, _ context: LintContext) -> TextEdit? {
        let bytes = context.source.bytes
        let range = statement.statementRange
        var start = SyntaxSupport.lineStart(bytes, of: range.lowerBound)
        if start == 0, context.file.hasByteOrderMark { start = 3 }
        guard bytes[start..<range.lowerBound].allSatisfy(SyntaxSupport.isInlineSpace) else { return nil }
        let after = SyntaxSupport.skipInlineSpaces(bytes, from: range.upperBound)
        let endsLine = after == bytes.count || bytes[after] == SyntaxSupport.newline || bytes[after] == SyntaxSupport.hash
        guard endsLine else { return nil }
        var end = after
        while end < bytes.count, bytes[end] != SyntaxSupport.newline { end += 1 }
        return TextEdit(range: start..<min(end + 1, bytes.count), replacement: [])
    }
}
