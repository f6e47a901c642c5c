/// Masks secrets in a line that no parser vouches for: a `.env` line with a syntax error, or a
/// line of a compose file (`KEY: value`, `- KEY=value`, `password: …`).
///
/// The key is whatever comes before the first `=` or `:`; when it looks secret, the rest of
/// the line (inside its quotes, before a ` #` comment) is masked. URL passwords are masked
/// wherever they are.
enum LooseLineMasker {
    /// The sorted, disjoint byte ranges of `line` (which holds no `\n`) to replace with the mask.
    static func ranges(in bytes: [UInt8], line: Range<Int>) -> [Range<Int>] {
        let urlRanges = URLPasswordScanner.passwordRanges(in: Array(bytes[line])).map {
            $0.lowerBound + line.lowerBound..<$0.upperBound + line.lowerBound
        }
        guard let value = secretValueRange(in: bytes, line: line) else { return urlRanges }
        return (urlRanges.filter { !$0.overlaps(value) } + [value]).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The value of a secret-looking `KEY=value` / `KEY: value` line, without quotes or comment.
    private static func secretValueRange(in bytes: [UInt8], line: Range<Int>) -> Range<Int>? {
        var index = skipBlanks(bytes, from: line.lowerBound, to: line.upperBound)
        if index + 1 < line.upperBound, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: " ") {
            index = skipBlanks(bytes, from: index + 1, to: line.upperBound)
        }
        guard let separator = bytes[index..<line.upperBound].firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") })
        else { return nil }
        let key = String(decoding: bytes[index..<separator], as: UTF8.self)
        guard SecretPolicy.isSecretKey(key) else { return nil }
        var start = skipBlanks(bytes, from: separator + 1, to: line.upperBound)
        var end = line.upperBound
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            let quote = bytes[start]
            start += 1
            end = closingQuote(quote, in: bytes, range: start..<end) ?? end
        } else if let comment = commentStart(in: bytes, range: start..<end) {
            end = comment
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        }
        return start < end ? start..<end : nil
    }

    /// The closing quote of a value opened at `range.lowerBound - 1` (a backslash escapes in
    /// double quotes); `nil` when it is never closed.
    private static func closingQuote(_ quote: UInt8, in bytes: [UInt8], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == quote { return index }
            index += bytes[index] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") ? 2 : 1
        }
        return nil
    }

    private static func commentStart(in bytes: [UInt8], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if isBlank(bytes[index]), bytes[index + 1] == UInt8(ascii: "#") { return index }
            index += 1
        }
        return nil
    }

    private static func skipBlanks(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, isBlank(bytes[index]) { index += 1 }
        return index
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
