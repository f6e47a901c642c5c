import EnvCheckCore

/// `unintended-interpolation`: a `$` that compose expands although the value looks literal.
struct UnintendedInterpolationRule: Rule {
    let description = RuleDescription(
        id: "unintended-interpolation",
        severity: .warning,
        summary: "A $ in a value that compose expands although it looks literal",
        rationale: "Compose expands `$NAME` in unquoted and double-quoted values. In a bcrypt hash such as "
            + "`$2b$12$abc…` the `$2` and `$12` stay literal (a digit cannot start a name) but `$abc…` is replaced "
            + "by an empty string, silently corrupting the hash; `pa$word` in a password loses `$word`. Write `$$` "
            + "for a literal `$`, or use single quotes, which compose never interpolates.",
        passing: [
            "HASH='$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'\n",
            "HASH=$$2b$$12$$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n",
            "USER=app\nDB_PASSWORD=${DB_PASS:-x}\nURL=postgres://$USER@db/app\nHOME_DIR=/home/$USER\n",
            "DB_PASSWORD=$POSTGRES_PASSWORD\nPRICE=5$\n",
        ],
        failing: [
            "HASH=$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n",
            "DB_PASSWORD=pa$word\n",
            "BASIC_AUTH=\"admin:$apr1$ruca84Hq$mbjdMZBAG.KWn7vfN/SNK/\"\n",
            "LABEL=abc$def\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        context.resolution.interpolatedStatements.compactMap { index in
            // Only a bare `$NAME` can be unintended: look at the entry and statement only when it has one.
            guard context.resolution.entries.references(at: index).contains(where: UnintendedDollar.mayBeUnintended),
                  let assignment = context.file.statements[index].assignment else { return nil }
            let entry = context.resolution.entries[index]
            let flagged = UnintendedDollar.references(of: entry, in: assignment)
            guard let first = flagged.first else { return nil }
            return finding(first, flagged, entry.interpolation?.references ?? [], assignment, context)
        }
    }

    private func finding(
        _ first: VariableReference, _ flagged: [VariableReference], _ all: [VariableReference],
        _ assignment: EnvAssignment, _ context: LintContext
    ) -> Diagnostic {
        let key = assignment.key
        let what = UnintendedDollar.looksLikeCryptHash(assignment.template)
            ? "Value of \(key) looks like a password hash, but compose expands the $ in it"
            : "Value of \(key) has a $ that compose expands as a variable"
        let count = flagged.count == 1 ? "" : " (\(flagged.count) places)"
        let raw = context.source.bytes[assignment.innerRange]
        let singleQuotesFit = !raw.contains(SyntaxSupport.singleQuote)
            && (assignment.quote == .none || !raw.contains(SyntaxSupport.backslash))
        let help = "Compose replaces $NAME with the variable's value, or nothing when it is unset. Write $$ for each "
            + "literal $" + (singleQuotesFit ? ", or put the whole value in single quotes, which compose never interpolates" : "")
            + "; note that other dotenv tools read $$ as two dollars"
        return context.diagnostic(
            description, what + count, at: DotenvResolution.fileRange(of: first.range, in: assignment), help: help,
            fix: Fix(title: "Escape each literal $ as $$",
                     edits: UnintendedDollar.escapeEdits(assignment, flagged: flagged, all: all), isSafe: false))
    }
}
