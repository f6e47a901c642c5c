/// `port`: a TCP/UDP port number.
///
/// Syntax: decimal digits only, `1`–`65535` — no sign, no leading zeros (`080`), no
/// whitespace, no `host:` prefix. `0` (let the system choose) only with `allowZero: true`.
/// `min` and `max` narrow the range (inclusive), e.g. `min: 1024` for an unprivileged port.
///
/// Options: `min`, `max` (integers within the allowed range), `allowZero` (`true`/`false`,
/// default `false`). → `.integer`.
public struct PortType: ValueType {
    /// `port`.
    public static let name = "port"
    /// `min`, `max`, `allowZero`.
    public static let optionKeys: Set<String> = ["min", "max", "allowZero"]

    /// The smallest accepted port.
    public var minimum: Int
    /// The largest accepted port.
    public var maximum: Int
    /// Whether `0` is accepted.
    public var allowZero: Bool

    /// Creates the type from `min`, `max` and `allowZero`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        allowZero = try options.boolean("allowZero") ?? false
        let lowest = allowZero ? 0 : 1
        minimum = try options.integer("min") ?? lowest
        maximum = try options.integer("max") ?? 65535
        guard (lowest...65535).contains(minimum) else {
            throw TypeOptionError(key: "min", message: "min must be between \(lowest) and 65535")
        }
        guard (lowest...65535).contains(maximum) else {
            throw TypeOptionError(key: "max", message: "max must be between \(lowest) and 65535")
        }
        guard minimum <= maximum else { throw TypeOptionError(key: "min", message: "min must not be greater than max") }
    }

    /// Parses a port number.
    public func parse(_ text: String) -> ValueParseResult {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return .invalid("Empty value; expected a port number") }
        if let failure = URLSyntax.whitespaceFailure(scalars, noun: "Port") { return failure.result }
        if first == "+" || first == "-" { return .invalid("A port has no sign", at: 0) }
        if let colon = scalars.lastIndex(of: ":") {
            return .invalid("Expected only the port number, without a host", at: colon)
        }
        if let bad = scalars.firstIndex(where: { !URLSyntax.isDigit($0) }) {
            return .invalid("A port is decimal digits only", at: bad)
        }
        if scalars.count > 1, first == "0" { return .invalid("Leading zeros are not allowed in a port", at: 0) }
        guard scalars.count <= 5, let port = Int(text), port <= 65535 else {
            return .invalid("Port must be between \(allowZero ? 0 : 1) and 65535", at: 0)
        }
        if port == 0, !allowZero { return .invalid("Port 0 is not allowed (set allowZero: true to let the system choose)", at: 0) }
        if port < minimum || port > maximum {
            return .invalid("Port " + ValueTypeText.range(min: String(minimum), max: String(maximum)).lowercased(), at: 0)
        }
        return .valid(.integer(port))
    }
}
