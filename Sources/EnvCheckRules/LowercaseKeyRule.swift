import EnvCheckCore

/// `lowercase-key`: a key with lowercase letters.
struct LowercaseKeyRule: Rule {
    let description = RuleDescription(
        id: "lowercase-key",
        severity: .warning,
        summary: "A key has lowercase letters",
        rationale: "Environment variable names are upper case by convention, and lookups are case-sensitive on "
            + "Linux: `db_host` and `DB_HOST` are two variables, and `${DB_HOST}` does not find the first. The "
            + "suggested rename is not applied automatically, because the app reads the variable by its name.",
        passing: [
            "DB_HOST=localhost\n",
            "API_V2_URL=http://x\n2FA=on\nLIST[0]=a\n",
            "A=lowercase value is fine\n",
        ],
        failing: [
            "db_host=localhost\n",
            "Api_Key=x\n",
            "export log_level\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        let bytes = context.source.bytes
        let statements = context.file.statements, summaries = context.file.summaries
        // The key is the bytes of its range: test those before touching the statement (a key of
        // ASCII bytes below `a` has no lowercase letter).
        return summaries.indices.filter {
            ByteSearch.containsByte(atLeast: UInt8(ascii: "a"), in: bytes, summaries[$0].keyRange)
        }.compactMap { index in
            let statement = statements[index]
            let key = statement.key
            guard Self.hasLowercase(key) else { return nil }
            let renamed = key.uppercased()
            return context.diagnostic(
                description, "Key \(key) has lowercase letters", at: statement.keyRange,
                help: "Rename it to \(renamed), and every place that reads it",
                fix: Fix(title: "Rename to \(renamed)", edits: [TextEdit(range: statement.keyRange, replacement: renamed)],
                         isSafe: false))
        }
    }

    /// Whether a key has a lowercase letter; ASCII keys (nearly all) are checked byte by byte.
    static func hasLowercase(_ key: String) -> Bool {
        var ascii = true
        for byte in key.utf8 {
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return true }
            if byte >= 0x80 { ascii = false }
        }
        return !ascii && key.contains(where: \.isLowercase)
    }
}
