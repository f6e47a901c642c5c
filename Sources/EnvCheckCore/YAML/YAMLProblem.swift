/// Something wrong with a YAML document, at the place libyaml or the composer found it.
public struct YAMLProblem: Sendable, Hashable {
    /// What kind of problem.
    public enum Kind: String, Sendable {
        /// libyaml's own syntax error.
        case syntax
        /// A mapping key given twice.
        case duplicateKey
        /// `*name` with no `&name` before it.
        case unknownAlias
        /// Aliases that expand to more nodes than envcheck allows (a "billion laughs" file).
        case aliasExpansion
        /// Nesting deeper than envcheck follows.
        case nesting
        /// A `<<` merge key whose value is not a mapping or a list of mappings.
        case badMerge
    }

    /// What kind of problem.
    public var kind: Kind
    /// The message, naming keys but no values.
    public var message: String
    /// Where.
    public var location: SourceLocation
}
