import EnvCheckCore

/// Lints (and optionally fixes) the files of one invocation and decides the exit status.
///
/// With `fix`, safe fixes are written atomically and the report shows what is left. With
/// `fix` and `dryRun`, nothing is written: the diffs go to stdout, then the report of the files
/// as they are.
struct CheckRunner {
    let options: LintOptions
    let fix: Bool
    let dryRun: Bool

    /// Runs and returns the exit status. Unreadable input throws (exit 2).
    func run() throws -> Int32 {
        let settings = try options.settings()
        let engine = RuleCatalog.engine(settings.lint)
        let environment = options.environment
        var diagnostics: [Diagnostic] = []
        var sources: [SourceFile] = []
        var refusedFix = false
        let selection = try Workspace.select(settings.paths)
        for path in selection.dotenvFiles {
            let source = SourceFile(path: path, bytes: try FileSystem.read(path))
            var checked = source
            if fix {
                do {
                    checked = try applyFixes(to: source, engine: engine, environment: environment)
                } catch let refusal as Fixer.UnsafeChange {
                    Output.error(refusal.description)
                    refusedFix = true
                }
            }
            sources.append(checked)
            diagnostics += engine.lint(EnvFile(source: checked), environment: environment)
        }
        for files in selection.composeProjects {
            let project = try ComposeLoader.load(files: files, environment: environment.withProfiles(options.profiles))
            // An env file linted on its own already reports why compose refuses it.
            let linted = Set(sources.map(\.path))
            diagnostics += engine.lint(project).filter { !($0.ruleID == "invalid-env-file" && linted.contains($0.path)) }
            sources += project.sources.filter { source in !sources.contains { $0.path == source.path } }
        }
        let report = LintReport(diagnostics: diagnostics, files: sources, rules: engine.descriptions)
        Output.write(ReportFormat.render(report, format: options.format, quiet: options.quiet))
        let failing = report.diagnostics.contains { $0.severity >= settings.failOn }
        return failing || refusedFix ? ExitStatus.findings : ExitStatus.clean
    }

    /// Fixes one file; returns the source to report on (the fixed one once written).
    private func applyFixes(to source: SourceFile, engine: LintEngine, environment: ProcessEnvironment) throws -> SourceFile {
        let outcome = try Fixer(engine: engine).fix(source, environment: environment)
        guard outcome.changed else { return source }
        if dryRun {
            let before = SecretMasker.automatic(for: source).maskedBytes
            let after = SecretMasker.automatic(for: SourceFile(path: source.path, bytes: outcome.bytes)).maskedBytes
            Output.write(UnifiedDiff.render(path: source.path, before: before, after: after))
            return source
        }
        if source.path == "-" {
            Output.write(String(decoding: outcome.bytes, as: UTF8.self))
        } else {
            try FileSystem.writeAtomically(outcome.bytes, to: source.path)
        }
        return SourceFile(path: source.path, bytes: outcome.bytes)
    }
}
