/// `number`: a decimal number, as JSON writes it but a little more forgiving.
///
/// Syntax: an optional sign, digits with an optional fraction (`12`, `12.5`, `12.`, `.5`), and an
/// optional exponent (`e` or `E`, an optional sign, digits: `1e3`, `2.5E-4`). Nothing else — no
/// whitespace, no `0x`, no digit separators, no `Infinity`/`NaN`; the value must be finite as a
/// 64-bit float.
///
/// Options: `min`, `max` (numbers, inclusive). → `.number`.
public struct NumberType: ValueType {
    /// `number`.
    public static let name = "number"
    /// `min`, `max`.
    public static let optionKeys: Set<String> = ["min", "max"]

    /// The smallest allowed value.
    public var min: Double?
    /// The largest allowed value.
    public var max: Double?

    /// Creates the type from `min` and `max`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        let min = try options.number("min")
        let max = try options.number("max")
        if let min, let max, min > max {
            throw TypeOptionError(key: "min", message: "min must not be greater than max")
        }
        self.min = min
        self.max = max
    }

    /// Parses a number and checks its range.
    public func parse(_ text: String) -> ValueParseResult {
        switch NumberSyntax.number(text) {
        case .failure(let failure):
            return .invalid(failure.message, at: failure.offset)
        case .success(let value):
            if let min, value < min { return outOfRange }
            if let max, value > max { return outOfRange }
            return .valid(.number(value))
        }
    }

    private var outOfRange: ValueParseResult {
        .invalid(ValueTypeText.range(min: min.map(ValueTypeText.number), max: max.map(ValueTypeText.number)), at: 0)
    }
}
