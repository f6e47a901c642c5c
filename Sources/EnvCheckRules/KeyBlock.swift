import EnvCheckCore

/// Statements on consecutive lines: a blank line, a comment line or an unparsable line ends a block.
struct KeyBlock: Sendable {
    /// One statement of the block and the lines it takes (1-based, inclusive).
    struct Member: Sendable {
        /// The index in `EnvFile.statements`.
        var statement: Int
        /// The line the statement starts on.
        var firstLine: Int
        /// The line it ends on (a quoted value may span lines).
        var lastLine: Int
    }

    /// The statements, in file order.
    var members: [Member]

    /// The blocks of a file; the empty key compose reads from a last line without `=` is left out.
    static func blocks(in file: EnvFile) -> [KeyBlock] {
        var blocks: [KeyBlock] = []
        var current: [Member] = []
        for (index, statement) in file.statements.enumerated() {
            let range = statement.statementRange
            let member = Member(statement: index, firstLine: file.source.lineIndex(of: range.lowerBound) + 1,
                                lastLine: file.source.lineIndex(of: max(range.lowerBound, range.upperBound - 1)) + 1)
            if let previous = current.last, statement.key.isEmpty || member.firstLine > previous.lastLine + 1 {
                blocks.append(KeyBlock(members: current))
                current = []
            }
            if !statement.key.isEmpty { current.append(member) }
        }
        if !current.isEmpty { blocks.append(KeyBlock(members: current)) }
        return blocks
    }

    /// The bytes the block's lines take, without the last line's terminator.
    func span(in source: SourceFile) -> Range<Int> {
        source.lineContentRange(members[0].firstLine).lowerBound..<source.lineContentRange(members[members.count - 1].lastLine).upperBound
    }

    /// The block rewritten with its members' lines sorted by `areInOrder`, each line keeping its
    /// comment and the line breaks staying where they were; `nil` when two statements share a line.
    func sortedText(in source: SourceFile, areInOrder: (Member, Member) -> Bool) -> [UInt8]? {
        for (previous, next) in zip(members, members.dropFirst()) where next.firstLine <= previous.lastLine {
            return nil
        }
        let pieces = members.map { member in
            (member, source.bytes[source.lineContentRange(member.firstLine).lowerBound..<source.lineContentRange(member.lastLine).upperBound])
        }
        let breaks = zip(members, members.dropFirst()).map { previous, next in
            source.bytes[source.lineContentRange(previous.lastLine).upperBound..<source.lineContentRange(next.firstLine).lowerBound]
        }
        let sorted = pieces.sorted { areInOrder($0.0, $1.0) }
        var text: [UInt8] = []
        for (offset, piece) in sorted.enumerated() {
            text += piece.1
            if offset < breaks.count { text += breaks[offset] }
        }
        return text
    }
}
