/// Recognizes the plain scalars yaml.v3 decodes as timestamps: Go's `time.Parse` with the layouts
/// `2006-1-2T15:4:5.999999999Z07:00` (also with a lower-case `t`), `2006-1-2 15:4:5.999999999`
/// and `2006-1-2`, dates checked against the calendar (`2023-02-30` stays a string).
enum ComposeTimestamp {
    /// Whether a plain scalar's text is a timestamp to compose.
    static func isTimestamp(_ text: String) -> Bool {
        // `YYYY-M-D` at least: eight bytes, a dash after the year (checked before copying the bytes).
        let utf8 = text.utf8
        guard utf8.count >= 8, utf8[utf8.index(utf8.startIndex, offsetBy: 4)] == UInt8(ascii: "-") else { return false }
        var reader = Reader(bytes: Array(text.utf8))
        guard let year = reader.fixedNumber(4), reader.skip("-"),
              let month = reader.number(), reader.skip("-"),
              let day = reader.number(),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if reader.atEnd { return true }
        let separator = reader.next()
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
              let hour = reader.number(), reader.skip(":"),
              let minute = reader.number(), reader.skip(":"),
              let second = reader.number(),
              hour < 24, minute < 60, second < 60 else { return false }
        reader.skipFraction()
        if separator == UInt8(ascii: " ") { return reader.atEnd }
        return reader.skipZone() && reader.atEnd
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func next() -> UInt8? {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        func isDigit(at offset: Int) -> Bool {
            offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
        }

        /// Exactly `count` digits.
        mutating func fixedNumber(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard isDigit(at: index) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            return value
        }

        /// One or two digits, as Go's `getnum(value, false)`.
        mutating func number() -> Int? {
            guard isDigit(at: index) else { return nil }
            return fixedNumber(isDigit(at: index + 1) ? 2 : 1)
        }

        /// `.123` or `,123`, when a digit follows the separator.
        mutating func skipFraction() {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ","),
                  isDigit(at: index + 1) else { return }
            index += 1
            while isDigit(at: index) { index += 1 }
        }

        /// `Z` or `±hh:mm`.
        mutating func skipZone() -> Bool {
            if skip("Z") { return true }
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                  isDigit(at: index + 1), isDigit(at: index + 2), bytes[index + 3] == UInt8(ascii: ":"),
                  isDigit(at: index + 4), isDigit(at: index + 5) else { return false }
            index += 6
            return true
        }
    }
}
