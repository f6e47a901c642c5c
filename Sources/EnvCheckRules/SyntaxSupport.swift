import EnvCheckCore

/// Byte-level helpers shared by the syntax rules (`BuiltinRules+Syntax.swift`).
enum SyntaxSupport {
    static let dollar = UInt8(ascii: "$")
    static let openBrace = UInt8(ascii: "{")
    static let hash = UInt8(ascii: "#")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let backslash = UInt8(ascii: "\\")
    static let backtick = UInt8(ascii: "`")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")

    /// Whether `bytes[range]` contains `byte` (see `ByteSearch`: for the passes over every statement).
    static func contains(_ byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        ByteSearch.contains(byte, in: bytes, range)
    }

    /// compose's in-line spaces: tab, vertical tab, form feed, carriage return and space.
    static func isInlineSpace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D && byte != newline)
    }

    /// `[_A-Za-z]`: what may start a variable name in a substitution.
    static func isNameStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    /// `[A-Za-z0-9]` or a byte of a multi-byte UTF-8 character.
    static func isWordByte(_ byte: UInt8) -> Bool {
        let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        return byte >= 0x80 || isDigit || (isNameStart(byte) && byte != UInt8(ascii: "_"))
    }

    /// The offset of the first byte of the line holding `offset`.
    static func lineStart(_ bytes: [UInt8], of offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != newline { index -= 1 }
        return index
    }

    /// The end of the line holding `offset`, before its `\n` or `\r\n`.
    static func lineEnd(_ bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != newline { index += 1 }
        if index > offset, bytes[index - 1] == carriageReturn { index -= 1 }
        return index
    }

    /// The first byte after `offset` that is not an in-line space.
    static func skipInlineSpaces(_ bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, isInlineSpace(bytes[index]) { index += 1 }
        return index
    }

    /// Text on the closing-quote line of a quoted value that is neither space nor a comment:
    /// compose reads it as the start of another statement.
    static func textAfterQuote(_ assignment: EnvAssignment, in bytes: [UInt8]) -> Range<Int>? {
        textAfterQuote(assignment.quote, valueEnd: assignment.valueRange.upperBound, in: bytes)
    }

    /// `textAfterQuote` from the quote style and the end of the value.
    static func textAfterQuote(_ quote: QuoteStyle, valueEnd: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard quote != .none else { return nil }
        let start = skipInlineSpaces(bytes, from: valueEnd)
        guard start < bytes.count, bytes[start] != newline, bytes[start] != hash else { return nil }
        return start..<max(start + 1, lineEnd(bytes, from: start))
    }

    /// The key text of a statement whose value failed to parse: the bytes before the separator
    /// on the line of `valueStart`, without `export` and spaces.
    static func keyBefore(_ valueStart: Int, in bytes: [UInt8]) -> String {
        var start = lineStart(bytes, of: valueStart)
        start = skipInlineSpaces(bytes, from: start)
        let export = Array("export".utf8)
        if bytes[start...].starts(with: export), start + 6 < valueStart, isInlineSpace(bytes[start + 6]) {
            start = skipInlineSpaces(bytes, from: start + 6)
        }
        var end = start
        while end < valueStart, bytes[end] != UInt8(ascii: "="), bytes[end] != UInt8(ascii: ":") { end += 1 }
        while end > start, isInlineSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The 1-based line of a statement's key.
    static func line(of statement: EnvStatement, in context: LintContext) -> Int {
        context.source.location(of: statement.keyRange.lowerBound).line
    }
}
