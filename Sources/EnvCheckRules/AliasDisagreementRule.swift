import EnvCheckCore

/// `alias-disagreement`: a variable and its alias are set to values that mean different things.
struct AliasDisagreementRule: Rule {
    let description = RuleDescription(
        id: "alias-disagreement",
        severity: .error,
        summary: "A variable and its alias are set to different values",
        rationale: "Aliases are other names the same setting is read under (the API reads IDEMPOTENCY_MAX, the "
            + "Vite front end VITE_IDEMPOTENCY_MAX): when they differ, two parts of the system disagree. Values are "
            + "compared as the type reads them, so 200 and 0200 (both the integer 200), or 1h and 60m, agree. A "
            + "value that does not parse is left to invalid-value. Reported at the alias, against the variable "
            + "(or, when only aliases are set, against the first alias set).",
        subject: .schema,
        exampleSchema: """
            variables:
              IDEMPOTENCY_MAX:
                type: integer
                aliases: [VITE_IDEMPOTENCY_MAX]
              IDEMPOTENCY_TTL:
                type: duration
                aliases: [VITE_IDEMPOTENCY_TTL, IDEMPOTENCY_WINDOW]
            """,
        passing: [
            "IDEMPOTENCY_MAX=200\nVITE_IDEMPOTENCY_MAX=0200\nIDEMPOTENCY_TTL=1h\nVITE_IDEMPOTENCY_TTL=60m\n",
            "IDEMPOTENCY_MAX=200\nVITE_IDEMPOTENCY_MAX=lots\n",
            "VITE_IDEMPOTENCY_MAX=100\n",
        ],
        failing: [
            "IDEMPOTENCY_MAX=200\nVITE_IDEMPOTENCY_MAX=100\n",
            "VITE_IDEMPOTENCY_TTL=24h\nIDEMPOTENCY_WINDOW=12h\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        context.schema.variables.flatMap { spec -> [Diagnostic] in
            let typed = context.setNames(of: spec).compactMap { name -> (name: String, value: TypedValue)? in
                guard let value = context.parseResult(of: name, spec: spec)?.value else { return nil }
                return (name, value)
            }
            guard let reference = typed.first else { return [] }
            return typed.dropFirst().filter { $0.value != reference.value }.map { alias in
                context.valueDiagnostic(
                    description,
                    "Alias \(alias.name) is set to a different \(spec.typeName) than \(reference.name)",
                    variable: alias.name,
                    help: "\(reference.name) is set at \(context.place(of: reference.name)); give both the same value, "
                        + "or remove \(alias.name)")
            }
        }
    }
}
