/// One finding: plain data that knows nothing about how it is reported.
///
/// Messages name the key and the place but never echo a value, so a diagnostic can be printed
/// anywhere without leaking a secret.
public struct Diagnostic: Sendable, Hashable {
    /// The rule's kebab-case id, e.g. `duplicate-key`.
    public var ruleID: String
    /// The effective severity (after `.envcheck` overrides).
    public var severity: Severity
    /// What is wrong, in sentence case, without a trailing period.
    public var message: String
    /// The file the finding is in (its path as given).
    public var path: String
    /// Where in the file.
    public var range: SourceRange
    /// A hint that says how to fix it by hand, when no automatic fix exists or as extra help.
    public var help: String?
    /// The fix, when one can be computed.
    public var fix: Fix?

    /// Creates a diagnostic.
    public init(
        ruleID: String, severity: Severity, message: String, path: String, range: SourceRange,
        help: String? = nil, fix: Fix? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.help = help
        self.fix = fix
    }

    /// The start line, for sorting and reporting.
    public var line: Int { range.start.line }
    /// The start column, for sorting and reporting.
    public var column: Int { range.start.column }
}

extension Diagnostic: Comparable {
    /// Orders by file, position, then rule id, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.ruleID) < (rhs.path, rhs.line, rhs.column, rhs.ruleID)
    }
}
