/// A check over one subject: a `.env` file, or a compose project. Rules are stateless; the
/// engine applies severity overrides and suppression comments afterwards, so a rule only
/// reports what it sees. A rule implements the `check` of its subject; the other returns nothing.
public protocol Rule: Sendable {
    /// The rule's id, severity, documentation and examples.
    var description: RuleDescription { get }
    /// Every finding in a `.env` file.
    func check(_ context: LintContext) -> [Diagnostic]
    /// Every finding in a compose project.
    func check(_ project: ComposeProject) -> [Diagnostic]
    /// Every finding about the project's variables against its schema.
    func check(_ context: SchemaContext) -> [Diagnostic]
}

extension Rule {
    /// A rule about `.env` files finds nothing in a compose project.
    public func check(_ project: ComposeProject) -> [Diagnostic] { [] }
    /// A rule about compose files finds nothing in a `.env` file.
    public func check(_ context: LintContext) -> [Diagnostic] { [] }
    /// A rule about files finds nothing against the schema.
    public func check(_ context: SchemaContext) -> [Diagnostic] { [] }
}
