import EnvCheckCore

/// `invalid-value`: a variable's value is not valid for its schema type (or is suspicious).
struct InvalidValueRule: Rule {
    let description = RuleDescription(
        id: "invalid-value",
        severity: .error,
        summary: "A variable's value does not parse as its schema type",
        rationale: "A value the app cannot read fails at start-up at best; at worst a library reads it another way "
            + "(an unencoded @ in a database password moves the host, a digits-only TRUST_PROXY is an address). "
            + "Each problem the type finds is reported at its column with the exact reason; problems the type "
            + "calls warnings (valid but probably not meant) stay warnings. Aliases are parsed by the same type. "
            + "Variables of type secret are left to weak-secret, whose severity depends on the environment.",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
              IDEMPOTENCY_TTL:
                type: duration
              IDEMPOTENCY_MAX:
                type: integer
                min: 1
                aliases: [VITE_IDEMPOTENCY_MAX]
              TRUST_PROXY:
                type: trust-proxy
            """,
        passing: [
            "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app\nIDEMPOTENCY_TTL=24h\nIDEMPOTENCY_MAX=200\n"
                + "VITE_IDEMPOTENCY_MAX=200\nTRUST_PROXY='loopback, linklocal, uniquelocal'\n",
            "DATABASE_URL=postgres://app:p%40ss@db:5432/app?sslmode=require\nTRUST_PROXY=10.0.0.0/8, 172.16.0.0/12\n",
            "UNDECLARED=anything\n",
        ],
        failing: [
            "DATABASE_URL=postgres://app:p@ss@db:5432/app\n",
            "IDEMPOTENCY_TTL=1.5h\n",
            "IDEMPOTENCY_MAX=0\n",
            "VITE_IDEMPOTENCY_MAX=many\n",
            "TRUST_PROXY=1\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        context.schema.variables.flatMap { spec -> [Diagnostic] in
            guard !(spec.type is SecretType) else { return [] }
            return ([spec.name] + spec.aliases).flatMap { name -> [Diagnostic] in
                guard let result = context.parseResult(of: name, spec: spec) else { return [] }
                return result.problems.map { problem in
                    let message = problem.severity == .error
                        ? "\(name) is not a valid \(spec.typeName): \(problem.message.continuingSentence)"
                        : "\(name) (\(spec.typeName)): \(problem.message.continuingSentence)"
                    return context.valueDiagnostic(description, message, variable: name, offset: problem.offset,
                                                   severity: problem.severity)
                }
            }
        }
    }
}
