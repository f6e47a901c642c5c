/// A file's path and its exact bytes, with a line table for turning byte offsets into locations.
///
/// Everything in envcheck works on UTF-8 bytes, so invalid UTF-8 is kept as it is and every
/// input, however broken, can be rendered back byte for byte.
public struct SourceFile: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    /// The file's bytes, unmodified.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line. Only `\n` ends a line; a bare `\r` does not.
    public let lineStarts: [Int]

    /// Creates a source file from its bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        ByteSearch.forEachIndex(of: UInt8(ascii: "\n"), in: bytes) { starts.append($0 + 1) }
        self.lineStarts = starts
    }

    /// Creates a source file from a string (tests and examples).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines; a final line without a terminator counts, an empty tail does not.
    public var lineCount: Int {
        if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The 0-based index of the line that holds `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based line and column of a byte offset. Columns count Unicode scalars, so a
    /// multi-byte character is one column; stray continuation bytes count as one column each.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        var column = 1
        var index = lineStarts[line]
        while index < clamped {
            if !isContinuation(bytes[index]) { column += 1 }
            index += 1
        }
        return SourceLocation(line: line + 1, column: column, offset: clamped)
    }

    /// The byte range of 1-based line `number`, without its terminator (`\n`, or `\r\n`).
    public func lineContentRange(_ number: Int) -> Range<Int> {
        let start = lineStarts[number - 1]
        let hasTerminator = number < lineStarts.count
        var end = hasTerminator ? lineStarts[number] - 1 : bytes.count
        if hasTerminator, end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// The text of 1-based line `number` without its terminator, invalid UTF-8 repaired for display.
    public func lineText(_ number: Int) -> String {
        String(decoding: bytes[lineContentRange(number)], as: UTF8.self)
    }

    /// A display string for a byte range (invalid UTF-8 repaired).
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func isContinuation(_ byte: UInt8) -> Bool { byte & 0b1100_0000 == 0b1000_0000 }
}
