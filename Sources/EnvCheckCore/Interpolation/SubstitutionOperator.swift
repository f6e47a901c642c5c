/// The operator of a braced substitution such as `${VAR:-default}`.
public enum SubstitutionOperator: String, Sendable, Codable, CaseIterable {
    /// `${V:-d}`: `d` when `V` is unset or empty.
    case defaultIfUnsetOrEmpty = ":-"
    /// `${V-d}`: `d` when `V` is unset.
    case defaultIfUnset = "-"
    /// `${V:+a}`: `a` when `V` is set and not empty.
    case alternativeIfSetAndNotEmpty = ":+"
    /// `${V+a}`: `a` when `V` is set.
    case alternativeIfSet = "+"
    /// `${V:?e}`: error `e` when `V` is unset or empty.
    case requiredNotEmpty = ":?"
    /// `${V?e}`: error `e` when `V` is unset.
    case required = "?"

    /// Whether a missing variable is fine because the operator supplies a value.
    public var suppliesFallback: Bool {
        switch self {
        case .defaultIfUnsetOrEmpty, .defaultIfUnset, .alternativeIfSet, .alternativeIfSetAndNotEmpty: true
        case .requiredNotEmpty, .required: false
        }
    }
}

/// A `$VAR` or `${VAR…}` found while interpolating, and what the lookup found.
public struct VariableReference: Sendable, Hashable {
    /// The variable's name.
    public var name: String
    /// The bytes of the whole reference in the template (`$` to the closing brace).
    public var range: Range<Int>
    /// Whether the reference is `${…}`.
    public var isBraced: Bool
    /// The operator, when there is one.
    public var op: SubstitutionOperator?
    /// Whether the variable was set when the reference was expanded.
    public var isDefined: Bool
}

/// Why a template could not be expanded, as compose would refuse it.
public struct InterpolationError: Sendable, Hashable {
    /// The kind of failure.
    public enum Kind: String, Sendable {
        /// `${` that is not a valid substitution (`${}`, `${1}`, `${A B}`, `${A`…).
        case invalidTemplate
        /// `${V:?msg}` or `${V?msg}` with `V` missing.
        case requiredMissing
        /// Defaults nested deeper than envcheck follows (a deliberate limit; compose has none).
        case nestedTooDeeply
    }

    /// The kind.
    public var kind: Kind
    /// The bytes of the template the error is about.
    public var range: Range<Int>
    /// The variable concerned, for `requiredMissing`.
    public var variable: String?
}
