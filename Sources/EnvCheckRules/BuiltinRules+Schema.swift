import EnvCheckCore

extension BuiltinRules {
    /// Rules about the project's variables against `schemas/`: presence, values, names, secrets,
    /// production safety, and agreement with the compose services.
    static let schemaRules: [any Rule] = [
        MissingRequiredRule(),
        InvalidValueRule(),
        UndeclaredVariableRule(),
        MissingInExampleRule(),
        MissingFromEnvRule(),
        DeprecatedVariableRule(),
        AliasDisagreementRule(),
        WeakSecretRule(),
        InsecureInProductionRule(),
        ServiceMismatchRule(),
    ]
}
