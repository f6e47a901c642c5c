import EnvCheckCore

/// `unterminated-quote`: a quoted value whose quote is never closed.
struct UnterminatedQuoteRule: Rule {
    let description = RuleDescription(
        id: "unterminated-quote",
        severity: .error,
        summary: "A quoted value is never closed",
        rationale: "Compose searches the rest of the file for the closing quote (quoted values may span lines) and "
            + "refuses the whole file when there is none. The finding points at the quote that opened the value.",
        passing: [
            "A=\"closed\"\nB='closed'\n",
            "PEM=\"-----BEGIN KEY-----\nabc\n-----END KEY-----\"\n",
            "A=\"escaped \\\" quote\"\nB=it's unquoted\n",
        ],
        failing: [
            "A=\"never closed\nB=2\n",
            "A='it\\'s open\n",
            "A=1\nB=\"x\\\"\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        let bytes = context.source.bytes
        return context.file.syntaxErrors.filter { $0.kind == .unterminatedQuote }.map { error in
            let start = error.range.lowerBound
            let key = SyntaxSupport.keyBefore(start, in: bytes)
            let kind = bytes[start] == SyntaxSupport.singleQuote ? "single" : "double"
            let subject = key.isEmpty ? "Value on line \(context.source.location(of: start).line)" : "Value of \(key)"
            return context.diagnostic(
                description, "\(subject) opens a \(kind) quote that is never closed", at: start..<start + 1,
                help: "Compose refuses the whole file. Add the closing quote; a quote inside the value is written "
                    + (kind == "single" ? "\\'" : "\\\"") + ", and a value that holds quotes of one kind can use the other")
        }
    }
}
