import EnvCheckCore

/// `weak-secret`: a secret that is a placeholder, too short, too predictable, or copied from `.env.example`.
struct WeakSecretRule: Rule {
    let description = RuleDescription(
        id: "weak-secret",
        severity: .error,
        summary: "A secret is a placeholder, too short or predictable, or the value from .env.example",
        rationale: "A guessable key protects nothing. Every variable with `secret: true` is checked as the secret "
            + "type checks (its own minLength, minEntropy and placeholders when its type is secret; the defaults, "
            + "16 characters and 48 bits, otherwise); for a URL only the password is checked. In production each "
            + "problem is an error, and so is a value equal to the one in .env.example. Elsewhere only a "
            + "placeholder (changeme, your-key-here, xxxx…) is reported, as a warning: short development keys "
            + "are fine. Empty values are missing-required's business.",
        subject: .schema,
        exampleSchema: """
            variables:
              HEALTH_KEY:
                type: secret
                secret: true
              DATABASE_URL:
                type: postgres-url
                secret: true
            """,
        passing: [
            "HEALTH_KEY=dev-health\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/app\n",
            "# environment: production\nHEALTH_KEY=3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e\n"
                + "DATABASE_URL=postgres://app:Zq8vR2mX7kP4wN9tLs3@db.internal:5432/app\n# file: .env.example\nHEALTH_KEY=\n",
        ],
        failing: [
            "HEALTH_KEY=changeme\n",
            "# environment: production\nHEALTH_KEY=short-key-1\n",
            "# environment: production\nDATABASE_URL=postgres://postgres:postgres@db.internal:5432/app\n",
            "# environment: production\nHEALTH_KEY=3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e\n"
                + "# file: .env.example\nHEALTH_KEY=3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        context.schema.variables.filter(\.isSecret).flatMap { spec -> [Diagnostic] in
            guard let value = context.value(of: spec.name), !value.value.isEmpty else { return [] }
            let severity: Severity = context.isProduction ? .error : .warning
            let (secret, part) = self.secret(in: value.text, spec: spec, context: context)
            guard let secret, !secret.isEmpty, let checker = checker(for: spec, strict: context.isProduction) else { return [] }
            // One finding per secret: the first weakness found (a placeholder, then length, then entropy).
            var found = checker.parse(secret).problems.prefix(1).map { problem in
                context.valueDiagnostic(description, "\(part) of \(spec.name) is weak: \(problem.message.continuingSentence)",
                                        variable: spec.name, severity: severity,
                                        help: problem.message.contains("openssl") ? nil
                                            : "Generate one (e.g. openssl rand -hex 32) and keep it out of the repository")
            }
            if context.isProduction, let copied = exampleValue(of: spec.name, context: context), copied == value.value {
                found.append(context.valueDiagnostic(
                    description, "\(spec.name) has the value from .env.example in production", variable: spec.name,
                    severity: .error, help: "The example is public: generate a new \(spec.name) for production"))
            }
            return found
        }
    }

    /// The text to check: a URL's password, or the whole value; and how to name it. Nil when
    /// a value of another type does not parse (invalid-value reports that).
    private func secret(in text: String, spec: VariableSpec, context: SchemaContext) -> (String?, String) {
        if spec.type is SecretType { return (text, "The value") }
        switch context.parsed[spec.name]?.value {
        case .postgres(let url)?: return (url.password, "The password")
        case .redis(let url)?: return (url.password, "The password")
        case .url(let parts)?: return (parts.password, "The password")
        case nil: return (nil, "The value")
        default: return (text, "The value")
        }
    }

    /// The variable's own secret type, or the defaults; outside production only placeholders count.
    private func checker(for spec: VariableSpec, strict: Bool) -> SecretType? {
        guard var type = (spec.type as? SecretType) ?? (try? SecretType(options: TypeOptions())) else { return nil }
        if !strict {
            type.minLength = 0
            type.minEntropy = 0
        }
        return type
    }

    /// The value `.env.example` gives the variable, resolved as compose reads it.
    private func exampleValue(of name: String, context: SchemaContext) -> [UInt8]? {
        guard let example = context.example,
              let value = DotenvResolution(file: example, environment: context.process).value(of: name)?.value,
              !value.isEmpty else { return nil }
        return value
    }
}
