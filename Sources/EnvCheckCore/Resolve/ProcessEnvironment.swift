#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The variables of a process environment, as compose sees them when it interpolates.
public struct ProcessEnvironment: Sendable {
    /// Name to value.
    public var variables: [String: [UInt8]]

    /// An explicit environment (tests, differential fixtures).
    public init(_ variables: [String: String] = [:]) {
        self.variables = variables.mapValues { Array($0.utf8) }
    }

    /// The environment this process was started with.
    public static func current() -> ProcessEnvironment {
        var environment = ProcessEnvironment()
        var pointer = environ
        while let entry = pointer.pointee {
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self),
                                                  count: strlen(entry)))
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                environment.variables[name] = Array(bytes[(equals + 1)...])
            }
            pointer += 1
        }
        return environment
    }

    /// The value of `name`, or `nil` when it is not set.
    public subscript(name: String) -> [UInt8]? { variables[name] }
}
