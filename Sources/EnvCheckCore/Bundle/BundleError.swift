/// A config bundle could not be read or used: one line for stderr that names the field or the
/// variable but never prints a value.
public struct BundleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The one-line message.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
