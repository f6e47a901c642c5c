/// The spellings Go's parsers accept, as compose (written in Go) reads numbers, sizes and
/// durations: `strconv.ParseInt` with base 0, `strconv.Atoi`, `strconv.ParseFloat`,
/// `time.ParseDuration` and go-units' `RAMInBytes`.
enum GoValueSyntax {
    /// `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` succeeds (underscores already removed).
    static func isBaseZeroInteger(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        var sign: UInt8?
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first
            bytes = bytes.dropFirst()
        }
        var radix: UInt64 = 10
        if bytes.count >= 2, bytes.first == UInt8(ascii: "0") {
            switch bytes[bytes.index(after: bytes.startIndex)] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; bytes = bytes.dropFirst(2)
            case UInt8(ascii: "o"): radix = 8; bytes = bytes.dropFirst(2)
            case UInt8(ascii: "b"): radix = 2; bytes = bytes.dropFirst(2)
            default: radix = 8; bytes = bytes.dropFirst()
            }
        }
        guard !bytes.isEmpty else { return false }
        var value: UInt64 = 0
        for byte in bytes {
            guard let digit = digitValue(byte), UInt64(digit) < radix else { return false }
            let (times, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit))
            guard !overflow1, !overflow2 else { return false }
            value = sum
        }
        switch sign {
        case UInt8(ascii: "-"): return value <= UInt64(Int64.max) + 1
        case UInt8(ascii: "+"): return value <= UInt64(Int64.max)
        default: return true
        }
    }

    /// yaml.v3's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`, finite.
    static func isYAMLFloat(_ text: String) -> Bool {
        var scanner = Scanner(text)
        scanner.skipSign()
        if scanner.skip(UInt8(ascii: ".")) {
            guard scanner.digits() > 0 else { return false }
        } else {
            guard scanner.digits() > 0 else { return false }
            if scanner.skip(UInt8(ascii: ".")) { _ = scanner.digits() }
        }
        return scanner.exponentThenEnd() && isFinite(text)
    }

    /// `strconv.ParseFloat` succeeds on a text that starts with `.` (`.5`, `.5e3`).
    static func isDecimalFloat(_ text: String) -> Bool {
        var scanner = Scanner(text)
        guard scanner.skip(UInt8(ascii: ".")), scanner.digits() > 0 else { return false }
        return scanner.exponentThenEnd() && isFinite(text)
    }

    /// `strconv.Atoi` / `ParseInt(s, 10, 64)` succeeds.
    static func isDecimalInteger(_ text: String) -> Bool {
        Int64(text) != nil
    }

    /// `strconv.ParseFloat(s, 64)` succeeds (decimal spellings, `inf`, `nan`).
    static func isFloat(_ text: String) -> Bool {
        var scanner = Scanner(text)
        scanner.skipSign()
        if ["inf", "infinity", "nan"].contains(String(scanner.rest).lowercased()) { return true }
        let whole = scanner.digits()
        var fraction = 0
        if scanner.skip(UInt8(ascii: ".")) { fraction = scanner.digits() }
        return whole + fraction > 0 && scanner.exponentThenEnd() && isFinite(text)
    }

    /// `time.ParseDuration` succeeds: `0`, or signed sequence of number+unit (`1h30m`, `.5s`).
    static func isDuration(_ text: String) -> Bool {
        var scanner = Scanner(text)
        scanner.skipSign()
        if String(scanner.rest) == "0" { return true }
        guard !scanner.atEnd else { return false }
        while !scanner.atEnd {
            let whole = scanner.digits()
            var fraction = 0
            if scanner.skip(UInt8(ascii: ".")) { fraction = scanner.digits() }
            guard whole + fraction > 0 else { return false }
            let unit = scanner.letters()
            guard ["ns", "us", "µs", "μs", "ms", "s", "m", "h"].contains(unit) else { return false }
        }
        return true
    }

    /// go-units `RAMInBytes` succeeds: a non-negative number, an optional space, then an optional
    /// `b`, or `k`/`m`/`g`/`t`/`p` followed by nothing, `i`, `b` or `ib` (any case).
    static func isByteSize(_ text: String) -> Bool {
        let characters = Array(text)
        guard let separator = characters.lastIndex(where: { "0123456789. ".contains($0) }) else { return false }
        let number = String(characters[..<(characters[separator] == " " ? separator : separator + 1)])
        let suffix = String(characters[(separator + 1)...]).lowercased()
        guard isFloat(number), !number.hasPrefix("-"), !number.lowercased().hasSuffix("nan") else { return false }
        if suffix.isEmpty || suffix == "b" { return true }
        guard let unit = suffix.first, "kmgtp".contains(unit) else { return false }
        return ["", "i", "b", "ib"].contains(String(suffix.dropFirst()))
    }

    private static func digitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isFinite(_ text: String) -> Bool {
        guard let value = Double(text) else { return true }
        return value.isFinite
    }

    /// A tiny forward scanner over a string's characters. ASCII runs are read as bytes: an ASCII
    /// byte is a character of its own unless a non-ASCII byte (a combining mark) follows it (the
    /// one ASCII pair that is one character, CR LF, never matters here), so the character
    /// functions only run where the text is not ASCII.
    private struct Scanner {
        var rest: Substring

        init(_ text: String) { rest = Substring(text) }

        var atEnd: Bool { rest.isEmpty }

        /// Skips the ASCII character `byte` when it is the first character (not merely the first
        /// byte: a combining mark after it makes another character).
        mutating func skip(_ byte: UInt8) -> Bool {
            let bytes = rest.utf8
            guard let first = bytes.first, first == byte else { return false }
            let next = bytes.index(after: bytes.startIndex)
            if next < bytes.endIndex, bytes[next] >= 0x80 {
                guard rest.first == Character(Unicode.Scalar(byte)) else { return false }
                rest = rest.dropFirst()
                return true
            }
            rest = rest[next...]
            return true
        }

        mutating func skipSign() {
            if !skip(UInt8(ascii: "+")) { _ = skip(UInt8(ascii: "-")) }
        }

        mutating func digits() -> Int {
            let end = asciiRun { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard let end else {
                let count = rest.prefix { $0.isASCII && $0.isNumber }.count
                rest = rest.dropFirst(count)
                return count
            }
            let count = rest.utf8.distance(from: rest.startIndex, to: end)
            rest = rest[end...]
            return count
        }

        mutating func letters() -> String {
            let end = asciiRun { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
            guard let end else {
                let word = rest.prefix { $0.isLetter }
                rest = rest.dropFirst(word.count)
                return String(word)
            }
            let word = rest[..<end]
            rest = rest[end...]
            return String(word)
        }

        /// The end of the leading run of ASCII bytes that `accepts`, or nil when a non-ASCII byte
        /// follows the run (the characters must decide).
        private func asciiRun(_ accepts: (UInt8) -> Bool) -> String.Index? {
            let bytes = rest.utf8
            var index = bytes.startIndex
            while index < bytes.endIndex, accepts(bytes[index]) { bytes.formIndex(after: &index) }
            if index < bytes.endIndex, bytes[index] >= 0x80 { return nil }
            return index
        }

        /// An optional exponent, then the end of the text.
        mutating func exponentThenEnd() -> Bool {
            if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
                skipSign()
                guard digits() > 0 else { return false }
            }
            return atEnd
        }
    }
}
