/// `boolean`: one documented set of spellings, matched case-insensitively.
///
/// True: `true`, `yes`, `on`, `1`. False: `false`, `no`, `off`, `0`. Any letter case
/// (`TRUE`, `Yes`), nothing else: no surrounding whitespace, no `y`/`n`, `t`/`f`, `enabled`.
/// (Note that a Node.js app reading `process.env.X === 'true'` accepts only the lowercase
/// `true`; the schema documents what the *application* must accept.)
///
/// No options. → `.boolean`.
public struct BooleanType: ValueType {
    /// `boolean`.
    public static let name = "boolean"
    /// None.
    public static let optionKeys: Set<String> = []

    /// The spellings of true, lowercase.
    public static let trueSpellings = ["true", "yes", "on", "1"]
    /// The spellings of false, lowercase.
    public static let falseSpellings = ["false", "no", "off", "0"]

    /// Creates the type (it has no options).
    public init(options: TypeOptions) throws(TypeOptionError) {}

    /// Creates the type.
    public init() {}

    /// Parses a boolean.
    public func parse(_ text: String) -> ValueParseResult {
        let folded = text.lowercased()
        if Self.trueSpellings.contains(folded) { return .valid(.boolean(true)) }
        if Self.falseSpellings.contains(folded) { return .valid(.boolean(false)) }
        let offset = text.unicodeScalars.firstIndex { $0 == " " || $0 == "\t" }
            .map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) }
        let message = "Expected a boolean: true/false, yes/no, on/off or 1/0 (any case)"
        if let offset { return .invalid(message + "; whitespace is not allowed", at: offset) }
        return .invalid(message, at: text.isEmpty ? nil : 0)
    }
}
