/// `duration`: a length of time written with units.
///
/// Syntax: one or more `<digits><unit>` segments with nothing between them — `500ms`, `30s`,
/// `15m`, `24h`, `7d`, `1h30m`, `2d12h`, `1m30s500ms`. Units: `ms`, `s`, `m`, `h`, `d` (a day is
/// 86 400 s), lowercase, from largest to smallest, each at most once. Amounts are whole numbers:
/// fractions (`1.5h`) are rejected — write `1h30m` — so every duration is an exact number of
/// milliseconds. No sign, no whitespace. A bare number (`86400`) is an error unless the option
/// `unit` says what it counts (`unit: s`, `unit: ms` for a Node.js app that reads milliseconds).
///
/// Options: `unit` (`ms`, `s`, `m`, `h` or `d`), `min`, `max` (durations, inclusive; a bare
/// number in them also means `unit`). → `.duration(seconds:)`.
public struct DurationType: ValueType {
    /// `duration`.
    public static let name = "duration"
    /// `unit`, `min`, `max`.
    public static let optionKeys: Set<String> = ["unit", "min", "max"]

    /// What a bare number counts, when the schema says (`s`, `ms`, …).
    public var unit: String?
    /// The minimum, in milliseconds, and as written (a bare number with its unit appended).
    public var min: (milliseconds: Int, text: String)?
    /// The maximum, in milliseconds, and as written.
    public var max: (milliseconds: Int, text: String)?

    /// Creates the type from `unit`, `min` and `max`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        var bareUnit: DurationSyntax.Unit?
        if let unit = options.string("unit") {
            guard let parsed = DurationSyntax.Unit(rawValue: unit) else {
                throw TypeOptionError(key: "unit", message: "unit must be one of \(DurationSyntax.Unit.list)")
            }
            bareUnit = parsed
        }
        unit = bareUnit?.rawValue
        min = try Self.bound("min", options, bareUnit)
        max = try Self.bound("max", options, bareUnit)
        if let min, let max, min.milliseconds > max.milliseconds {
            throw TypeOptionError(key: "min", message: "min must not be greater than max")
        }
    }

    /// Parses a duration and checks its range.
    public func parse(_ text: String) -> ValueParseResult {
        switch DurationSyntax.milliseconds(text, bareUnit: unit.flatMap(DurationSyntax.Unit.init(rawValue:))) {
        case .failure(let failure):
            return .invalid(failure.message, at: failure.offset)
        case .success(let milliseconds):
            if let min, milliseconds < min.milliseconds { return outOfRange }
            if let max, milliseconds > max.milliseconds { return outOfRange }
            return .valid(.duration(seconds: Double(milliseconds) / 1000))
        }
    }

    private var outOfRange: ValueParseResult {
        .invalid(ValueTypeText.range(min: min?.text, max: max?.text), at: 0)
    }

    private static func bound(_ key: String, _ options: TypeOptions, _ unit: DurationSyntax.Unit?) throws(TypeOptionError)
        -> (milliseconds: Int, text: String)? {
        guard let text = options.string(key) else { return nil }
        switch DurationSyntax.milliseconds(text, bareUnit: unit) {
        case .success(let milliseconds):
            let bare = text.unicodeScalars.allSatisfy { $0 >= "0" && $0 <= "9" }
            return (milliseconds, bare ? text + (unit?.rawValue ?? "") : text)
        case .failure(let failure): throw TypeOptionError(key: key, message: "\(key) must be a duration such as 30s: \(failure.message)")
        }
    }
}
