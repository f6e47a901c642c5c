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
        out.reserveCapacity(bytes.count)
        map.reserveCapacity(bytes.count)
        var i = 0
        func emit(_ produced: [UInt8], at source: Int) {
            out += produced
            map += Array(repeating: source, count: produced.count)
        }
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == Ascii.backslash, i + 1 < bytes.count else {
                emit([byte], at: offsets[i])
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if let simple = simpleEscape(next) {
                emit(simple, at: offsets[i])
                i += 2
            } else if next == UInt8(ascii: "0") {
                var end = i + 2
                while end < bytes.count, end < i + 5, isDigit(bytes[end]) { end += 1 }
                emit(octal(Array(bytes[i + 2..<end])), at: offsets[i])
                i = end
            } else {
                emit([byte], at: offsets[i])
                i += 1
            }
        }
        return (out, map)
    }

    private static func simpleEscape(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "a"): [0x07]
        case UInt8(ascii: "b"): [0x08]
        case UInt8(ascii: "f"): [0x0C]
        case UInt8(ascii: "n"): [0x0A]
        case UInt8(ascii: "r"): [0x0D]
        case UInt8(ascii: "t"): [0x09]
        case UInt8(ascii: "v"): [0x0B]
        case UInt8(ascii: "\""): [Ascii.doubleQuote]
        case UInt8(ascii: "\\"): [Ascii.backslash]
        case UInt8(ascii: "$"): [Ascii.dollar, Ascii.dollar]
        case UInt8(ascii: "c"): [Ascii.backslash, UInt8(ascii: "c")]
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
