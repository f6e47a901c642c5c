/// A check over one `.env` file. Rules are stateless; the engine applies severity overrides and
/// suppression comments afterwards, so a rule only reports what it sees.
public protocol Rule: Sendable {
    /// The rule's id, severity, documentation and examples.
    var description: RuleDescription { get }
    /// Every finding in the file.
    func check(_ context: LintContext) -> [Diagnostic]
}
