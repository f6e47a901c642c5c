/// Where a resolved value came from.
public enum Provenance: Sendable, Hashable {
    /// A statement of a file: its path and 1-based line.
    case file(path: String, line: Int)
    /// The process environment (a bare `KEY` line inherits it).
    case processEnvironment
}

/// A variable's final value and where it was set.
public struct ResolvedVariable: Sendable {
    /// The variable's name.
    public var name: String
    /// Its value, as the app would see it.
    public var value: [UInt8]
    /// Where it was set; the last entry is the one that wins.
    public var provenance: [Provenance]

    /// Creates a resolved variable.
    public init(name: String, value: [UInt8], provenance: [Provenance]) {
        self.name = name
        self.value = value
        self.provenance = provenance
    }

    /// The value as text (invalid UTF-8 repaired).
    public var text: String { String(decoding: value, as: UTF8.self) }
}
