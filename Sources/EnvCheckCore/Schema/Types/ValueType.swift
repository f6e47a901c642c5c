/// A schema value type: parses a variable's text into a typed value, or says exactly why not.
///
/// Each type is one struct, configured from the options written next to `type:` in a schema
/// file (`min`, `max`, `schemes`, `unit`, …).
public protocol ValueType: Sendable {
    /// The name used in schema files (`duration`, `postgres-url`, …).
    static var name: String { get }
    /// The option keys the type accepts in a schema file.
    static var optionKeys: Set<String> { get }
    /// Creates the type from its options; a bad option throws with a message.
    init(options: TypeOptions) throws(TypeOptionError)
    /// Parses a value. Problems of severity `.error` mean the value is invalid; warnings may
    /// come with a typed value.
    func parse(_ text: String) -> ValueParseResult
}

/// The result of parsing one value.
public struct ValueParseResult: Sendable, Hashable {
    /// The typed value, when the text is valid (possibly with warnings).
    public var value: TypedValue?
    /// What is wrong or suspicious.
    public var problems: [ValueProblem]

    /// A valid value with no problems.
    public static func valid(_ value: TypedValue) -> ValueParseResult {
        ValueParseResult(value: value, problems: [])
    }

    /// An invalid value.
    public static func invalid(_ message: String, at offset: Int? = nil) -> ValueParseResult {
        ValueParseResult(value: nil, problems: [ValueProblem(severity: .error, message: message, offset: offset)])
    }

    /// Creates a result.
    public init(value: TypedValue?, problems: [ValueProblem]) {
        self.value = value
        self.problems = problems
    }
}

/// Why a value is invalid or suspicious. Messages never quote the value (it may be secret);
/// they may quote a short non-secret part such as a scheme or a unit.
public struct ValueProblem: Sendable, Hashable {
    /// `.error`: invalid. `.warning`: valid but probably not what was meant.
    public var severity: Severity
    /// The exact reason, in sentence case without a trailing period.
    public var message: String
    /// Where in the value (0-based, in Unicode scalars), when the problem has a place.
    public var offset: Int?

    /// Creates a problem.
    public init(severity: Severity, message: String, offset: Int? = nil) {
        self.severity = severity
        self.message = message
        self.offset = offset
    }
}

/// A type option in a schema file was wrong.
public struct TypeOptionError: Error, Sendable, Hashable {
    /// The option key.
    public var key: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }
}
