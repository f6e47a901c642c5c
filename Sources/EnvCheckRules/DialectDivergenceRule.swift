import EnvCheckCore

/// `dialect-divergence`: a line that docker compose, Node's dotenv (v16) and python-dotenv (1.x)
/// read differently. The checks themselves are in `DialectDivergenceRule+Checks.swift`.
struct DialectDivergenceRule: Rule {
    let description = RuleDescription(
        id: "dialect-divergence",
        severity: .warning,
        summary: "A line that compose, Node's dotenv and python-dotenv read differently",
        rationale: "The same `.env` file is often read by compose and by the app's own dotenv library. They agree "
            + "on plain `KEY=value` lines but not on comments, quotes and escapes: compose keeps `\\t#…` in an "
            + "unquoted value and reads ` #x` after `=` as the value `#x`, Node's dotenv ends an unquoted value at "
            + "any `#` and treats backticks as quotes, python-dotenv expands `${…}` even in single quotes and "
            + "skips `KEY: value` lines, and only compose reads `\\$` in double quotes as `$`.",
        passing: [
            "A=plain value   # a comment\nB=\"double\"\nC='single $HOME'\n",
            "URL=${HOST:-localhost}\nD=\"multi\nline\"\nE=\"a$$b\"\n",
            "EMPTY=\nQUOTED_HASH='#fff'\nTAB_IN_QUOTES=\"x\t#y\"\n",
        ],
        failing: [
            "A=value\t# comment\n",
            "A='${HOME}'\n",
            "A=\"cost \\$5\"\n",
            "A=`backticks`\n",
            "A: v\n",
            "A= # meant as a comment\n",
            "COLOR=red#fff\n",
        ],
        fixes: [
            .init(before: "A: v\nB:x\r\n", after: "A=v\nB=x\r\n"),
            .init(before: "A : v # c\n", after: "A =v # c\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let bytes = context.source.bytes
        for index in context.file.summaries.indices {
            // Only statements that may hold what the checks look for get checked.
            guard Self.mayDiverge(context.file.summaries[index], bytes),
                  let assignment = context.file.statements[index].assignment else { continue }
            if let finding = separator(assignment, context) { result.append(finding) }
            switch assignment.quote {
            case .none: result += unquoted(assignment, context)
            case .single: if let finding = singleQuoted(assignment, context) { result.append(finding) }
            case .double: if let finding = doubleQuoted(assignment, context) { result.append(finding) }
            }
        }
        return result
    }

    /// `false` when none of the checks can find anything in the statement: a superset test on bytes.
    static func mayDiverge(_ summary: EnvStatementSummary, _ bytes: [UInt8]) -> Bool {
        guard summary.isAssignment, !summary.keyRange.isEmpty else { return false }
        if summary.separator == UInt8(ascii: ":") { return true }
        switch summary.quote {
        case .none:
            guard let first = summary.valueRange.first else { return false }
            return bytes[first] == SyntaxSupport.backtick || SyntaxSupport.contains(SyntaxSupport.hash, in: bytes, summary.valueRange)
        case .single:
            return SyntaxSupport.contains(SyntaxSupport.dollar, in: bytes, summary.innerRange)
        case .double:
            // `doubleQuoted` looks for `\$`.
            let inner = summary.innerRange
            return inner.count >= 2 && bytes[inner].indices.dropLast().contains {
                bytes[$0] == SyntaxSupport.backslash && bytes[$0 + 1] == SyntaxSupport.dollar
            }
        }
    }
}
