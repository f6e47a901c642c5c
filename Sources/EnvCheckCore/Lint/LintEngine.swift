/// Runs the rules over a file, then applies configuration and suppression comments once.
public struct LintEngine: Sendable {
    /// The rules available (the registry).
    public let rules: [any Rule]
    /// Which run and at what severity.
    public let configuration: LintConfiguration

    /// Creates an engine.
    public init(rules: [any Rule], configuration: LintConfiguration = LintConfiguration()) {
        self.rules = rules
        self.configuration = configuration
    }

    /// Every rule description the engine can report, its own included.
    public var descriptions: [RuleDescription] {
        rules.map(\.description) + [SuppressionComments.descriptionForUnknownID]
    }

    /// Lints one parsed file.
    public func lint(_ file: EnvFile, environment: ProcessEnvironment) -> [Diagnostic] {
        lint(LintContext(file: file, environment: environment))
    }

    /// Lints a file whose context is already built.
    public func lint(_ context: LintContext) -> [Diagnostic] {
        var found = findings(inputBytes: context.source.bytes.count) { $0.check(context) }
        let suppressions = SuppressionComments(file: context.file)
        found += unknownIDs(in: suppressions, context: context)
        return found
            .filter { !suppressions.suppresses($0) }
            .map(applyingSeverityOverride)
            .sorted()
    }

    /// Lints a compose project: the compose rules, then suppression comments of each compose file.
    public func lint(_ project: ComposeProject) -> [Diagnostic] {
        let found = findings(inputBytes: project.files.reduce(0) { $0 + $1.source.bytes.count }) { $0.check(project) }
        var suppressions: [String: SuppressionComments] = [:]
        for file in project.files {
            suppressions[file.source.path] = SuppressionComments(yaml: file.source)
        }
        return found
            .filter { diagnostic in !(suppressions[diagnostic.path]?.suppresses(diagnostic) ?? false) }
            .map(applyingSeverityOverride)
            .sorted()
    }

    /// Lints the project's variables against its schema.
    public func lint(_ context: SchemaContext) -> [Diagnostic] {
        findings(inputBytes: 0) { $0.check(context) }.map(applyingSeverityOverride).sorted()
    }

    /// What every active rule finds, joined in rule order. Rules are independent reads of one
    /// input: when it is large (`inputBytes`, see `ParallelWork.isWorthwhile`), they run side by side.
    private func findings(inputBytes: Int, _ check: (any Rule) -> [Diagnostic]) -> [Diagnostic] {
        let active = rules.filter { configuration.isActive($0.description) }
        return ParallelWork.map(active.count, worthwhile: ParallelWork.isWorthwhile(inputBytes: inputBytes)) {
            check(active[$0])
        }.flatMap { $0 }
    }

    private func applyingSeverityOverride(_ diagnostic: Diagnostic) -> Diagnostic {
        var adjusted = diagnostic
        if let severity = configuration.severities[diagnostic.ruleID] { adjusted.severity = severity }
        return adjusted
    }

    private func unknownIDs(in suppressions: SuppressionComments, context: LintContext) -> [Diagnostic] {
        let description = SuppressionComments.descriptionForUnknownID
        guard configuration.isActive(description) else { return [] }
        let known = Set(descriptions.map(\.id))
        var result: [Diagnostic] = []
        for directive in suppressions.directives {
            for (id, range) in directive.ruleIDs where !known.contains(id) {
                result.append(context.diagnostic(description, "Unknown rule id \(id) in a suppression comment", at: range,
                                                 help: "Run `envcheck rules` for the list of rule ids"))
            }
        }
        for range in suppressions.malformed {
            result.append(context.diagnostic(description, "Unknown envcheck directive; use disable-next-line, disable or enable",
                                             at: range))
        }
        return result
    }
}
