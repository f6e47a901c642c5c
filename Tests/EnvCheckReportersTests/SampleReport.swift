import EnvCheckCore

/// The report every reporter's golden file renders: `sample.env` (with fake secrets such as
/// `hunter2` and the URL password `s3cr3tpw`), `compose.yaml`, and hand-made diagnostics.
enum SampleReport {
    /// Values that must never appear in any output.
    static let secrets = ["hunter2", "s3cr3tpw"]

    static func make() throws -> LintReport {
        let env = SourceFile(path: "config/sample.env", bytes: try Golden.fixture("sample.env"))
        let compose = SourceFile(path: "compose.yaml", bytes: try Golden.fixture("compose.yaml"))
        let privateKeyStart = offset(of: "\"-----BEGIN", line: 7, in: env)
        let multiline = env.range(privateKeyStart..<env.lineContentRange(9).upperBound)
        let diagnostics = [
            Diagnostic(ruleID: "duplicate-key", severity: .error, message: "Key DATABASE_URL is set twice",
                       path: env.path, range: range(of: "DATABASE_URL", line: 5, in: env),
                       help: "The value on line 3 is overridden",
                       fix: Fix(title: "Remove the assignment on line 3", edits: [])),
            Diagnostic(ruleID: "plain-secret", severity: .warning, message: "Key DB_PASSWORD holds a secret in a tracked file",
                       path: env.path, range: range(of: "hunter2", line: 4, in: env),
                       help: "Move it to an untracked .env.local"),
            Diagnostic(ruleID: "non-ascii-value", severity: .info, message: "Value of GREETING has non-ASCII characters",
                       path: env.path, range: range(of: "wörld", line: 6, in: env)),
            Diagnostic(ruleID: "comment-spacing", severity: .info, message: "Comment after GREETING follows a tab",
                       path: env.path, range: range(of: "#", line: 6, in: env),
                       fix: Fix(title: "Replace the tab with a space", edits: [], isSafe: false)),
            Diagnostic(ruleID: "multiline-value", severity: .info, message: "Value of PRIVATE_KEY spans 3 lines",
                       path: env.path, range: multiline),
            Diagnostic(ruleID: "leading-whitespace", severity: .warning, message: "Key INDENTED is indented",
                       path: env.path, range: range(of: "\t", line: 10, in: env),
                       fix: Fix(title: "Remove the indentation", edits: [])),
            Diagnostic(ruleID: "quote-style", severity: .info, message: "Value of API_TOKEN is single-quoted",
                       path: env.path, range: range(of: "'hunter2'", line: 11, in: env)),
            Diagnostic(ruleID: "plain-secret", severity: .warning, message: "Key DB_PASSWORD is set inline in service app",
                       path: compose.path, range: range(of: "DB_PASSWORD", line: 4, in: compose)),
            Diagnostic(ruleID: "url-credentials", severity: .error, message: "Key REDIS_URL has a password in its URL",
                       path: compose.path, range: range(of: "redis://:hunter2@cache:6379/0", line: 5, in: compose)),
            Diagnostic(ruleID: "unknown-type", severity: .error, message: "Variable PORT has an unknown type",
                       path: "schemas/app.yml", range: SourceRange(start: .init(line: 12, column: 11), end: .init(line: 12, column: 15))),
        ]
        return LintReport(diagnostics: diagnostics, files: [env, compose], rules: rules)
    }

    /// Descriptions for every rule above but `unknown-type` (so SARIF's fallback is exercised).
    static let rules: [RuleDescription] = [
        ("duplicate-key", Severity.error, "Finds keys set more than once"),
        ("plain-secret", .warning, "Finds secrets committed in plain text"),
        ("non-ascii-value", .info, "Finds values with non-ASCII characters"),
        ("comment-spacing", .info, "Finds inline comments not preceded by one space"),
        ("multiline-value", .info, "Finds values that span lines"),
        ("leading-whitespace", .warning, "Finds indented keys"),
        ("quote-style", .info, "Finds values quoted differently from the rest"),
        ("url-credentials", .error, "Finds passwords inside URLs"),
    ].map { id, severity, summary in
        RuleDescription(id: id, severity: severity, summary: summary,
                        rationale: "Rationale of \(id), with \"quotes\" and a\ttab.", passing: [], failing: [])
    }

    static func offset(of needle: String, line: Int, in source: SourceFile) -> Int {
        let content = source.lineContentRange(line)
        let bytes = Array(needle.utf8)
        var index = content.lowerBound
        while index + bytes.count <= content.upperBound {
            if source.bytes[index..<index + bytes.count].elementsEqual(bytes) { return index }
            index += 1
        }
        fatalError("\(needle) is not on line \(line)")
    }

    static func range(of needle: String, line: Int, in source: SourceFile) -> SourceRange {
        let start = offset(of: needle, line: line, in: source)
        return source.range(start..<start + needle.utf8.count)
    }
}
