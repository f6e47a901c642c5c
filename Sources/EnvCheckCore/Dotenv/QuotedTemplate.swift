/// The template of a quoted value that has a backslash inside: compose's unquoting (`\` + the
/// quote character is the quote; any other `\x` stays as written), then, in double quotes, its
/// escape expansion. Made from the file's bytes when it is asked for, so parsing a file copies
/// nothing for its values.
enum QuotedTemplate {
    /// The template of the value whose inner bytes (between the quotes) are `inner`, and the file
    /// offset of each of its bytes (`nil` when byte *i* comes from `inner.lowerBound + i`).
    static func make(_ bytes: [UInt8], inner: Range<Int>, quote: QuoteStyle) -> (template: [UInt8], offsets: [Int]?) {
        let quoteByte = quote == .double ? Ascii.doubleQuote : Ascii.singleQuote
        var template: [UInt8] = []
        var offsets: [Int] = []
        template.reserveCapacity(inner.count)
        offsets.reserveCapacity(inner.count)
        var escaped = false
        for index in inner {
            let byte = bytes[index]
            if escaped {
                escaped = false
                if byte != quoteByte {
                    template.append(Ascii.backslash)
                    offsets.append(index - 1)
                }
                template.append(byte)
                offsets.append(index)
            } else if byte == Ascii.backslash {
                escaped = true
            } else {
                template.append(byte)
                offsets.append(index)
            }
        }
        if quote == .double {
            (template, offsets) = EscapeExpander.expand(template, offsets: offsets)
        }
        return (template, offsets.elementsEqual(inner) ? nil : offsets)
    }

    /// Whether the template of a double-quoted value whose inner bytes are `inner` may contain
    /// `$`: a superset test on the written bytes (a `$` is written as `$`, `\$`, or an octal
    /// escape, which is written `\0NNN`).
    static func mayContainDollar(_ bytes: [UInt8], inner: Range<Int>) -> Bool {
        if ByteSearch.contains(Ascii.dollar, in: bytes, inner) { return true }
        var backslash = ByteSearch.firstIndex(of: Ascii.backslash, in: bytes, inner)
        while backslash + 1 < inner.upperBound {
            if bytes[backslash + 1] == UInt8(ascii: "0") { return true }
            backslash = ByteSearch.firstIndex(of: Ascii.backslash, in: bytes, backslash + 1..<inner.upperBound)
        }
        return false
    }
}
