/// Hand-written scanners for the `integer` and `number` types: exact syntax, and a problem
/// that points at the first character that breaks it.
enum NumberSyntax {
    /// Why a text is not a number, and where.
    struct Failure: Error {
        /// The message (never quoting the value).
        var message: String
        /// The 0-based Unicode-scalar column of the offending character, when there is one.
        var offset: Int?
    }

    /// Parses `[+-]?[0-9]+` into an `Int`.
    static func integer(_ text: String) -> Result<Int, Failure> {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .failure(Failure(message: "Empty value; expected an integer", offset: nil)) }
        let start = isSign(scalars[0]) ? 1 : 0
        let end = digitsEnd(scalars, from: start)
        if end < scalars.count {
            return .failure(unexpected(scalars, at: end, digitsStart: start, expected: "an integer"))
        }
        if end == start { return .failure(Failure(message: "Expected digits after the sign", offset: 0)) }
        guard let value = Int(text) else {
            return .failure(Failure(message: "Integer is too large (beyond 64 bits)", offset: 0))
        }
        return .success(value)
    }

    /// Parses `[+-]?(digits[.digits] | .digits)([eE][+-]?digits)?` into a finite `Double`.
    static func number(_ text: String) -> Result<Double, Failure> {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .failure(Failure(message: "Empty value; expected a number", offset: nil)) }
        let start = isSign(scalars[0]) ? 1 : 0
        var index = digitsEnd(scalars, from: start)
        var mantissaDigits = index - start
        if index < scalars.count, scalars[index] == "." {
            let fractionEnd = digitsEnd(scalars, from: index + 1)
            mantissaDigits += fractionEnd - index - 1
            index = fractionEnd
        }
        if mantissaDigits == 0 {
            if index < scalars.count, scalars[index] != "." {
                return .failure(unexpected(scalars, at: index, digitsStart: start, expected: "a number"))
            }
            return .failure(Failure(message: "Expected digits", offset: min(start, scalars.count - 1)))
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            let exponent = index
            var digitsStart = index + 1
            if digitsStart < scalars.count, isSign(scalars[digitsStart]) { digitsStart += 1 }
            index = digitsEnd(scalars, from: digitsStart)
            if index == digitsStart { return .failure(Failure(message: "Expected digits in the exponent", offset: exponent)) }
        }
        if index < scalars.count {
            return .failure(unexpected(scalars, at: index, digitsStart: start, expected: "a number"))
        }
        guard let value = Double(text), value.isFinite else {
            return .failure(Failure(message: "Number is out of range", offset: 0))
        }
        return .success(value)
    }

    private static func isSign(_ scalar: Unicode.Scalar) -> Bool { scalar == "+" || scalar == "-" }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private static func digitsEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        return index
    }

    /// Names the usual mistakes (a fraction or exponent in an integer, `0x`, digit separators,
    /// whitespace, `inf`/`nan`) and falls back to a generic message.
    private static func unexpected(_ scalars: [Unicode.Scalar], at index: Int, digitsStart: Int, expected: String) -> Failure {
        let scalar = scalars[index]
        let integer = expected == "an integer"
        let afterDigits = index > digitsStart
        let message: String
        if [" ", "\t", "\n", "\r"].contains(scalar) {
            message = "Whitespace is not allowed"
        } else if ["_", ",", "'"].contains(scalar), afterDigits {
            message = "Digit separators are not allowed"
        } else if integer, scalar == "." {
            message = "Fractions are not allowed in an integer"
        } else if integer, afterDigits, scalar == "e" || scalar == "E" {
            message = "Exponents are not allowed in an integer"
        } else if ["x", "X", "o", "O", "b", "B"].contains(scalar), index == digitsStart + 1, scalars[digitsStart] == "0" {
            message = "Only decimal digits are allowed (no 0x, 0o or 0b prefix)"
        } else if ["i", "I", "n", "N"].contains(scalar), index == digitsStart {
            message = "Infinity and NaN are not allowed"
        } else if scalar == "+" || scalar == "-" {
            message = "Only one sign is allowed, at the start"
        } else {
            message = "Unexpected character; expected \(expected)"
        }
        return Failure(message: message, offset: index)
    }
}
