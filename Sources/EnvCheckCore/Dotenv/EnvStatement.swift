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

/// Where the parts of a statement are: the one record the parser keeps per statement, in one
/// contiguous array (`EnvFile.summaries`). Offsets are stored as 32-bit integers (files are at most
/// `FileSystem.maximumFileSize`, far below 4 GiB; larger byte arrays are refused by the parser),
/// so a pass over a large file reads a few megabytes in order and no object is made per statement;
/// `EnvFile.statements` builds the full `EnvStatement` of an index when it is asked for.
public struct EnvStatementSummary: Sendable {
    private let keyStart: UInt32, keyEnd: UInt32, separatorAt: UInt32
    private let valueStart: UInt32, valueEnd: UInt32, statementStart: UInt32
    /// The separator byte (`=` or `:`); 0 for an inherited key and for compose's empty-key quirk.
    public let separator: UInt8
    /// How the value is quoted (`.none` for an inherited key).
    public let quote: QuoteStyle
    private let flags: UInt8

    private static let assignmentFlag: UInt8 = 1, exportFlag: UInt8 = 2, commentFlag: UInt8 = 4, backslashFlag: UInt8 = 8

    /// The record of an assignment (`statementStart` is where `export` starts when there is one).
    init(assignmentWithKey keyRange: Range<Int>, hasExport: Bool, separator: UInt8, separatorOffset: Int, quote: QuoteStyle,
         valueRange: Range<Int>, commentRange: Range<Int>?, statementStart: Int, hasBackslash: Bool) {
        self.keyStart = UInt32(keyRange.lowerBound)
        self.keyEnd = UInt32(keyRange.upperBound)
        self.separatorAt = UInt32(separatorOffset)
        self.valueStart = UInt32(valueRange.lowerBound)
        self.valueEnd = UInt32(valueRange.upperBound)
        self.statementStart = UInt32(statementStart)
        self.separator = separator
        self.quote = quote
        self.flags = Self.assignmentFlag | (hasExport ? Self.exportFlag : 0) | (commentRange != nil ? Self.commentFlag : 0)
            | (hasBackslash ? Self.backslashFlag : 0)
    }

    /// The record of a bare `KEY` line.
    init(inheritedKey keyRange: Range<Int>, statementStart: Int) {
        self.keyStart = UInt32(keyRange.lowerBound)
        self.keyEnd = UInt32(keyRange.upperBound)
        self.separatorAt = keyEnd
        self.valueStart = keyEnd
        self.valueEnd = keyEnd
        self.statementStart = UInt32(statementStart)
        self.separator = 0
        self.quote = .none
        self.flags = 0
    }

    /// Whether the value is quoted with a backslash inside: its template is then made by
    /// `QuotedTemplate` (else it is the inner bytes, unchanged).
    var hasBackslashInQuotes: Bool { flags & Self.backslashFlag != 0 }
    /// Whether the statement is an assignment (else a bare, inherited key).
    public var isAssignment: Bool { flags & Self.assignmentFlag != 0 }
    /// The bytes of the key.
    public var keyRange: Range<Int> { Int(keyStart)..<Int(keyEnd) }
    /// Offset of the separator (the end of the key for an inherited key).
    public var separatorOffset: Int { Int(separatorAt) }
    /// The value as written, quotes included (empty, at the end of the key, for an inherited key).
    public var valueRange: Range<Int> { Int(valueStart)..<Int(valueEnd) }
    /// The value inside its quotes.
    public var innerRange: Range<Int> {
        quote == .none ? valueRange : Int(valueStart) + 1..<Int(valueEnd) - 1
    }
    /// The `export` keyword, when present.
    public var exportRange: Range<Int>? {
        flags & Self.exportFlag != 0 ? Int(statementStart)..<Int(statementStart) + 6 : nil
    }
    /// Whether an unquoted value has an inline comment (` # …`; see `EnvStatements.commentRange`).
    var hasComment: Bool { flags & Self.commentFlag != 0 }
    /// The whole statement, from the first byte of `export`/key to the end of the value.
    public var statementRange: Range<Int> { Int(statementStart)..<Int(valueEnd) }
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
