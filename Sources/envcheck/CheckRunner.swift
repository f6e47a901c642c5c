import EnvCheckCore

/// Lints (and optionally fixes) the files of one invocation and decides the exit status.
///
/// With `fix`, safe fixes are written atomically and the report shows what is left. With
/// `fix` and `dryRun`, nothing is written: the diffs go to stdout, then the report of the files
/// as they are.
struct CheckRunner {
    let options: LintArguments
    let fix: Bool
    let dryRun: Bool

    /// Runs and returns the exit status. Unreadable input throws (exit 2).
    func run() throws -> Int32 {
        PhaseTimings.start()
        let settings = try options.settings()
        let engine = RuleCatalog.engine(settings.lint)
        let environment = options.processEnvironment
        var diagnostics: [Diagnostic] = []
        var sources: [SourceFile] = []
        var linted: [String: LintContext] = [:]
        var refusedFix = false
        let selection = try Workspace.select(settings.paths)
        if fix {
            for directory in selection.directories { try addSchemaDefaults(in: directory, environment: environment) }
        }
        // The large files of the first compose project start parsing now, on threads of their own,
        // while the .env files are read.
        let parsedAhead = (selection.composeProjects.first ?? []).compactMap(YAMLParseAhead.start(path:))
        var contexts: [LintContext] = []
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
            let context = LintContext(file: EnvFile(source: checked), environment: environment)
            linted[path] = context
            contexts.append(context)
            KeptUntilExit.keep(context)
        }
        // While a large compose file is parsed ahead, its composer waits for nothing but the
        // project environment: the .env rules run once it is loaded.
        var dotenvRulesWait = !parsedAhead.isEmpty
        if !dotenvRulesWait {
            for context in contexts { diagnostics += engine.lint(context) }
        }
        PhaseTimings.end(".env files")
        var projects: [String: ComposeProject] = [:]
        for files in selection.composeProjects {
            let project = try ComposeLoader.load(files: files, environment: environment.withProfiles(options.profiles),
                                                 lintedEnvFiles: linted, parsedAhead: parsedAhead)
            if dotenvRulesWait {
                for context in contexts { diagnostics += engine.lint(context) }
                dotenvRulesWait = false
                PhaseTimings.end(".env rules")
            }
            projects[project.projectDirectory] = project
            KeptUntilExit.keep(project)
            diagnostics += engine.lint(project, besides: sources)
            PhaseTimings.end("compose services and rules")
            sources.appendNew(project.sources)
        }
        for directory in selection.directories {
            let workspace = try SchemaWorkspace.load(
                directory: directory, schemaDirectory: options.schema, environmentFlag: options.environment,
                process: environment, compose: projects[directory], typeNamed: ValueTypeRegistry.type(named:))
            diagnostics += workspace.schemaProblems
            if let context = workspace.context {
                diagnostics += engine.lint(context)
                sources.appendNew(context.schema.sources + context.layers.files.map(\.source))
            }
        }
        PhaseTimings.end("schemas")
        var report = LintReport(diagnostics: diagnostics, files: sources, rules: engine.descriptions)
        report.parsedFiles = linted.mapValues(\.file)
        Output.write(ReportFormat.render(report, format: options.format, quiet: options.quiet))
        PhaseTimings.end("report")
        let failing = report.diagnostics.contains { $0.severity >= settings.failOn }
        return failing || refusedFix ? ExitStatus.findings : ExitStatus.clean
    }

    /// Adds the missing variables the schema has defaults for to the directory's `.env` (see
    /// `SchemaDefaultsFixer`), refusing if any existing value would change.
    private func addSchemaDefaults(in directory: String, environment: ProcessEnvironment) throws {
        let path = FileSystem.join(directory, ".env")
        guard FileSystem.exists(path), !FileSystem.isDirectory(path) else { return }
        let workspace = try SchemaWorkspace.load(
            directory: directory, schemaDirectory: options.schema, environmentFlag: options.environment, process: environment,
            compose: nil, typeNamed: ValueTypeRegistry.type(named:))
        guard let context = workspace.context, workspace.schemaProblems.isEmpty else { return }
        let source = SourceFile(path: path, bytes: try FileSystem.read(path))
        let file = EnvFile(source: source)
        let additions = SchemaDefaultsFixer.additions(for: file, context: context)
        guard !additions.isEmpty else { return }
        let bytes = TextEdit.apply(additions.map(\.edit), to: source.bytes)
        let before = DotenvResolution(file: file, environment: environment)
        let after = DotenvResolution(file: EnvFile(source: SourceFile(path: path, bytes: bytes)), environment: environment)
        for variable in before.variables where after.value(of: variable.name)?.value != variable.value {
            Output.error("\(path): not adding schema defaults: the value of \(variable.name) would change")
            return
        }
        if dryRun {
            let masked = { (bytes: [UInt8]) in SecretMasker.automatic(for: SourceFile(path: path, bytes: bytes)).maskedBytes }
            Output.write(UnifiedDiff.render(path: path, before: masked(source.bytes), after: masked(bytes)))
            return
        }
        try FileSystem.writeAtomically(bytes, to: path)
        let names = additions.map { $0.name + ($0.isGenerated ? " (generated secret)" : "") }
        Output.error("\(path): added \(names.joined(separator: ", ")) from the schema")
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

/// Parsed `.env` files kept alive until the process exits. The CLI ends with `exit()`, so freeing
/// a parsed file (one object and a few arrays per statement) is wasted work: on a 100,000-line
/// file the teardown alone took about a tenth of the run. Only the `check` command of the CLI
/// uses this; the library frees everything as usual.
private enum KeptUntilExit {
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Deliberately leaks `value` (a parsed file's context, a compose project): a retain that is
    /// never balanced.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
