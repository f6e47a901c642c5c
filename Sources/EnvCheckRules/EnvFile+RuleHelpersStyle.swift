import EnvCheckCore

/// A line break that belongs to the layout of a file, not to a quoted value.
struct LayoutLineBreak: Sendable {
    /// The offset of the `\n`.
    var newline: Int
    /// Whether a `\r` comes right before the `\n`.
    var isCRLF: Bool

    /// The bytes of the break: `\r\n` or `\n`.
    var range: Range<Int> { isCRLF ? newline - 1..<newline + 1 : newline..<newline + 1 }
}

extension EnvFile {
    /// The index of the segment that holds byte `offset` (`nil` past the end of the file).
    func segmentIndex(holding offset: Int) -> Int? {
        var low = 0, high = segments.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = segments[mid].range
            if offset < range.lowerBound {
                high = mid - 1
            } else if offset >= range.upperBound {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// `segmentIndex(holding:)` for an offset at or after the start of segment `hint`: a
    /// galloping search forward from it, so that visiting the lines of a file in order costs
    /// about as much as walking its segments once.
    func segmentIndex(holding offset: Int, from hint: Int) -> Int? {
        guard hint < segments.count, segments[hint].range.lowerBound <= offset else { return segmentIndex(holding: offset) }
        var low = hint, step = 1
        while low + step < segments.count, segments[low + step].range.lowerBound <= offset {
            low += step
            step *= 2
        }
        // The segment lies in low..<min(low + step, count): the last one starting at or before `offset`.
        var high = min(low + step, segments.count) - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].range.lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return segments[low].range.contains(offset) ? low : nil
    }

    /// The line breaks outside quoted values, in file order.
    var layoutLineBreaks: [LayoutLineBreak] {
        let bytes = source.bytes
        var breaks: [LayoutLineBreak] = []
        breaks.reserveCapacity(source.lineStarts.count)
        for segment in segments {
            if case .statement = segment.kind { continue }
            for offset in segment.range where bytes[offset] == UInt8(ascii: "\n") {
                breaks.append(LayoutLineBreak(newline: offset, isCRLF: offset > 0 && bytes[offset - 1] == UInt8(ascii: "\r")))
            }
        }
        return breaks
    }

    /// Whether the file mostly ends its lines with `\r\n` (on a tie, the first line decides).
    var mostlyUsesCRLF: Bool { Self.mostlyCRLF(layoutLineBreaks) }

    /// Whether `breaks` are mostly `\r\n` (on a tie, the first decides).
    static func mostlyCRLF(_ breaks: [LayoutLineBreak]) -> Bool {
        let crlf = breaks.count { $0.isCRLF }
        if crlf * 2 == breaks.count { return breaks.first?.isCRLF ?? false }
        return crlf * 2 > breaks.count
    }

    /// The statement index of the last statement that ends on the line of byte `offset`.
    func statementIndex(endingOnLineOf offset: Int) -> Int? {
        let lineStart = source.lineStarts[source.lineIndex(of: offset)]
        var index = segmentIndex(holding: min(offset, source.bytes.count - 1)) ?? segments.count - 1
        while index >= 0, segments[index].range.upperBound > lineStart {
            if case .statement(let statement) = segments[index].kind { return statement }
            index -= 1
        }
        return nil
    }
}
