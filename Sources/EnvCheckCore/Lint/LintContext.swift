/// What a rule sees: the parsed file, its resolution, and helpers to build diagnostics.
public struct LintContext: Sendable {
    /// The parsed file.
    public let file: EnvFile
    /// The values compose would compute, with the interpolation of each statement.
    public let resolution: DotenvResolution
    /// The process environment the file was resolved against.
    public let environment: ProcessEnvironment
    /// The assignments of the file with their statement index. Computed on each use: checks that
    /// run over every statement read `file.summaries` and fetch the few assignments they need.
    public var assignments: [(index: Int, assignment: EnvAssignment)] {
        file.statements.enumerated().compactMap { index, statement in
            statement.assignment.map { (index, $0) }
        }
    }

    /// Creates a context, resolving the file.
    public init(file: EnvFile, environment: ProcessEnvironment) {
        self.file = file
        self.environment = environment
        self.resolution = DotenvResolution(file: file, environment: environment)
    }

    /// The file's source.
    public var source: SourceFile { file.source }

    /// A diagnostic at a byte range, with the rule's default severity.
    public func diagnostic(
        _ rule: RuleDescription, _ message: String, at range: Range<Int>, help: String? = nil, fix: Fix? = nil
    ) -> Diagnostic {
        Diagnostic(ruleID: rule.id, severity: rule.severity, message: message, path: source.path,
                   range: source.range(range), help: help, fix: fix)
    }

}
