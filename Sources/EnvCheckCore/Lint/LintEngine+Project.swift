extension LintEngine {
    /// Lints a compose project next to `.env` files already linted on their own: an env file
    /// among `linted` already reports why compose refuses it, so `invalid-env-file` does not
    /// repeat that finding.
    public func lint(_ project: ComposeProject, besides linted: [SourceFile]) -> [Diagnostic] {
        let paths = Set(linted.map(\.path))
        return lint(project).filter { !($0.ruleID == "invalid-env-file" && paths.contains($0.path)) }
    }

    /// Everything that must hold before a configuration is bundled (`envcheck bundle`, and the
    /// health server started without a bundle): the schema's own problems, the schema rules over
    /// `context`, each `.env` layer, and the snapshot's compose project.
    public func lintBeforeBundling(_ snapshot: ProjectSnapshot, context: SchemaContext) -> [Diagnostic] {
        let layers = context.layers.files
        var diagnostics = snapshot.workspace.schemaProblems + lint(context)
        for file in layers { diagnostics += lint(file, environment: context.process) }
        if let project = snapshot.compose { diagnostics += lint(project, besides: layers.map(\.source)) }
        return diagnostics
    }
}
