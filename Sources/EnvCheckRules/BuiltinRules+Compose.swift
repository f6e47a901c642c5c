import EnvCheckCore

extension BuiltinRules {
    /// Rules about compose projects: YAML, ports, env files, dependencies, resources, variables.
    /// (duplicate-key, undefined-variable, required-variable and invalid-interpolation check
    /// compose files too, through their `+Compose` extensions.)
    static let composeRules: [any Rule] = [
        InvalidYAMLRule(),
        ComposeSchemaRule(),
        InvalidExtendsRule(),
        MissingImageRule(),
        DependencyCycleRule(),
        ConflictingKeysRule(),
        InvalidEnvFileRule(),
        InvalidPortRule(),
        PortVariableUndefinedRule(),
        DuplicateHostPortRule(),
        MissingEnvFileRule(),
        UnknownServiceDependencyRule(),
        ProfileDependencyRule(),
        HealthyDependencyWithoutHealthcheckRule(),
        UndeclaredResourceRule(),
        EnvironmentShadowedRule(),
        UndeclaredVariableUseRule(),
    ]
}
