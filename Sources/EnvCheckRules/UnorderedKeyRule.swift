import EnvCheckCore

/// Keys out of alphabetical order within a block of consecutive lines.
struct UnorderedKeyRule: Rule {
    let description = RuleDescription(
        id: "unordered-key",
        severity: .warning,
        summary: "Keys out of alphabetical order within a block",
        rationale: """
            Sorted keys make a long file easy to scan and a duplicate easy to spot. A blank line or a \
            comment line starts a new block, so related keys can stay grouped under a heading. Case \
            is ignored and `_` sorts before letters, so `DB_HOST` comes before `DBA`.
            """,
        isOptIn: true,
        passing: [
            "A=1\nB=2\n",
            "B=1\n\nA=2\n",
            "B=1\n# Another section\nA=2\n",
            "DB_HOST=x\nDB_PORT=5432\nDBA=y\n",
            "apple=1\nBanana=2\n",
        ],
        failing: [
            "B=1\nA=2\n",
            "export Z=1\nexport A=2\n",
            "B=${A}\nA=1\n",
        ],
        fixes: [
            .init(before: "B=2 # note\nA=1\n", after: "A=1\nB=2 # note\n"),
            .init(before: "C=3\r\nB=\"two\nlines\"\r\nA=1\r\n\r\nZ=1\r\n", after: "A=1\r\nB=\"two\nlines\"\r\nC=3\r\n\r\nZ=1\r\n"),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        KeyBlock.blocks(in: context.file).flatMap { findings(in: $0, context) }
    }

    private func findings(in block: KeyBlock, _ context: LintContext) -> [Diagnostic] {
        let statements = context.file.statements
        var result: [Diagnostic] = []
        var greatest = ""
        for (position, member) in block.members.enumerated() {
            let key = statements[member.statement].key
            guard position > 0, Self.sortsBefore(key, greatest),
                  let later = block.members[..<position].first(where: { Self.sortsBefore(key, statements[$0.statement].key) })
            else {
                greatest = key
                continue
            }
            let fix = result.isEmpty ? sortingFix(block, context) : nil
            result.append(context.diagnostic(
                description, "\(key) should come before \(statements[later.statement].key)",
                at: statements[member.statement].keyRange,
                help: fix == nil && result.isEmpty
                    ? "Not sorted automatically: a value in the block refers to another of its keys, two "
                        + "statements share a line, or a line does not parse; move the lines by hand"
                    : "A blank line or a comment line starts a new block",
                fix: fix))
        }
        return result
    }

    /// The block sorted, when that cannot change a value.
    private func sortingFix(_ block: KeyBlock, _ context: LintContext) -> Fix? {
        guard !refersWithinBlock(block, context) else { return nil }
        let span = block.span(in: context.source)
        let segments = context.file.segments
        guard !segments.contains(where: { $0.kind == .invalid && $0.range.overlaps(span) }) else { return nil }
        let statements = context.file.statements
        let sorted = block.sortedText(in: context.source) { first, second in
            let (a, b) = (statements[first.statement].key, statements[second.statement].key)
            return Self.sortsBefore(a, b) || (a == b && first.statement < second.statement)
        }
        guard let sorted else { return nil }
        return Fix(title: "Sort the keys of the block", edits: [TextEdit(range: span, replacement: sorted)])
    }

    /// Whether a value in the block interpolates a key that another statement of the block sets.
    private func refersWithinBlock(_ block: KeyBlock, _ context: LintContext) -> Bool {
        let statements = context.file.statements
        return block.members.contains { member in
            let names = context.resolution.entries[member.statement].interpolation?.references.map(\.name) ?? []
            return names.contains { name in
                block.members.contains { $0.statement != member.statement && statements[$0.statement].key == name }
            }
        }
    }

    /// Alphabetical order, ignoring case (so `_` sorts before letters), then by bytes.
    static func sortsBefore(_ a: String, _ b: String) -> Bool {
        let (lowerA, lowerB) = (a.lowercased(), b.lowercased())
        return lowerA != lowerB ? Array(lowerA.utf8).lexicographicallyPrecedes(Array(lowerB.utf8))
            : Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }
}
