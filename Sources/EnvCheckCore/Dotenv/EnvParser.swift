/// The statement scanner behind `EnvFile`: compose-go's dotenv parser, re-done over bytes in
/// one pass, that also records the byte range of every part and keeps going after an error
/// (compose stops at the first; envcheck reports them all).
struct EnvParser {
    let bytes: [UInt8]
    private(set) var statements: [EnvStatement] = []
    private(set) var segments: [EnvFile.Segment] = []
    private(set) var errors: [EnvSyntaxError] = []
    private var position = 0
    private var cursor = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
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
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII fast path (nearly every key): the same classes as the Unicode path below.
                if byte == Ascii.equals || byte == Ascii.colon || byte == Ascii.newline { terminator = index; break }
                if Self.asciiKeyOrInlineSpace[Int(byte)] { index += 1; continue }
            }
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
            parseValue(key: "", keyRange: keyStart..<keyStart, exportRange: exportRange,
                       separator: 0, separatorOffset: keyStart, valueStart: valueStart, statementStart: statementStart)
            return
        }
        let keyEnd = trimTrailingSpaces(keyStart..<separator)
        let keyRange = keyStart..<keyEnd
        if bytes[keyRange].contains(Ascii.space) {
            fail(.spaceInKey, "Key contains a space", at: keyRange, statementStart: statementStart)
            return
        }
        let key = String(decoding: bytes[keyRange], as: UTF8.self)
        if bytes[separator] == Ascii.newline {
            let range = statementStart..<keyEnd
            statements.append(.inherited(EnvInheritedKey(key: key, keyRange: keyRange, statementRange: range)))
            emit(.statement(statements.count - 1), upTo: keyEnd)
            position = keyEnd
            return
        }
        let valueStart = skipInlineSpaces(from: separator + 1)
        parseValue(key: key, keyRange: keyRange, exportRange: exportRange, separator: bytes[separator],
                   separatorOffset: separator, valueStart: valueStart, statementStart: statementStart)
    }

    private mutating func parseValue(
        key: String, keyRange: Range<Int>, exportRange: Range<Int>?, separator: UInt8,
        separatorOffset: Int, valueStart: Int, statementStart: Int
    ) {
        let assignment = EnvAssignment(
            key: key, keyRange: keyRange, exportRange: exportRange, separator: separator,
            separatorOffset: separatorOffset, quote: .none, valueRange: valueStart..<valueStart,
            innerRange: valueStart..<valueStart, template: [], templateOffsets: nil,
            commentRange: nil, statementRange: statementStart..<valueStart)
        if valueStart < bytes.count, bytes[valueStart] == Ascii.doubleQuote || bytes[valueStart] == Ascii.singleQuote {
            guard scanQuoted(into: assignment, from: valueStart) else {
                let lineEnd = lineContentEnd(from: valueStart)
                fail(.unterminatedQuote, "Quote opened here is never closed", at: valueStart..<lineEnd,
                     statementStart: statementStart)
                return
            }
        } else {
            scanUnquoted(into: assignment, from: valueStart)
        }
        statements.append(.assignment(assignment))
        emit(.statement(statements.count - 1), upTo: assignment.statementRange.upperBound)
        position = assignment.statementRange.upperBound
        if let comment = assignment.commentRange {
            emit(.whitespace, upTo: comment.lowerBound)
            emit(.comment, upTo: comment.upperBound)
            position = comment.upperBound
        }
    }

    private func scanUnquoted(into assignment: EnvAssignment, from start: Int) {
        let lineEnd = indexOfNewline(from: start)
        var valueEnd = lineEnd
        var commentStart: Int?
        var index = start
        while index + 1 < lineEnd {
            if bytes[index] == Ascii.space, bytes[index + 1] == Ascii.hash {
                valueEnd = index
                commentStart = index + 1
                break
            }
            index += 1
        }
        valueEnd = trimTrailingSpaces(start..<valueEnd)
        assignment.valueRange = start..<valueEnd
        assignment.innerRange = start..<valueEnd
        assignment.template = Array(bytes[start..<valueEnd])
        assignment.statementRange = assignment.statementRange.lowerBound..<valueEnd
        if let commentStart {
            assignment.commentRange = commentStart..<trimTrailingCarriageReturn(commentStart..<lineEnd)
        }
    }

    /// Scans a quoted value; `false` when the quote is never closed.
    private func scanQuoted(into assignment: EnvAssignment, from start: Int) -> Bool {
        let quote = bytes[start]
        // Fast path: no backslash before the closing quote means the template is the inner bytes.
        var probe = start + 1
        while probe < bytes.count, bytes[probe] != quote, bytes[probe] != Ascii.backslash { probe += 1 }
        if probe < bytes.count, bytes[probe] == quote {
            assignment.quote = quote == Ascii.doubleQuote ? .double : .single
            assignment.valueRange = start..<probe + 1
            assignment.innerRange = start + 1..<probe
            assignment.statementRange = assignment.statementRange.lowerBound..<probe + 1
            assignment.template = Array(bytes[start + 1..<probe])
            assignment.templateOffsets = nil
            return true
        }
        var template: [UInt8] = []
        var offsets: [Int] = []
        var escaped = false
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if escaped {
                escaped = false
                if byte != quote {
                    template.append(Ascii.backslash)
                    offsets.append(index - 1)
                }
                template.append(byte)
                offsets.append(index)
            } else if byte == Ascii.backslash {
                escaped = true
            } else if byte == quote {
                break
            } else {
                template.append(byte)
                offsets.append(index)
            }
            index += 1
        }
        guard index < bytes.count else { return false }
        assignment.quote = quote == Ascii.doubleQuote ? .double : .single
        assignment.valueRange = start..<index + 1
        assignment.innerRange = start + 1..<index
        assignment.statementRange = assignment.statementRange.lowerBound..<index + 1
        if assignment.quote == .double {
            (template, offsets) = EscapeExpander.expand(template, offsets: offsets)
        }
        assignment.template = template
        let identity = offsets.elementsEqual(assignment.innerRange)
        assignment.templateOffsets = identity ? nil : offsets
        return true
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

    /// ASCII bytes a key may contain (letters, digits, `_ . - [ ]`) or that are inline spaces.
    private static let asciiKeyOrInlineSpace: [Bool] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return UTF8Scanner.isKeyScalar(scalar) || UTF8Scanner.isInlineSpace(scalar)
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
        var index = start
        while index < bytes.count, bytes[index] != Ascii.newline { index += 1 }
        return index
    }

    /// The end of the line at `start`, before its `\n` or `\r\n`.
    private func lineContentEnd(from start: Int) -> Int {
        trimTrailingCarriageReturn(start..<indexOfNewline(from: start))
    }
}
