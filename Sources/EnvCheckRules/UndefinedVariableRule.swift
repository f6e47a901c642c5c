import EnvCheckCore

/// `undefined-variable`: a `$VAR` or `${VAR}` without a fallback to a variable that is not set.
struct UndefinedVariableRule: Rule {
    let description = RuleDescription(
        id: "undefined-variable",
        severity: .warning,
        summary: "A substitution refers to a variable that is not set",
        rationale: "Compose replaces `$VAR` and `${VAR}` with an empty string when VAR is neither in the process "
            + "environment nor set earlier in the file; it reads the file top to bottom, so a key set further down "
            + "does not count. `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `${VAR+alt}` supply a "
            + "fallback and are never reported.",
        passing: [
            "HOST=db\nURL=postgres://${HOST}:5432\nALT=$HOST\n",
            "PORT=${PORT:-5432}\nMODE=${MODE-dev}\nX=${Y:+set}${Z+set}\n",
            "A='${single quotes are literal}'\nB=$$NOT_A_VARIABLE\n",
            "HASH=$2b$12$abcdefghijklmnopqrstuv\n",
        ],
        failing: [
            "URL=http://${HOST}/\n",
            "URL=http://$HOST/\nHOST=db\n",
            "A=\"${MISSING}\"\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for index in context.resolution.interpolatedStatements {
            // Only references without an operator to an unset variable can be findings: look at the
            // statement only when it has one.
            let candidates = context.resolution.entries.references(at: index).filter { $0.op == nil && !$0.isDefined }
            guard !candidates.isEmpty, let assignment = context.file.statements[index].assignment else { continue }
            for reference in candidates where !UnintendedDollar.isUnintended(reference, in: assignment) {
                result.append(finding(reference, assignment, index, context))
            }
        }
        return result
    }

    private func finding(
        _ reference: VariableReference, _ assignment: EnvAssignment, _ index: Int, _ context: LintContext
    ) -> Diagnostic {
        let name = reference.name
        let range = DotenvResolution.fileRange(of: reference.range, in: assignment)
        let help = "Compose substitutes an empty string. Set \(name) in the environment or earlier in the file, or "
            + "give a default with ${\(name):-default}; write $$ for a literal $"
        let statements = context.file.statements
        if let later = statements[(index + 1)...].first(where: { $0.key == name }) {
            let line = SyntaxSupport.line(of: later, in: context)
            return context.diagnostic(
                description,
                "Variable \(name) in the value of \(assignment.key) is only set later, on line \(line); "
                    + "compose reads the file top to bottom",
                at: range, help: "Move the definition of \(name) above this line, or give a default with ${\(name):-default}")
        }
        return context.diagnostic(
            description, "Variable \(name) in the value of \(assignment.key) is not set", at: range, help: help)
    }
}
