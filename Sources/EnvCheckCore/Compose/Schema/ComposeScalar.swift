/// What a YAML scalar is to compose: the type its Go YAML decoder (yaml.v3 rules) resolves it to.
///
/// Quoted scalars and `!!str` are strings; plain ones are read as YAML 1.2 core types, except that
/// `yes`/`no`/`on`/`off` stay strings, `1_000` and `0x1F` are integers and a plain date such as
/// `2024-01-31` is a timestamp, which compose accepts nowhere a value is checked.
struct ComposeScalar: Sendable, Hashable {
    /// The resolved type.
    var kind: ComposeScalarKinds
    /// The scalar's text.
    var text: String
    /// The value, when the scalar is an integer that fits in `Int`.
    var integer: Int?

    /// Resolves a scalar's text, given whether it was quoted and its tag.
    init(text: String, isQuoted: Bool, tag: String?) {
        self.text = text
        switch Self.explicitKind(tag) {
        case .some(let kind):
            self.kind = kind
        case .none:
            self.kind = isQuoted ? .string : Self.resolvePlain(text)
        }
        self.integer = kind == .integer ? Self.integerValue(text) : nil
    }

    /// Resolves a string that compose reads as a string (an interpolated value).
    init(string text: String) {
        self.text = text
        self.kind = .string
    }

    private static func explicitKind(_ tag: String?) -> ComposeScalarKinds? {
        guard let tag else { return nil }
        switch tag {
        case "!!str", "tag:yaml.org,2002:str": return .string
        case "!!int", "tag:yaml.org,2002:int": return .integer
        case "!!float", "tag:yaml.org,2002:float": return .float
        case "!!bool", "tag:yaml.org,2002:bool": return .boolean
        case "!!null", "tag:yaml.org,2002:null": return .null
        case "!!timestamp", "tag:yaml.org,2002:timestamp": return .timestamp
        default: return nil
        }
    }

    /// yaml.v3's `resolve` for an untagged plain scalar.
    static func resolvePlain(_ text: String) -> ComposeScalarKinds {
        let bytes = text.utf8
        guard let firstByte = bytes.first else { return .null }
        switch firstByte {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
             UInt8(ascii: "F"):
            // Only the null and boolean words start with these, and they have 4 or 5 letters.
            guard bytes.count == 4 || bytes.count == 5 else { return .string }
            switch text {
            case "null", "Null", "NULL": return .null
            case "true", "True", "TRUE", "false", "False", "FALSE": return .boolean
            default: return .string
            }
        case UInt8(ascii: "~"):
            return bytes.count == 1 ? .null : .string
        case UInt8(ascii: "."):
            switch text {
            case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF": return .float
            default: return GoValueSyntax.isDecimalFloat(text) ? .float : .string
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            switch text {
            case "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF": return .float
            default: return resolveNumber(text, mayBeTimestamp: false)
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return resolveNumber(text, mayBeTimestamp: true)
        default:
            // Neither a null, a boolean nor a number can start with this: a string.
            return .string
        }
    }

    /// A plain scalar that starts with a digit or a sign: a timestamp, an integer, a float or a string.
    private static func resolveNumber(_ text: String, mayBeTimestamp: Bool) -> ComposeScalarKinds {
        if mayBeTimestamp, ComposeTimestamp.isTimestamp(text) { return .timestamp }
        let plain = text.utf8.contains(UInt8(ascii: "_")) ? text.filter { $0 != "_" } : text
        if GoValueSyntax.isBaseZeroInteger(plain) { return .integer }
        if GoValueSyntax.isYAMLFloat(plain) { return .float }
        return .string
    }

    private static func integerValue(_ text: String) -> Int? {
        YAMLScalarTyping.goParseInteger(text.filter { $0 != "_" }).flatMap { Int($0) }
    }
}

/// A set of scalar types compose tells apart.
struct ComposeScalarKinds: OptionSet, Sendable, Hashable {
    let rawValue: Int
    /// A string.
    static let string = ComposeScalarKinds(rawValue: 1 << 0)
    /// A whole number.
    static let integer = ComposeScalarKinds(rawValue: 1 << 1)
    /// A number with a fraction or an exponent (or `.inf`, `.nan`).
    static let float = ComposeScalarKinds(rawValue: 1 << 2)
    /// `true` or `false`.
    static let boolean = ComposeScalarKinds(rawValue: 1 << 3)
    /// `null`, `~` or nothing.
    static let null = ComposeScalarKinds(rawValue: 1 << 4)
    /// A plain date or date and time, which compose cannot use as a string.
    static let timestamp = ComposeScalarKinds(rawValue: 1 << 5)
    /// Any number (JSON schema's `number`).
    static let number: ComposeScalarKinds = [.integer, .float]

    /// How a value of this (single) type is named in messages.
    var noun: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .boolean: "a boolean"
        case .null: "null"
        case .timestamp: "a date"
        default: "a number"
        }
    }

    /// The names of the types in the set, in a fixed order.
    var nouns: [String] {
        var result: [String] = []
        if contains(.string) { result.append("a string") }
        if contains(.number) { result.append("a number") } else if contains(.integer) { result.append("an integer") }
        if contains(.boolean) { result.append("a boolean") }
        if contains(.null) { result.append("null") }
        return result
    }
}
