/// compose's `expandEscapes` for double-quoted values: `\a \b \f \n \r \t \v \" \\`, `\$`
/// (kept as `$$`, which interpolation turns into `$`) and `\0NNN` octal; any other escape,
/// `\c` included, stays as written.
enum EscapeExpander {
    /// Expands escapes in `bytes`; `offsets[i]` is the file offset of `bytes[i]`, and the result
    /// keeps that mapping (a replacement maps to its backslash).
    static func expand(_ bytes: [UInt8], offsets: [Int]) -> (bytes: [UInt8], offsets: [Int]) {
        guard bytes.contains(Ascii.backslash) else { return (bytes, offsets) }
        var out: [UInt8] = []
        var map: [Int] = []
        out.reserveCapacity(bytes.count + 8)
        map.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == Ascii.backslash, i + 1 < bytes.count else {
                out.append(byte)
                map.append(offsets[i])
                i += 1
                continue
            }
            let next = bytes[i + 1]
            let source = offsets[i]
            if let (first, second) = simpleEscape(next) {
                out.append(first)
                map.append(source)
                if let second {
                    out.append(second)
                    map.append(source)
                }
                i += 2
            } else if next == UInt8(ascii: "0") {
                var end = i + 2
                while end < bytes.count, end < i + 5, isDigit(bytes[end]) { end += 1 }
                let produced = octal(Array(bytes[i + 2..<end]))
                out += produced
                map += repeatElement(source, count: produced.count)
                i = end
            } else {
                out.append(byte)
                map.append(source)
                i += 1
            }
        }
        return (out, map)
    }

    /// The one or two bytes a simple escape stands for.
    private static func simpleEscape(_ byte: UInt8) -> (UInt8, UInt8?)? {
        switch byte {
        case UInt8(ascii: "a"): (0x07, nil)
        case UInt8(ascii: "b"): (0x08, nil)
        case UInt8(ascii: "f"): (0x0C, nil)
        case UInt8(ascii: "n"): (0x0A, nil)
        case UInt8(ascii: "r"): (0x0D, nil)
        case UInt8(ascii: "t"): (0x09, nil)
        case UInt8(ascii: "v"): (0x0B, nil)
        case UInt8(ascii: "\""): (Ascii.doubleQuote, nil)
        case UInt8(ascii: "\\"): (Ascii.backslash, nil)
        case UInt8(ascii: "$"): (Ascii.dollar, Ascii.dollar)
        case UInt8(ascii: "c"): (Ascii.backslash, UInt8(ascii: "c"))
        default: nil
        }
    }

    /// `\0` + up to three digits: compose rewrites it to `\` + digits and decodes it as Go's
    /// octal escape (exactly three octal digits, at most 255, encoded as UTF-8), else keeps `\` + digits.
    private static func octal(_ digits: [UInt8]) -> [UInt8] {
        if digits.count == 3, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) {
            let value = digits.reduce(0) { $0 * 8 + Int($1 - UInt8(ascii: "0")) }
            if value <= 255, let scalar = Unicode.Scalar(UInt32(value)) {
                return Array(String(Character(scalar)).utf8)
            }
        }
        return [Ascii.backslash] + digits
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
