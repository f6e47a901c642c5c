import EnvCheckCore

/// `missing-in-example`: a declared variable that `.env.example` does not list.
struct MissingInExampleRule: Rule {
    let description = RuleDescription(
        id: "missing-in-example",
        severity: .warning,
        summary: "A variable declared in the schema is missing from .env.example",
        rationale: ".env.example is what a new developer copies to start: a variable it leaves out is found only "
            + "when the app fails. Every declared variable that is not deprecated should be listed (secrets with "
            + "an empty value). A variable counts as listed when the example sets it or one of its aliases. "
            + "Nothing is reported when the project has no .env.example.",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
              HEALTH_KEY:
                type: secret
                secret: true
              IDEMPOTENCY_MAX:
                type: integer
                aliases: [VITE_IDEMPOTENCY_MAX]
              LEGACY_DB:
                type: string
                deprecated: Use DATABASE_URL instead
            """,
        passing: [
            "# file: .env.example\nDATABASE_URL=postgres://app:app@localhost:5432/app\nHEALTH_KEY=\nIDEMPOTENCY_MAX=200\n",
            "# file: .env.example\nDATABASE_URL=\nHEALTH_KEY=\nVITE_IDEMPOTENCY_MAX=200\n",
            "DATABASE_URL=postgres://app:app@localhost:5432/app\n",
        ],
        failing: [
            "# file: .env.example\nDATABASE_URL=postgres://app:app@localhost:5432/app\nIDEMPOTENCY_MAX=200\n",
            "# file: .env.example\n# HEALTH_KEY=\nDATABASE_URL=\nIDEMPOTENCY_MAX=200\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        guard let example = context.example else { return [] }
        let listed = Set(example.keys)
        let name = SchemaContext.fileName(example.source.path)
        return context.schema.variables.compactMap { spec -> Diagnostic? in
            guard spec.deprecation == nil, !([spec.name] + spec.aliases).contains(where: listed.contains) else { return nil }
            let value = spec.isSecret ? "an empty value" : "its example or default value"
            return context.declarationDiagnostic(
                description, "Variable \(spec.name) is declared in the schema but missing from \(name)",
                variable: spec.name, help: "Add \(spec.name) to \(name) with \(value) and a comment saying what it is for")
        }
    }
}
