import EnvCheckCore

/// A UTF-8 byte order mark at the start of the file.
struct ByteOrderMarkRule: Rule {
    let description = RuleDescription(
        id: "byte-order-mark",
        severity: .warning,
        summary: "The file starts with a UTF-8 byte order mark",
        rationale: """
            compose skips a UTF-8 byte order mark, but shells and many other loaders read it as \
            part of the first key, which then silently never matches.
            """,
        passing: [
            "KEY=value\n",
            "KEY=\u{FEFF}value\n",
        ],
        failing: [
            "\u{FEFF}KEY=value\n",
            "\u{FEFF}# comment\r\nKEY=value\r\n",
        ],
        fixes: [
            .init(before: "\u{FEFF}KEY=value\n", after: "KEY=value\n"),
            .init(before: "\u{FEFF}\r\nKEY=\"a\r\nb\"\r\n", after: "\r\nKEY=\"a\r\nb\"\r\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.file.hasByteOrderMark else { return [] }
        let key = context.file.statements.first.map(\.key) ?? ""
        return [context.diagnostic(
            description, key.isEmpty ? "The file starts with a byte order mark" : "The file starts with a byte order mark before \(key)",
            at: 0..<3,
            help: "Save the file as UTF-8 without a byte order mark",
            fix: Fix(title: "Remove the byte order mark", edits: [TextEdit(range: 0..<3, replacement: "")]))]
    }
}
