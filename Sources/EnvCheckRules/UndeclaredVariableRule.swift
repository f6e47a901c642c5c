import EnvCheckCore

/// `undeclared-variable`: a layer file or `.env.example` sets a variable the schema does not declare.
struct UndeclaredVariableRule: Rule {
    let description = RuleDescription(
        id: "undeclared-variable",
        severity: .warning,
        summary: "A .env layer or .env.example sets a variable the schema does not declare",
        rationale: "A variable nobody declared is a typo (DATABSE_URL, so the real one keeps its default), a "
            + "leftover, or a setting the schema should document and type. Each name is reported once per file, "
            + "at its first key; aliases count as declared. Compose's and the Docker CLI's own variables "
            + "(COMPOSE_*, DOCKER_*) are not the app's and are skipped, and so is everything when the schema "
            + "declares nothing.",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
              IDEMPOTENCY_MAX:
                type: integer
                aliases: [VITE_IDEMPOTENCY_MAX]
            """,
        passing: [
            "DATABASE_URL=postgres://app:pw@localhost:5432/app\nIDEMPOTENCY_MAX=200\nVITE_IDEMPOTENCY_MAX=200\n",
            "COMPOSE_PROJECT_NAME=app\nDATABASE_URL=postgres://app:pw@localhost:5432/app\n"
                + "# file: .env.example\nDATABASE_URL=\nIDEMPOTENCY_MAX=200\n",
        ],
        failing: [
            "DATABSE_URL=postgres://app:pw@localhost:5432/app\n",
            "DATABASE_URL=postgres://app:pw@localhost:5432/app\n# file: .env.example\nDATABASE_URL=\nREDIS_URL=\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        guard !context.schema.variables.isEmpty else { return [] }
        let names = context.schema.variables.flatMap { [$0.name] + $0.aliases }
        return (context.layers.files + (context.example.map { [$0] } ?? [])).flatMap { file -> [Diagnostic] in
            var seen: Set<String> = []
            return file.statements.compactMap { statement -> Diagnostic? in
                let name = statement.key
                guard !name.isEmpty, !context.schema.declares(name), !isToolVariable(name), seen.insert(name).inserted
                else { return nil }
                var help = "Declare \(name) in the schema, or remove it"
                if let suggestion = Self.suggestion(for: name, among: names) { help = "Did you mean \(suggestion)? " + help }
                return context.keyDiagnostic(
                    description, "Variable \(name) is set in \(SchemaContext.fileName(file.source.path)) but not declared in the schema",
                    in: file, statement: statement, help: help)
            }
        }
    }

    /// Variables compose and the Docker CLI read from `.env` themselves.
    private func isToolVariable(_ name: String) -> Bool {
        name.hasPrefix("COMPOSE_") || name.hasPrefix("DOCKER_")
    }

    /// The declared name closest to `name`, when at most a third of its length (1–3) edits away.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: distance(name.uppercased(), $0.uppercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= min(3, max(1, best.candidate.count / 3)) ? best.candidate : nil
    }

    /// Levenshtein distance over Unicode scalars.
    private static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a.unicodeScalars)
        let target = Array(b.unicodeScalars)
        var previous = Array(0...target.count)
        for (i, scalar) in source.enumerated() {
            var current = [i + 1]
            for (j, other) in target.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (scalar == other ? 0 : 1)))
            }
            previous = current
        }
        return previous[target.count]
    }
}
