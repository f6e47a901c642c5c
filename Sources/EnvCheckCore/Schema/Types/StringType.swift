/// `string`: any text, optionally constrained by length and a regular expression.
///
/// Lengths count Unicode scalars (the unit of diagnostic columns). `pattern` is a Swift
/// `Regex` (the standard library's syntax, close to PCRE) that must match the *whole* value —
/// no `^…$` needed; it is compiled once, when the schema is read.
///
/// Options: `minLength`, `maxLength` (non-negative integers), `pattern` (regular expression),
/// `allowEmpty` (`true`/`false`, default `true`: whether the empty string is a valid value; the
/// schema-level `allowEmpty` decides whether an empty value counts as set). → `.string`.
public struct StringType: ValueType {
    /// `string`.
    public static let name = "string"
    /// `minLength`, `maxLength`, `pattern`, `allowEmpty`.
    public static let optionKeys: Set<String> = ["minLength", "maxLength", "pattern", "allowEmpty"]

    /// The minimum length, in Unicode scalars.
    public var minLength: Int?
    /// The maximum length, in Unicode scalars.
    public var maxLength: Int?
    /// The pattern's source text, as written in the schema.
    public var patternSource: String?
    /// Whether the empty string is valid.
    public var allowEmpty: Bool
    private let pattern: CompiledPattern?

    /// Creates the type, compiling `pattern`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        minLength = try options.integer("minLength")
        maxLength = try options.integer("maxLength")
        allowEmpty = try options.boolean("allowEmpty") ?? true
        for (key, value) in [("minLength", minLength), ("maxLength", maxLength)] where (value ?? 0) < 0 {
            throw TypeOptionError(key: key, message: "\(key) must not be negative")
        }
        if let minLength, let maxLength, minLength > maxLength {
            throw TypeOptionError(key: "minLength", message: "minLength must not be greater than maxLength")
        }
        patternSource = options.string("pattern")
        if let source = patternSource {
            do {
                pattern = CompiledPattern(regex: try Regex(source))
            } catch {
                throw TypeOptionError(key: "pattern", message: "pattern is not a valid regular expression: \(error)")
            }
        } else {
            pattern = nil
        }
    }

    /// Checks the length and the pattern.
    public func parse(_ text: String) -> ValueParseResult {
        let length = text.unicodeScalars.count
        if length == 0, !allowEmpty { return .invalid("Value must not be empty") }
        if let minLength, length < minLength {
            return .invalid("Value is shorter than \(minLength) characters", at: nil)
        }
        if let maxLength, length > maxLength {
            return .invalid("Value is longer than \(maxLength) characters", at: maxLength)
        }
        if let pattern, let source = patternSource, (try? pattern.regex.wholeMatch(in: text)) == nil {
            return .invalid("Value does not match the pattern \(source)")
        }
        return .valid(.string(text))
    }
}

/// A compiled `pattern`. `Regex` is not declared `Sendable` (its output type parameter may not
/// be), but a `Regex<AnyRegexOutput>` is an immutable value whose lazily lowered program is
/// published with an atomic compare-and-exchange, so sharing it across tasks is safe.
private struct CompiledPattern: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>
}
