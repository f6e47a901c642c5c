/// The options written next to `type:` for one variable, as scalars and lists of scalars,
/// with typed accessors that throw a `TypeOptionError` naming the option.
public struct TypeOptions: Sendable {
    /// Scalar options by key.
    public var scalars: [String: String]
    /// List options by key.
    public var lists: [String: [String]]

    /// Creates options.
    public init(scalars: [String: String] = [:], lists: [String: [String]] = [:]) {
        self.scalars = scalars
        self.lists = lists
    }

    /// An integer option.
    public func integer(_ key: String) throws(TypeOptionError) -> Int? {
        guard let text = scalars[key] else { return nil }
        guard let value = Int(text) else { throw TypeOptionError(key: key, message: "\(key) must be an integer") }
        return value
    }

    /// A number option.
    public func number(_ key: String) throws(TypeOptionError) -> Double? {
        guard let text = scalars[key] else { return nil }
        guard let value = Double(text), value.isFinite else { throw TypeOptionError(key: key, message: "\(key) must be a number") }
        return value
    }

    /// A boolean option (`true`/`false`).
    public func boolean(_ key: String) throws(TypeOptionError) -> Bool? {
        guard let text = scalars[key] else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw TypeOptionError(key: key, message: "\(key) must be true or false")
        }
    }

    /// A string option.
    public func string(_ key: String) -> String? { scalars[key] }

    /// A list option (a single scalar counts as a list of one).
    public func list(_ key: String) -> [String]? {
        lists[key] ?? scalars[key].map { [$0] }
    }
}
