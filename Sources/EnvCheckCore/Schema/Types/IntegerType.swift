/// `integer`: a whole number in decimal.
///
/// Syntax: an optional sign (`+` or `-`) followed by one or more ASCII digits, and nothing else —
/// no whitespace, no fraction (`1.0`), no exponent (`1e3`), no `0x`/`0o`/`0b` prefix, no digit
/// separators (`1_000`, `1,000`). Leading zeros are allowed and ignored (`007` is 7). The value
/// must fit in a 64-bit signed integer.
///
/// Options: `min`, `max` (integers, inclusive). → `.integer`.
public struct IntegerType: ValueType {
    /// `integer`.
    public static let name = "integer"
    /// `min`, `max`.
    public static let optionKeys: Set<String> = ["min", "max"]

    /// The smallest allowed value.
    public var min: Int?
    /// The largest allowed value.
    public var max: Int?

    /// Creates the type from `min` and `max`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        try self.init(min: options.integer("min"), max: options.integer("max"))
    }

    /// Creates the type with bounds (`min` must not exceed `max`).
    public init(min: Int? = nil, max: Int? = nil) throws(TypeOptionError) {
        if let min, let max, min > max {
            throw TypeOptionError(key: "min", message: "min must not be greater than max")
        }
        self.min = min
        self.max = max
    }

    /// Parses an integer and checks its range.
    public func parse(_ text: String) -> ValueParseResult {
        switch NumberSyntax.integer(text) {
        case .failure(let failure):
            return .invalid(failure.message, at: failure.offset)
        case .success(let value):
            if let min, value < min { return outOfRange }
            if let max, value > max { return outOfRange }
            return .valid(.integer(value))
        }
    }

    private var outOfRange: ValueParseResult {
        .invalid(ValueTypeText.range(min: min.map(String.init), max: max.map(String.init)), at: 0)
    }
}
