/// Which rules run and how severe their findings are: from flags and `.envcheck.yml`.
public struct LintConfiguration: Sendable {
    /// Rules turned off by id.
    public var disabled: Set<String> = []
    /// Opt-in rules turned on by id.
    public var enabled: Set<String> = []
    /// Severity overrides by rule id.
    public var severities: [String: Severity] = [:]

    /// The default configuration: every rule that is not opt-in, at its default severity.
    public init(disabled: Set<String> = [], enabled: Set<String> = [], severities: [String: Severity] = [:]) {
        self.disabled = disabled
        self.enabled = enabled
        self.severities = severities
    }

    /// Whether a rule runs.
    public func isActive(_ rule: RuleDescription) -> Bool {
        if disabled.contains(rule.id) { return false }
        return !rule.isOptIn || enabled.contains(rule.id)
    }
}
