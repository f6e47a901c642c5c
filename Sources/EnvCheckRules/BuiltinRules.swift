import EnvCheckCore

/// The registry of built-in rules: adding a rule is one new file and one line in a group.
public enum BuiltinRules {
    /// Every built-in rule, in the order they are documented.
    public static let all: [any Rule] = syntaxRules + styleRules + composeRules + schemaRules

    /// The rule with `id`, if there is one.
    public static func rule(_ id: String) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
