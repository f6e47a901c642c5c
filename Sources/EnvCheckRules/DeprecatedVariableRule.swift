import EnvCheckCore

/// `deprecated-variable`: a variable the schema marks deprecated is set.
struct DeprecatedVariableRule: Rule {
    let description = RuleDescription(
        id: "deprecated-variable",
        severity: .warning,
        summary: "A variable the schema marks deprecated is set",
        rationale: "A deprecated variable is about to be ignored: its value will silently stop counting. The "
            + "message gives the schema's reason. When the reason names another declared variable (\"use "
            + "DATABASE_URL\"), that is the replacement, and the help says to move the value there (or that "
            + "it is already set, so the old line can go). Aliases of a deprecated variable are deprecated too.",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
              PG_CONNECTION:
                type: postgres-url
                deprecated: Replaced by DATABASE_URL in 2.0
              LEGACY_CACHE:
                type: boolean
                deprecated: true
                aliases: [OLD_CACHE]
            """,
        passing: [
            "DATABASE_URL=postgres://app:app@localhost:5432/app\n",
            "DATABASE_URL=postgres://app:app@localhost:5432/app\n# file: .env.example\nPG_CONNECTION=\n",
        ],
        failing: [
            "PG_CONNECTION=postgres://app:app@localhost:5432/app\n",
            "LEGACY_CACHE=true\n",
            "OLD_CACHE=false\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        context.schema.variables.flatMap { spec -> [Diagnostic] in
            guard let reason = spec.deprecation else { return [] }
            let replacement = replacement(of: spec, reason: reason, in: context.schema)
            return context.setNames(of: spec).map { name in
                let subject = name == spec.name ? name : "\(name) (an alias of \(spec.name))"
                var help = "Remove \(name)"
                if let replacement {
                    help = context.isSet(replacement)
                        ? "\(replacement) is already set (\(context.place(of: replacement))): remove \(name)"
                        : "Move the value to \(replacement) and remove \(name)"
                }
                let generic = reason == "\(spec.name) is deprecated"
                let message = "Variable \(subject) is deprecated" + (generic ? "" : ": \(reason.continuingSentence)")
                return context.keyDiagnostic(description, message, variable: name, help: help)
            }
        }
    }

    /// The one declared variable, other than this one, that the reason names as a whole word.
    private func replacement(of spec: VariableSpec, reason: String, in schema: Schema) -> String? {
        let words = Set(reason.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") }
            .map { String($0).trimmingTrailingPunctuation })
        let named = schema.variables.filter { $0.name != spec.name && $0.deprecation == nil && words.contains($0.name) }
        return named.count == 1 ? named[0].name : nil
    }
}

extension String {
    /// Without the `.`/`-` a sentence may end a word with.
    fileprivate var trimmingTrailingPunctuation: String {
        var text = Substring(self)
        while let last = text.last, last == "." || last == "-" { text = text.dropLast() }
        return String(text)
    }
}
