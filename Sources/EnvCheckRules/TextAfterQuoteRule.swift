import EnvCheckCore

/// `text-after-quote`: something other than a comment after a closing quote.
struct TextAfterQuoteRule: Rule {
    let description = RuleDescription(
        id: "text-after-quote",
        severity: .error,
        summary: "Text follows a closing quote on the same line",
        rationale: "A quoted value ends at its closing quote. Compose does not append what follows: it reads it as "
            + "the next statement, so `A=\"x\" B=y` also sets B, and `A=\"x\"junk` declares a key named junk. "
            + "Other dotenv tools read such lines differently again.",
        passing: [
            "A=\"x\" # a comment\nB='y'\t# another\n",
            "A=\"x\"#tight comment\nB=\"multi\nline\"\n",
            "A=\"x\"   \r\nB=unquoted \"quotes\" are text\n",
        ],
        failing: [
            "A=\"x\" B=y\n",
            "A=\"x\"junk\n",
            "A='first'' second'\n",
            "A=\"multi\nline\" tail\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        // A pass over the records finds the few quoted values with text after them.
        let summaries = context.file.summaries, bytes = context.source.bytes
        return summaries.indices.compactMap { index -> (Int, Range<Int>)? in
            let summary = summaries[index]
            guard summary.isAssignment,
                  let range = SyntaxSupport.textAfterQuote(summary.quote, valueEnd: summary.valueRange.upperBound, in: bytes)
            else { return nil }
            return (index, range)
        }.compactMap { index, range in
            guard let assignment = context.file.statements[index].assignment else { return nil }
            return context.diagnostic(
                description, "Text after the closing quote of \(assignment.key)", at: range,
                help: "Compose reads it as another statement, not as part of the value. Move it inside the quotes, "
                    + "put it on its own line, or start it with # to make it a comment")
        }
    }
}
