/// A place where a compose file does not follow the Compose Specification.
public struct ComposeSchemaProblem: Sendable, Hashable {
    /// What is wrong, naming the key path but never a value.
    public var message: String
    /// Where: the offending key, or the value of the wrong type or spelling.
    public var location: SourceLocation
    /// The YAML path of the key or value, e.g. `services.web.ports[0]`.
    public var path: String

    /// Creates a problem.
    public init(message: String, location: SourceLocation, path: String) {
        self.message = message
        self.location = location
        self.path = path
    }
}
