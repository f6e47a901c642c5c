/// How compose turns a plain YAML scalar into the string a container sees: compose-go decodes
/// YAML with yaml.v3 (YAML 1.2 core schema plus 1.1-style `0`-prefixed octals, underscores
/// ignored in numbers) and formats numbers with Go's `fmt`. So `0x10` is `16`, `1.50` is `1.5`,
/// `1e6` is `1e+06`, `True` is `true`, `.inf` is `+Inf`. Quoted scalars and interpolated values
/// stay as written.
public enum YAMLScalarTyping {
    /// The string compose gives a plain scalar.
    public static func composeString(_ text: String) -> String {
        switch text {
        case "true", "True", "TRUE": return "true"
        case "false", "False", "FALSE": return "false"
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return "+Inf"
        case "-.inf", "-.Inf", "-.INF": return "-Inf"
        case ".nan", ".NaN", ".NAN": return "NaN"
        default: break
        }
        guard let first = text.unicodeScalars.first, first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) else {
            return text
        }
        let plain = text.replacingUnderscores()
        if let integer = goParseInteger(plain) { return integer }
        if GoValueSyntax.isYAMLFloat(plain), let value = Double(plain) { return GoFloatFormat.shortest(value) }
        return text
    }

    /// Go's `strconv.ParseInt(s, 0, 64)` (then `ParseUint`), formatted in decimal; `nil` if not an integer.
    static func goParseInteger(_ text: String) -> String? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        let lower = digits.lowercased()
        if lower.hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
        else if digits.count > 1, digits.first == "0" { radix = 8; digits = digits.dropFirst() }
        guard !digits.isEmpty, let magnitude = UInt64(digits, radix: radix) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == 0 ? "0" : "-\(magnitude)"
        }
        if magnitude > UInt64(Int64.max), text.first == "+" || text.first == "-" { return nil }
        return "\(magnitude)"
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)`, which `fmt` uses for a float64: the shortest
/// digits that round-trip, in `%e` form when the decimal exponent is below -4 or at least 6.
enum GoFloatFormat {
    static func shortest(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let (digits, exponent) = decimalDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        if exponent < -4 || exponent >= 6 {
            let mantissa = digits.count > 1 ? String(digits.first!) + "." + digits.dropFirst() : String(digits)
            let magnitude = abs(exponent)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + "\(magnitude)"
        }
        return sign + fixed(digits, exponent)
    }

    /// Digits without the decimal point and the decimal exponent of the first digit, from
    /// Swift's shortest round-tripping description.
    private static func decimalDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var pointExponent = whole.count - 1 + exponent
        while digits.hasPrefix("0"), digits.count > 1 { digits.removeFirst(); pointExponent -= 1 }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        return (digits, pointExponent)
    }

    private static func fixed(_ digits: String, _ exponent: Int) -> String {
        if exponent < 0 { return "0." + String(repeating: "0", count: -exponent - 1) + digits }
        if digits.count <= exponent + 1 { return digits + String(repeating: "0", count: exponent + 1 - digits.count) }
        let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
        return digits[..<split] + "." + digits[split...]
    }
}

private extension String {
    func replacingUnderscores() -> String {
        String(unicodeScalars.filter { $0 != "_" }.map(Character.init))
    }
}
