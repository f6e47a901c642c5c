import EnvCheckCore

/// `required-variable`: a `${VAR:?message}` or `${VAR?message}` whose variable is missing.
struct RequiredVariableRule: Rule {
    let description = RuleDescription(
        id: "required-variable",
        severity: .error,
        summary: "A required variable (${VAR:?message}) is not set",
        rationale: "`${VAR:?message}` demands that VAR is set and not empty, `${VAR?message}` that it is set. When "
            + "it is not, compose stops with the message and refuses the whole file, so nothing starts.",
        passing: [
            "DB=postgres\nURL=${DB:?set DB first}\n",
            "EMPTY=\nA=${EMPTY?may be empty}\n",
            "A=${OPTIONAL:-fallback}\n",
        ],
        failing: [
            "URL=${DB:?set DB first}\n",
            "EMPTY=\nA=${EMPTY:?must not be empty}\n",
            "A=\"prefix-${TOKEN?}\"\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        // Any interpolation error sets the resolution's failure: none, nothing to report.
        guard context.resolution.failure != nil else { return [] }
        var result: [Diagnostic] = []
        for index in context.resolution.interpolatedStatements {
            guard let assignment = context.file.statements[index].assignment,
                  let interpolation = context.resolution.entries[index].interpolation else { continue }
            for error in interpolation.errors where error.kind == .requiredMissing {
                let reference = interpolation.references.first { $0.range == error.range }
                result.append(finding(error, reference, assignment, context))
            }
        }
        return result
    }

    private func finding(
        _ error: InterpolationError, _ reference: VariableReference?, _ assignment: EnvAssignment, _ context: LintContext
    ) -> Diagnostic {
        let name = error.variable ?? ""
        let state = reference?.isDefined == true ? "is empty" : "is not set"
        let nonEmpty = reference?.op == .requiredNotEmpty ? " to a non-empty value" : ""
        return context.diagnostic(
            description, "Required variable \(name) \(state) (in the value of \(assignment.key))",
            at: DotenvResolution.fileRange(of: error.range, in: assignment),
            help: "Compose refuses the whole file. Set \(name)\(nonEmpty) in the environment or earlier in the "
                + "file, or use ${\(name):-default} if it is optional")
    }
}
