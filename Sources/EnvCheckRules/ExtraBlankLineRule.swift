import EnvCheckCore

/// Two or more blank lines in a row, outside quoted values.
struct ExtraBlankLineRule: Rule {
    let description = RuleDescription(
        id: "extra-blank-line",
        severity: .warning,
        summary: "More than one blank line in a row",
        rationale: """
            One blank line separates groups of keys; more only spreads the file out. Blank lines \
            inside a quoted value are part of the value and are not reported.
            """,
        passing: [
            "A=1\n\nB=2\n",
            "A=1\nB=2\n",
            "KEY=\"first\n\n\nlast\"\n",
        ],
        failing: [
            "A=1\n\n\nB=2\n",
            "A=1\r\n\r\n  \r\nB=2\r\n",
            "A=1\n\n\n",
        ],
        fixes: [
            .init(before: "A=1\n\n\n\nB=2\n", after: "A=1\n\nB=2\n"),
            .init(before: "\u{FEFF}\r\n\r\nA=1\r\n\r\n\t\r\n# end\r\n", after: "\u{FEFF}\r\nA=1\r\n\r\n# end\r\n"),
            .init(before: "KEY=\"a\n\n\nb\"\n\n\n", after: "KEY=\"a\n\n\nb\"\n\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var run: [Int] = []
        // Lines are visited in order: the search for the segment of a line starts where the
        // previous one ended.
        var segment = 0
        for line in 1...context.source.lineCount {
            if isBlank(line, context, segment: &segment) {
                run.append(line)
                continue
            }
            if run.count > 1 { result.append(finding(run, context)) }
            run.removeAll(keepingCapacity: true)
        }
        if run.count > 1 { result.append(finding(run, context)) }
        return result
    }

    /// Only spaces and tabs (and a leading byte order mark), outside any quoted value.
    private func isBlank(_ line: Int, _ context: LintContext, segment: inout Int) -> Bool {
        // Nearly every line starts with a byte that is not a blank: decided without its range.
        let bytes = context.source.bytes, start = context.source.lineStarts[line - 1]
        if line > 1, start < bytes.count, !Self.mayStartBlankLine(bytes[start]) { return false }
        var content = context.source.lineContentRange(line)
        if line == 1, context.file.hasByteOrderMark { content = 3..<max(3, content.upperBound) }
        // The byte test first: it is cheap and rules out nearly every line.
        guard context.source.bytes[content].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else {
            return false
        }
        guard let index = context.file.segmentIndex(holding: content.lowerBound, from: segment) else { return true }
        segment = index
        if case .statement = context.file.segments[index].kind { return false }
        return true
    }

    /// Whether a line starting with `byte` may be blank: a space or tab, or its line break.
    private static func mayStartBlankLine(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private func finding(_ run: [Int], _ context: LintContext) -> Diagnostic {
        let source = context.source
        let start = source.lineStarts[run[1] - 1]
        let end = run[run.count - 1] < source.lineStarts.count ? source.lineStarts[run[run.count - 1]] : source.bytes.count
        let place = run[run.count - 1] < source.lineCount ? "before \(describeLine(run[run.count - 1] + 1, context))"
            : "at the end of the file"
        return context.diagnostic(
            description, "Extra blank lines \(place) (\(run.count) in a row)", at: source.lineContentRange(run[1]),
            help: "One blank line is enough to separate groups of keys",
            fix: Fix(title: "Remove the extra blank lines", edits: [TextEdit(range: start..<end, replacement: "")]))
    }

    /// What the line after the blank lines holds: a key, or a comment.
    private func describeLine(_ line: Int, _ context: LintContext) -> String {
        let content = context.source.lineContentRange(line)
        var index = context.file.segmentIndex(holding: content.lowerBound) ?? context.file.segments.count
        while index < context.file.segments.count, context.file.segments[index].range.lowerBound < content.upperBound {
            switch context.file.segments[index].kind {
            case .statement(let statement) where !context.file.statements[statement].key.isEmpty:
                return context.file.statements[statement].key
            case .comment:
                return "a comment"
            default:
                index += 1
            }
        }
        return "line \(line)"
    }
}
