/// Decodes one code point at a time from UTF-8 bytes the way Go's `range` over a string does:
/// an invalid byte decodes as U+FFFD with a width of one, so no input can stop the scan.
enum UTF8Scanner {
    /// The scalar at `index` (U+FFFD when invalid) and how many bytes it takes.
    static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let (width, initial): (Int, UInt32)
        switch lead {
        case 0xC2...0xDF: (width, initial) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (width, initial) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (width, initial) = (4, UInt32(lead & 0x07))
        default: return (replacement, 1)
        }
        guard index + width <= bytes.count else { return (replacement, 1) }
        var value = initial
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (replacement, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (replacement, 1) }
        return (scalar, width)
    }

    static let replacement = Unicode.Scalar(0xFFFD)!

    /// The Unicode version of the Go release compose v2.40 is built with (Go 1.24).
    static let goUnicodeVersion = (15, 0)

    /// Go's `unicode.IsSpace`: ASCII and Latin-1 spaces (newline included) and Unicode White_Space.
    static func isUnicodeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0..<0x100: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// compose-go's `isSpace`: a space that is not a line break (`\t \v \f \r`, space, NEL, NBSP).
    static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: return true
        default: return false
        }
    }

    /// A character compose accepts in a key: a Unicode letter or number, `_ . - [ ]`.
    static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "_", ".", "-", "[", "]": return true
        default: break
        }
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if scalar == replacement { return false }
        // compose is built with Go 1.24, whose Unicode tables are version 15.0: a letter added
        // later is "unexpected" to compose, so it is to envcheck.
        guard let age = scalar.properties.age, (age.major, age.minor) <= goUnicodeVersion else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
