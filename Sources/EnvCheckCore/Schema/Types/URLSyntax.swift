/// Scanning pieces shared by the `host`, `email`, `url`, `postgres-url` and `redis-url` types:
/// RFC 3986 character classes, a failure with an offset, whitespace checks and percent-decoding.
///
/// Everything works on `[Unicode.Scalar]` so that an index is the 0-based Unicode-scalar column
/// a `ValueProblem` reports.
enum URLSyntax {
    /// Why a text is not valid, and where.
    struct Failure: Error, Hashable {
        /// The message (never quoting the value).
        var message: String
        /// The 0-based Unicode-scalar column of the offending character, when there is one.
        var offset: Int?
        /// Whether a delimiter written unencoded in a password could explain this failure
        /// (set by parsers whose own grammar cannot tell).
        var mayBeCredentials = false

        /// The failure as an error problem.
        var problem: ValueProblem { ValueProblem(severity: .error, message: message, offset: offset) }

        /// The failure as an invalid parse result.
        var result: ValueParseResult { ValueParseResult(value: nil, problems: [problem]) }
    }

    /// Whether a scalar is an ASCII letter.
    static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    /// Whether a scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// Whether a scalar is an ASCII hex digit.
    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool { hexValue(scalar) != nil }

    /// RFC 3986 `unreserved`: letters, digits, `-`, `.`, `_`, `~`.
    static func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
        isAlpha(scalar) || isDigit(scalar) || scalar == "-" || scalar == "." || scalar == "_" || scalar == "~"
    }

    /// RFC 3986 `sub-delims`: `!$&'()*+,;=`.
    static func isSubDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        "!$&'()*+,;=".unicodeScalars.contains(scalar)
    }

    /// Whether a scalar is a space, tab, carriage return or line feed.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// The value of a hex digit.
    static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "0"..."9": UInt8(scalar.value - 48)
        case "a"..."f": UInt8(scalar.value - 87)
        case "A"..."F": UInt8(scalar.value - 55)
        default: nil
        }
    }

    /// The scalars of a range as a string.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The first index in `range` holding one of `set`, or `range.upperBound`.
    static func firstIndex(in scalars: [Unicode.Scalar], _ range: Range<Int>, of set: String) -> Int {
        let members = Array(set.unicodeScalars)
        return range.first { members.contains(scalars[$0]) } ?? range.upperBound
    }

    /// Leading or trailing whitespace, or a control character anywhere: the usual copy-paste
    /// mistakes, reported before any grammar.
    static func whitespaceFailure(_ scalars: [Unicode.Scalar], noun: String) -> Failure? {
        if let first = scalars.first, isWhitespace(first) {
            return Failure(message: "\(noun) starts with whitespace", offset: 0)
        }
        if let last = scalars.last, isWhitespace(last) {
            return Failure(message: "\(noun) ends with whitespace", offset: scalars.count - 1)
        }
        if let control = scalars.firstIndex(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return Failure(message: "\(noun) contains a control character", offset: control)
        }
        return nil
    }

    /// The first `%` in `range` that is not followed by two hex digits.
    static func badPercent(_ scalars: [Unicode.Scalar], _ range: Range<Int>, what: String) -> Failure? {
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "%" {
                guard index + 2 < range.upperBound, isHexDigit(scalars[index + 1]), isHexDigit(scalars[index + 2]) else {
                    return Failure(message: "A % in the \(what) must start a %XX escape (write %25 for a literal %)",
                                   offset: index)
                }
                index += 3
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Percent-decodes `scalars[range]` as UTF-8. A `%` must be followed by two hex digits;
    /// `%00` is refused unless `allowNUL`; the decoded bytes must be valid UTF-8.
    static func percentDecode(_ scalars: [Unicode.Scalar], _ range: Range<Int>, what: String,
                              allowNUL: Bool = true) -> Result<String, Failure> {
        if let failure = badPercent(scalars, range, what: what) { return .failure(failure) }
        guard scalars[range].contains("%") else { return .success(string(scalars, range)) }
        var bytes: [UInt8] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "%", let high = hexValue(scalars[index + 1]), let low = hexValue(scalars[index + 2]) {
                let byte = high << 4 | low
                if byte == 0, !allowNUL {
                    return .failure(Failure(message: "%00 is not allowed in the \(what)", offset: index))
                }
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(contentsOf: Array(String(scalar).utf8))
                index += 1
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let first = range.first { scalars[$0] == "%" } ?? range.lowerBound
            return .failure(Failure(message: "The percent-encoded bytes in the \(what) are not valid UTF-8", offset: first))
        }
        return .success(decoded)
    }
}
