import EnvCheckCore

/// `missing-from-env`: `.env.example` lists a variable that no layer and no process variable sets.
struct MissingFromEnvRule: Rule {
    let description = RuleDescription(
        id: "missing-from-env",
        severity: .info,
        summary: "A variable listed in .env.example is set by no layer file and not in the process environment",
        rationale: "The example lists what the project expects: a variable left out of the local layers usually "
            + "means the .env was copied before the example gained it. Only a hint — the app may have a default — "
            + "and only when at least one layer file exists (a project without any .env is not set up yet). It is "
            + "reported at the key in .env.example.",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
              REDIS_URL:
                type: redis-url
            """,
        passing: [
            "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\n"
                + "# file: .env.example\nDATABASE_URL=\nREDIS_URL=redis://localhost:6379/0\n",
            "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=\n# file: .env.example\nDATABASE_URL=\nREDIS_URL=\n",
        ],
        failing: [
            "DATABASE_URL=postgres://app:app@localhost:5432/app\n# file: .env.example\nDATABASE_URL=\nREDIS_URL=\n",
            "# a .env with nothing in it yet\n# file: .env.example\nDATABASE_URL=\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        guard let example = context.example, !context.layers.files.isEmpty else { return [] }
        let layerNames = context.layers.files.map { SchemaContext.fileName($0.source.path) }.joined(separator: ", ")
        var seen: Set<String> = []
        return example.statements.compactMap { statement -> Diagnostic? in
            let name = statement.key
            guard !name.isEmpty, context.value(of: name) == nil, seen.insert(name).inserted else { return nil }
            return context.keyDiagnostic(
                description, "Variable \(name) is listed in \(SchemaContext.fileName(example.source.path)) but not set "
                    + "in \(layerNames) or the process environment",
                in: example, statement: statement, help: "Copy \(name) from the example into .env and set it")
        }
    }
}
