/// Everything a reporter needs: the findings, the files they are in, and the rules that made them.
public struct LintReport: Sendable {
    /// The findings, sorted by file, line, column and rule.
    public var diagnostics: [Diagnostic]
    /// The files checked, in the order given, with their bytes (for code frames).
    public var files: [SourceFile]
    /// The descriptions of the rules that can appear, by id (for help texts and SARIF rules).
    public var rules: [String: RuleDescription]
    /// The `.env` files already parsed, by path, so reporters need not parse them again.
    public var parsedFiles: [String: EnvFile] = [:]

    /// Creates a report; diagnostics are sorted.
    public init(diagnostics: [Diagnostic], files: [SourceFile], rules: [RuleDescription]) {
        self.diagnostics = diagnostics.sorted()
        self.files = files
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The source of a path, if it was checked.
    public func file(at path: String) -> SourceFile? {
        files.first { $0.path == path }
    }

    /// How many findings there are of each severity.
    public func count(of severity: Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }
}
