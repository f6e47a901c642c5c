/// `secret`: a credential (API key, signing key, password) that must not be a placeholder and
/// must be long and varied enough to be hard to guess.
///
/// Checked in order, case-insensitively:
/// 1. Not a placeholder: `changeme`/`change-me`/`replace-me` anywhere in it; alone (optionally
///    followed by digits or `!._-`): `secret`, `password`, `todo`, `example`, `test`, `dummy`,
///    `placeholder`, `default` and similar; `your…here` (`your-api-key-here`); one repeated
///    character (`xxx`, `****`); a run of `12345…`/`0123…`; `<…>` or `{{…}}`; or one of the
///    schema's `placeholders`.
/// 2. At least `minLength` Unicode scalars (default 16).
/// 3. At least `minEntropy` bits (default 48), estimated as Shannon entropy: the value's length
///    times −Σ p·log2 p over the frequencies p of its distinct characters. Repeats lower it
///    (`aaaaaaaabbbbbbbb` scores 16); it cannot see sequences (`abcdefghijklmnop` scores 64).
///    The default lets a random 16-character alphanumeric secret pass (typically 55–62 bits; at
///    most 64 for 16 characters) and a 32-hex-digit one (~120 bits) easily.
///
/// Whether a weak secret matters (production only, say) is the caller's decision. Messages never
/// show the value or its length. Options: `minLength`, `minEntropy`, `placeholders` (list).
/// → `.secret`.
public struct SecretType: ValueType {
    /// `secret`.
    public static let name = "secret"
    /// `minLength`, `minEntropy`, `placeholders`.
    public static let optionKeys: Set<String> = ["minLength", "minEntropy", "placeholders"]

    /// The minimum length, in Unicode scalars.
    public var minLength: Int
    /// The minimum estimated entropy, in bits.
    public var minEntropy: Double
    /// Extra placeholders, compared ignoring case.
    public var placeholders: [String]

    /// Creates the type from its options.
    public init(options: TypeOptions) throws(TypeOptionError) {
        minLength = try options.integer("minLength") ?? 16
        minEntropy = try options.number("minEntropy") ?? 48
        placeholders = options.list("placeholders") ?? []
        if minLength < 0 { throw TypeOptionError(key: "minLength", message: "minLength must not be negative") }
        if minEntropy < 0 { throw TypeOptionError(key: "minEntropy", message: "minEntropy must not be negative") }
    }

    /// Checks the secret.
    public func parse(_ text: String) -> ValueParseResult {
        if text.isEmpty { return .invalid("Empty secret") }
        if let reason = SecretPlaceholders.reason(text, extra: placeholders) {
            return .invalid("Secret \(reason); generate a real one (e.g. openssl rand -hex 32)", at: 0)
        }
        var problems: [ValueProblem] = []
        if text.unicodeScalars.count < minLength {
            problems.append(ValueProblem(severity: .error, message: "Secret is shorter than \(minLength) characters", offset: nil))
        }
        let bits = Self.entropy(of: text)
        if bits < minEntropy {
            let message = "Secret is too predictable: about \(Int(bits)) bits of entropy, at least \(ValueTypeText.number(minEntropy)) required"
            problems.append(ValueProblem(severity: .error, message: message, offset: nil))
        }
        return problems.isEmpty ? .valid(.secret(text)) : ValueParseResult(value: nil, problems: problems)
    }

    /// The Shannon estimate, in bits: length × −Σ p·log2 p over the characters' frequencies.
    public static func entropy(of text: String) -> Double {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.unicodeScalars { counts[scalar, default: 0] += 1 }
        let total = Double(text.unicodeScalars.count)
        let perCharacter = counts.values.reduce(0.0) { sum, count in
            let p = Double(count) / total
            return sum - p * binaryLogarithm(p)
        }
        return perCharacter * total
    }

    /// log2 without Foundation or libm: the exponent plus ln(significand) / ln 2, with ln from
    /// the atanh series (the significand is in [1, 2), so the series converges quickly).
    static func binaryLogarithm(_ x: Double) -> Double {
        let m = x.significand
        let t = (m - 1) / (m + 1)
        var term = t
        var sum = 0.0
        for k in stride(from: 1, through: 41, by: 2) {
            sum += term / Double(k)
            term *= t * t
        }
        return Double(x.exponent) + 2 * sum / 0.693_147_180_559_945_3
    }
}
