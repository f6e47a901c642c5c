import EnvCheckCore

/// `missing-required`: a variable the schema requires in the current environment has no value.
struct MissingRequiredRule: Rule {
    let description = RuleDescription(
        id: "missing-required",
        severity: .error,
        summary: "A variable the schema requires in this environment has no value",
        rationale: "The app reads it at start-up and fails, or worse, runs with a fallback nobody chose. A variable "
            + "counts as set when a layer file of the environment (.env, .env.local, .env.<environment>, "
            + ".env.<environment>.local) or the process environment gives it a value; an empty value counts as "
            + "missing unless the schema says allowEmpty. Only the variable's own name counts (the config bundle "
            + "and the health server read that name), not an alias. A schema default does not count either: the "
            + "app reads the environment, so `envcheck fix` writes the default into .env instead.",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
                required: true
              HEALTH_KEY:
                type: secret
                secret: true
                required: [production]
              IDEMPOTENCY_MAX:
                type: integer
                required: true
                default: 200
              SENTRY_DSN:
                type: string
                required: true
                allowEmpty: true
            """,
        passing: [
            "DATABASE_URL=postgres://app:pw@localhost:5432/app\nIDEMPOTENCY_MAX=200\nSENTRY_DSN=\n",
            "# environment: production\nDATABASE_URL=postgres://app:pw@db.internal:5432/app\nIDEMPOTENCY_MAX=200\n"
                + "SENTRY_DSN=\nHEALTH_KEY=3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e\n",
        ],
        failing: [
            "IDEMPOTENCY_MAX=200\nSENTRY_DSN=\n",
            "DATABASE_URL=\nIDEMPOTENCY_MAX=200\nSENTRY_DSN=\n",
            "DATABASE_URL=postgres://app:pw@localhost:5432/app\nSENTRY_DSN=\n",
            "# environment: production\nDATABASE_URL=postgres://app:pw@db.internal:5432/app\nIDEMPOTENCY_MAX=200\n"
                + "SENTRY_DSN=\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        context.schema.variables.compactMap { spec -> Diagnostic? in
            guard spec.required.applies(to: context.environment) else { return nil }
            let value = context.value(of: spec.name)
            if let value, !value.value.isEmpty || spec.allowEmpty { return nil }
            let state = value == nil ? "is not set" : "is empty"
            return context.declarationDiagnostic(
                description, "Required variable \(spec.name) \(state) for environment \(context.environment)",
                variable: spec.name, help: help(for: spec, context: context))
        }
    }

    /// Where to set it, an alias that is set instead, and the default `fix` would write.
    private func help(for spec: VariableSpec, context: SchemaContext) -> String {
        let files = EnvironmentLayers.fileNames(for: context.environment)
        var text = "Set \(spec.name) in \(files.dropLast().joined(separator: ", ")) or \(files.last ?? ".env"), "
            + "or in the process environment"
        if let alias = spec.aliases.first(where: context.isSet) {
            text += "; its alias \(alias) is set, but the app reads \(spec.name)"
        }
        if let fallback = spec.defaultValue(for: context.environment) {
            text += spec.isSecret
                ? "; `envcheck fix` writes the schema default"
                : "; `envcheck fix` writes the schema default (\(fallback))"
        }
        return text
    }
}
