import EnvCheckCore

/// `invalid-interpolation`: a `${` that is not a valid substitution.
struct InvalidInterpolationRule: Rule {
    let description = RuleDescription(
        id: "invalid-interpolation",
        severity: .error,
        summary: "A ${…} substitution compose cannot parse",
        rationale: "In unquoted and double-quoted values compose reads `${` as the start of a substitution and "
            + "refuses the whole file when no valid `${NAME}` or `${NAME<op>arg}` follows: `${}`, `${1}`, "
            + "`${A B}` and an unclosed `${A` all fail. A literal `${` is written `$${`, or put in single quotes.",
        passing: [
            "A=${HOME}\nB=${UNSET:-default}\nC=${UNSET-}\n",
            "A='${not interpolated}'\nB=$${literal}\nC=\"\\${escaped}\"\n",
            "A=$1 $ and $\n",
        ],
        failing: [
            "A=${}\n",
            "A=${1}\n",
            "A=\"${A B}\"\n",
            "A=${A\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        // Any interpolation error sets the resolution's failure: none, nothing to report.
        guard context.resolution.failure != nil else { return [] }
        var result: [Diagnostic] = []
        for index in context.resolution.interpolatedStatements {
            guard let assignment = context.file.statements[index].assignment else { continue }
            for error in context.resolution.entries[index].interpolation?.errors ?? [] where error.kind != .requiredMissing {
                result.append(finding(error, assignment, context))
            }
        }
        return result
    }

    private func finding(_ error: InterpolationError, _ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic {
        let start = assignment.sourceOffset(ofTemplateIndex: error.range.lowerBound)
        let message = error.kind == .nestedTooDeeply
            ? "Substitution in the value of \(assignment.key) is nested too deeply to check"
            : "Invalid substitution in the value of \(assignment.key)"
        return context.diagnostic(
            description, message, at: start..<max(start + 1, min(start + 2, assignment.innerRange.upperBound)),
            help: "Compose refuses the whole file. Write ${NAME} or ${NAME:-default} with NAME made of letters, digits "
                + "and _ (not starting with a digit); for a literal ${ write $${",
            fix: Fix(title: "Escape the $ as $$", edits: [TextEdit(range: start..<start, replacement: "$")], isSafe: false))
    }
}
