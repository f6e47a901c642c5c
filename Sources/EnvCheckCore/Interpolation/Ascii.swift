/// ASCII bytes and classes used by the parsers.
enum Ascii {
    static let dollar = UInt8(ascii: "$")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let colon = UInt8(ascii: ":")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let hash = UInt8(ascii: "#")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let backslash = UInt8(ascii: "\\")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let equals = UInt8(ascii: "=")

    /// The width of a name character at `index` (0 when there is none): `[_A-Za-z]`, digits when
    /// `digits` is set, and the two non-ASCII scalars Go's case-insensitive matching folds into
    /// that class, U+212A KELVIN SIGN (`k`) and U+017F LONG S (`s`).
    static func nameWidth(_ bytes: [UInt8], at index: Int, end: Int, digits: Bool) -> Int {
        let byte = bytes[index]
        if digits ? isNameContinue(byte) : isNameStart(byte) { return 1 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA { return 3 }
        if byte == 0xC5, index + 1 < end, bytes[index + 1] == 0xBF { return 2 }
        return 0
    }

    /// `[_A-Za-z]`: what may start a variable name in a substitution.
    static func isNameStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "_") || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
    }

    /// `[_A-Za-z0-9]`: what may continue it.
    static func isNameContinue(_ b: UInt8) -> Bool {
        isNameStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
