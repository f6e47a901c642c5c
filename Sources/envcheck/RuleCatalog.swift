import EnvCheckCore
import EnvCheckRules

/// The rules the CLI knows: the built-in registry plus the engine's own diagnostics.
enum RuleCatalog {
    /// An engine over every built-in rule.
    static func engine(_ configuration: LintConfiguration = LintConfiguration()) -> LintEngine {
        LintEngine(rules: BuiltinRules.all, configuration: configuration)
    }

    /// Every rule description, sorted by id.
    static var descriptions: [RuleDescription] {
        engine().descriptions.sorted { $0.id < $1.id }
    }
}
