/// The variables a project's schema files declare, in declaration order, with a digest that
/// changes whenever any schema file changes (so a stale config bundle is detected).
public struct Schema: Sendable {
    /// The variables, in the order declared.
    public var variables: [VariableSpec]
    /// The schema files read.
    public var sources: [SourceFile]
    /// SHA-256 of the schema files' names and bytes, in name order, as hex.
    public var digest: String

    /// The variable named `name`, or the one that lists `name` as an alias.
    public func variable(_ name: String) -> VariableSpec? {
        variables.first { $0.name == name } ?? variables.first { $0.aliases.contains(name) }
    }

    /// Whether the schema declares `name` (as a variable or an alias).
    public func declares(_ name: String) -> Bool {
        variable(name) != nil
    }

    /// An empty schema.
    public static let empty = Schema(variables: [], sources: [], digest: SHA256.hex(of: []))
}
