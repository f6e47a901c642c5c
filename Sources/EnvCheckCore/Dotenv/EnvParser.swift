/// The statement scanner behind `EnvFile`: compose-go's dotenv parser, re-done over bytes in
/// one pass, that also records the byte range of every part and keeps going after an error
/// (compose stops at the first; envcheck reports them all).
struct EnvParser {
    let bytes: [UInt8]
    private(set) var summaries: [EnvStatementSummary] = []
    private(set) var segments: [EnvFile.Segment] = []
    private(set) var errors: [EnvSyntaxError] = []
    /// Whether a byte of 0x80 or above was met while scanning a key (false: every key is ASCII).
    private(set) var sawNonASCIIKeyByte = false
    private var position = 0
    private var cursor = 0

    init(bytes: [UInt8], lineCount: Int = 0) {
        self.bytes = bytes
        // Offsets are kept as 32-bit integers (see `EnvStatementSummary`).
        precondition(bytes.count < Int(UInt32.max), "a .env file must be smaller than 4 GiB")
        // About one statement per line, a statement and a line break segment per line.
        summaries.reserveCapacity(lineCount)
        segments.reserveCapacity(2 * lineCount + 2)
    }

    mutating func run() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            emit(.byteOrderMark, upTo: 3)
        }
        while true {
            position = skipSpaces(from: position)
            guard position < bytes.count else { break }
            if bytes[position] == Ascii.hash {
                emit(.whitespace, upTo: position)
                let end = lineContentEnd(from: position)
                emit(.comment, upTo: end)
                position = end
                continue
            }
            emit(.whitespace, upTo: position)
            parseStatement()
        }
        emit(.whitespace, upTo: bytes.count)
    }

    // MARK: - Statements

    private mutating func parseStatement() {
        let statementStart = position
        var keyStart = position
        var exportRange: Range<Int>?
        if hasExportPrefix(at: keyStart) {
            exportRange = keyStart..<keyStart + 6
            keyStart = skipInlineSpaces(from: keyStart + 6)
            if keyStart == bytes.count {
                fail(.invalidKeyCharacter, "Export with no key after it", at: exportRange!, statementStart: statementStart)
                return
            }
        }
        var index = keyStart
        var terminator: Int?
        // The first ASCII space met: the key has a space inside when it lies before the trimmed end.
        var firstSpace = Int.max
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII fast path (nearly every key): the same classes as the Unicode path below.
                if byte == Ascii.equals || byte == Ascii.colon || byte == Ascii.newline { terminator = index; break }
                if byte == Ascii.space, firstSpace == Int.max { firstSpace = index }
                if Self.isASCIIKeyOrInlineSpace(byte) { index += 1; continue }
            }
            if byte >= 0x80 { sawNonASCIIKeyByte = true }
            let (scalar, width) = UTF8Scanner.decode(bytes, at: index)
            if UTF8Scanner.isInlineSpace(scalar) { index += width; continue }
            if scalar == "=" || scalar == ":" || scalar == "\n" { terminator = index; break }
            if UTF8Scanner.isKeyScalar(scalar) { index += width; continue }
            fail(.invalidKeyCharacter, "Character not allowed in a key", at: index..<index + width, statementStart: statementStart)
            return
        }
        guard let separator = terminator else {
            // compose's quirk: a last line with no `=` and no newline is the value of an empty key.
            let valueStart = keyStart
            parseValue(keyRange: keyStart..<keyStart, hasExport: exportRange != nil,
                       separator: 0, separatorOffset: keyStart, valueStart: valueStart, statementStart: statementStart)
            return
        }
        let keyEnd = trimTrailingSpaces(keyStart..<separator)
        let keyRange = keyStart..<keyEnd
        if firstSpace < keyEnd {
            fail(.spaceInKey, "Key contains a space", at: keyRange, statementStart: statementStart)
            return
        }
        if bytes[separator] == Ascii.newline {
            summaries.append(EnvStatementSummary(inheritedKey: keyRange, statementStart: statementStart))
            emit(.statement(summaries.count - 1), upTo: keyEnd)
            position = keyEnd
            return
        }
        let valueStart = skipInlineSpaces(from: separator + 1)
        parseValue(keyRange: keyRange, hasExport: exportRange != nil, separator: bytes[separator],
                   separatorOffset: separator, valueStart: valueStart, statementStart: statementStart)
    }

    /// A value as scanned: everything of an assignment after its separator.
    private struct ScannedValue {
        var quote: QuoteStyle
        var valueRange: Range<Int>
        /// Whether a backslash lies between the quotes (see `QuotedTemplate`).
        var hasBackslash = false
        var commentRange: Range<Int>?
    }

    private mutating func parseValue(
        keyRange: Range<Int>, hasExport: Bool, separator: UInt8,
        separatorOffset: Int, valueStart: Int, statementStart: Int
    ) {
        let value: ScannedValue
        if valueStart < bytes.count, bytes[valueStart] == Ascii.doubleQuote || bytes[valueStart] == Ascii.singleQuote {
            guard let quoted = scanQuoted(from: valueStart) else {
                let lineEnd = lineContentEnd(from: valueStart)
                fail(.unterminatedQuote, "Quote opened here is never closed", at: valueStart..<lineEnd,
                     statementStart: statementStart)
                return
            }
            value = quoted
        } else {
            value = scanUnquoted(from: valueStart)
        }
        let end = value.valueRange.upperBound
        summaries.append(EnvStatementSummary(
            assignmentWithKey: keyRange, hasExport: hasExport, separator: separator, separatorOffset: separatorOffset,
            quote: value.quote, valueRange: value.valueRange, commentRange: value.commentRange,
            statementStart: statementStart, hasBackslash: value.hasBackslash))
        emit(.statement(summaries.count - 1), upTo: end)
        position = end
        if let comment = value.commentRange {
            emit(.whitespace, upTo: comment.lowerBound)
            emit(.comment, upTo: comment.upperBound)
            position = comment.upperBound
        }
    }

    private func scanUnquoted(from start: Int) -> ScannedValue {
        let lineEnd = indexOfNewline(from: start)
        var valueEnd = lineEnd
        var commentStart: Int?
        // ` #` starts a comment: look at each `#` after the first byte.
        var hash = ByteSearch.firstIndex(of: Ascii.hash, in: bytes, min(start + 1, lineEnd)..<lineEnd)
        while hash < lineEnd {
            if bytes[hash - 1] == Ascii.space {
                valueEnd = hash - 1
                commentStart = hash
                break
            }
            hash = ByteSearch.firstIndex(of: Ascii.hash, in: bytes, hash + 1..<lineEnd)
        }
        valueEnd = trimTrailingSpaces(start..<valueEnd)
        return ScannedValue(
            quote: .none, valueRange: start..<valueEnd,
            commentRange: commentStart.map { $0..<trimTrailingCarriageReturn($0..<lineEnd) })
    }

    /// Scans a quoted value; `nil` when the quote is never closed.
    private func scanQuoted(from start: Int) -> ScannedValue? {
        let quote = bytes[start]
        let style: QuoteStyle = quote == Ascii.doubleQuote ? .double : .single
        // Fast path: no backslash before the closing quote means the template is the inner bytes.
        var probe = start + 1
        while probe < bytes.count, bytes[probe] != quote, bytes[probe] != Ascii.backslash { probe += 1 }
        if probe < bytes.count, bytes[probe] == quote {
            return ScannedValue(quote: style, valueRange: start..<probe + 1)
        }
        // A backslash: find the closing quote, skipping escaped bytes (`QuotedTemplate` makes the
        // template when it is asked for).
        var end = probe
        var skipping = false
        while end < bytes.count {
            if skipping {
                skipping = false
            } else if bytes[end] == Ascii.backslash {
                skipping = true
            } else if bytes[end] == quote {
                break
            }
            end += 1
        }
        guard end < bytes.count else { return nil }
        return ScannedValue(quote: style, valueRange: start..<end + 1, hasBackslash: true)
    }

    // MARK: - Errors and segments

    private mutating func fail(_ kind: EnvSyntaxError.Kind, _ message: String, at range: Range<Int>, statementStart: Int) {
        errors.append(EnvSyntaxError(kind: kind, message: message, range: range))
        let end = max(lineContentEnd(from: range.lowerBound), statementStart + 1)
        emit(.invalid, upTo: min(end, bytes.count))
        position = min(end, bytes.count)
    }

    private mutating func emit(_ kind: EnvFile.Segment.Kind, upTo end: Int) {
        guard end > cursor else { return }
        segments.append(EnvFile.Segment(kind: kind, range: cursor..<end))
        cursor = end
    }

    // MARK: - Byte helpers

    private static let exportWord: [UInt8] = Array("export".utf8)

    /// Whether an ASCII byte may be in a key (letters, digits, `_ . - [ ]`) or is an inline space:
    /// `UTF8Scanner.isKeyScalar` or `isInlineSpace` of the byte, looked up in a 128-bit set
    /// (branch-free: a `switch` here compiled to a jump per key byte).
    @inline(__always)
    private static func isASCIIKeyOrInlineSpace(_ byte: UInt8) -> Bool {
        // Bit b of the low word is byte b; bit b of the high word is byte 64 + b. Low: tab,
        // vertical tab, form feed, carriage return, space, `-`, `.`, digits. High: letters, `[ ] _`.
        let low: UInt64 = 0x03FF_6001_0000_3A00, high: UInt64 = 0x07FF_FFFE_AFFF_FFFE
        return ((byte < 64 ? low : high) >> UInt64(byte & 63)) & 1 != 0
    }

    private func hasExportPrefix(at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "e"), index + 6 < bytes.count,
              bytes[index..<index + 6].elementsEqual(Self.exportWord) else { return false }
        switch bytes[index + 6] {
        case Ascii.space, Ascii.tab, Ascii.newline, 0x0C, Ascii.carriageReturn: return true
        default: return false
        }
    }

    /// Skips Go's `unicode.IsSpace` characters, line breaks included.
    private func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == Ascii.space || (byte >= 0x09 && byte <= 0x0D) else { return index }
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scanner.decode(bytes, at: index)
            guard UTF8Scanner.isUnicodeSpace(scalar) else { return index }
            index += width
        }
        return index
    }

    /// Skips compose's `isSpace` characters (no line break).
    private func skipInlineSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (scalar, width) = UTF8Scanner.decode(bytes, at: index)
            guard UTF8Scanner.isInlineSpace(scalar) else { return index }
            index += width
        }
        return index
    }

    /// The end of `range` once trailing `unicode.IsSpace` characters are removed.
    private func trimTrailingSpaces(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            let last = bytes[end - 1]
            if last < 0x80 {
                guard last == Ascii.space || (last >= 0x09 && last <= 0x0D) else { return end }
                end -= 1
                continue
            }
            var start = end - 1
            while start > range.lowerBound, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let (scalar, width) = UTF8Scanner.decode(bytes, at: start)
            guard start + width == end, UTF8Scanner.isUnicodeSpace(scalar) else { return end }
            end = start
        }
        return end
    }

    private func trimTrailingCarriageReturn(_ range: Range<Int>) -> Int {
        range.upperBound > range.lowerBound && bytes[range.upperBound - 1] == Ascii.carriageReturn
            ? range.upperBound - 1 : range.upperBound
    }

    private func indexOfNewline(from start: Int) -> Int {
        start >= bytes.count ? start : ByteSearch.firstIndex(of: Ascii.newline, in: bytes, start..<bytes.count)
    }

    /// The end of the line at `start`, before its `\n` or `\r\n`.
    private func lineContentEnd(from start: Int) -> Int {
        trimTrailingCarriageReturn(start..<indexOfNewline(from: start))
    }
}
