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

/// Where the parts of a statement are, for checks that run over every statement: kept in one
/// contiguous array (`EnvFile.summaries`, parallel to `statements`), so a pass over the file
/// reads a few megabytes in order instead of visiting every statement object.
public struct EnvStatementSummary: Sendable {
    /// Whether the statement is an assignment (else a bare, inherited key).
    public let isAssignment: Bool
    /// The separator byte (`=` or `:`); 0 for an inherited key and for compose's empty-key quirk.
    public let separator: UInt8
    /// How the value is quoted (`.none` for an inherited key).
    public let quote: QuoteStyle
    /// The bytes of the key.
    public let keyRange: Range<Int>
    /// Offset of the separator (the end of the key for an inherited key).
    public let separatorOffset: Int
    /// The value as written, quotes included (empty, at the end of the key, for an inherited key).
    public let valueRange: Range<Int>

    /// The value inside its quotes.
    public var innerRange: Range<Int> {
        quote == .none ? valueRange : valueRange.lowerBound + 1..<valueRange.upperBound - 1
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
