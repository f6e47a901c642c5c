import EnvCheckCore

/// `KEY="value"` where nothing in the value needs quotes.
struct QuoteCharacterRule: Rule {
    let description = RuleDescription(
        id: "quote-character",
        severity: .warning,
        summary: "Quotes around a value that needs none",
        rationale: """
            Quotes change how compose reads a value: single quotes turn off interpolation, double \
            quotes expand escapes, and other loaders keep the quotes in the value. A value with no \
            blank, `#`, `$`, quote, backslash, backtick or line break reads the same without them.
            """,
        passing: [
            "KEY=value\n",
            "KEY=\"two words\"\n",
            "KEY='$NOT_EXPANDED'\n",
            "KEY=\"\"\n",
            "KEY=\"#not-a-comment\"\n",
            "URL=\"${HOST:-localhost}\"\n",
            "A=\"x\"# kept: unquoted, this would join the value\n",
            "PEM=\"-----BEGIN KEY-----\nabc\n-----END KEY-----\"\n",
        ],
        failing: [
            "KEY=\"value\"\n",
            "KEY='value'\n",
            "export KEY=\"value\" # note\n",
        ],
        fixes: [
            .init(before: "KEY=\"value\"\n", after: "KEY=value\n"),
            .init(before: "A='x' # note\r\nB=\"y\"", after: "A=x # note\r\nB=y"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        // A pass over the records finds the quoted values that need no quotes; each is then proved.
        let summaries = context.file.summaries, bytes = context.source.bytes
        return summaries.indices.filter { index in
            let summary = summaries[index]
            return summary.isAssignment && summary.quote != .none && !summary.keyRange.isEmpty
                && !Self.needsQuotes(bytes[summary.innerRange])
        }.compactMap { index in
            guard let assignment = context.file.statements[index].assignment,
                  readsTheSameUnquoted(assignment, context.source) else { return nil }
            let edits = [assignment.valueRange.lowerBound, assignment.valueRange.upperBound - 1].map {
                TextEdit(range: $0..<$0 + 1, replacement: "")
            }
            return context.diagnostic(
                description, "Needless quotes around the value of \(assignment.key)", at: assignment.valueRange,
                help: "Nothing in the value needs quoting, so it reads the same without quotes",
                fix: Fix(title: "Remove the quotes", edits: edits))
        }
    }

    /// Whether the value has anything that quotes protect or change.
    static func needsQuotes(_ inner: ArraySlice<UInt8>) -> Bool {
        guard !inner.isEmpty else { return true }
        // ASCII (nearly every value): a byte test, in one pass; otherwise the scalar test below.
        var ascii = true
        for byte in inner {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "$")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "`") {
                return true
            }
        }
        if ascii { return false }
        return String(decoding: inner, as: UTF8.self).unicodeScalars.contains { scalar in
            scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
                || scalar == "\u{FFFD}" || "#$\"'\\`".unicodeScalars.contains(scalar)
        }
    }

    /// Proves the fix: the statement's lines, unquoted, parse to the same key and the same value.
    private func readsTheSameUnquoted(_ assignment: EnvAssignment, _ source: SourceFile) -> Bool {
        let lastLine = source.lineIndex(of: assignment.valueRange.upperBound - 1) + 1
        let end = source.lineContentRange(lastLine).upperBound
        var snippet = Array(source.bytes[assignment.statementRange.lowerBound..<assignment.valueRange.lowerBound])
        snippet += source.bytes[assignment.innerRange]
        snippet += source.bytes[assignment.valueRange.upperBound..<end]
        snippet.append(UInt8(ascii: "\n"))
        let file = EnvFile(source: SourceFile(path: source.path, bytes: snippet))
        guard file.syntaxErrors.isEmpty, file.statements.count == 1, let unquoted = file.statements[0].assignment else {
            return false
        }
        return unquoted.key == assignment.key && unquoted.quote == .none && unquoted.template == assignment.template
    }
}
