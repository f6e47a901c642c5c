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
        // Independent reads of one parsed file: a large file's rules run side by side.
        let active = rules.filter { configuration.isActive($0.description) }
        let isLarge = context.source.bytes.count >= ParallelWork.minimumInputBytes
        var found = ParallelWork.map(active.count, worthwhile: isLarge) { active[$0].check(context) }.flatMap { $0 }
        let suppressions = SuppressionComments(file: context.file)
        found += unknownIDs(in: suppressions, context: context)
        return found
            .filter { !suppressions.suppresses($0) }
            .map(applyingSeverityOverride)
            .sorted()
    }

    /// Lints a compose project: the compose rules, then suppression comments of each compose file.
    public func lint(_ project: ComposeProject) -> [Diagnostic] {
        // The compose rules are independent reads of one project: they run side by side, and
        // their findings are joined in rule order.
        let active = rules.filter { configuration.isActive($0.description) }
        let size = project.files.reduce(0) { $0 + $1.source.bytes.count }
        let found = ParallelWork.map(active.count, worthwhile: size >= ParallelWork.minimumInputBytes) {
            active[$0].check(project)
        }.flatMap { $0 }
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
        var found: [Diagnostic] = []
        for rule in rules where configuration.isActive(rule.description) {
            found += rule.check(context)
        }
        return found.map(applyingSeverityOverride).sorted()
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
