/// A statement of a `.env` file: what compose reads, in file order.
public enum EnvStatement: Sendable {
    /// `KEY=value`.
    case assignment(EnvAssignment)
    /// `KEY` alone.
    case inherited(EnvInheritedKey)

    /// The key the statement sets.
    public var key: String {
        switch self {
        case .assignment(let a): a.key
        case .inherited(let i): i.key
        }
    }

    /// The byte range of the key.
    public var keyRange: Range<Int> {
        switch self {
        case .assignment(let a): a.keyRange
        case .inherited(let i): i.keyRange
        }
    }

    /// The byte range of the whole statement.
    public var statementRange: Range<Int> {
        switch self {
        case .assignment(let a): a.statementRange
        case .inherited(let i): i.statementRange
        }
    }

    /// The assignment, when this is one.
    public var assignment: EnvAssignment? {
        if case .assignment(let a) = self { return a }
        return nil
    }
}

/// Why compose would refuse a `.env` file, and where.
public struct EnvSyntaxError: Sendable, Hashable {
    /// What kind of syntax error.
    public enum Kind: String, Sendable {
        /// A quote opened and never closed.
        case unterminatedQuote
        /// A character compose does not allow in a key.
        case invalidKeyCharacter
        /// A key with a space inside.
        case spaceInKey
        /// A `${` that is not a valid substitution.
        case invalidInterpolation
        /// A `${VAR:?msg}` / `${VAR?msg}` whose variable is missing.
        case requiredVariable
    }

    /// The kind.
    public var kind: Kind
    /// What is wrong, without any value.
    public var message: String
    /// Where: the bytes to underline.
    public var range: Range<Int>
}
