import EnvCheckCore
import EnvCheckReporters
import EnvCheckRules

/// Where the server's configuration comes from: a config bundle file, or — without one — the
/// same resolution and validation `envcheck bundle` runs, over the project directory's schema,
/// its `.env` layers and the process environment. Either way a bad configuration stops the
/// start with a clear message; it never becomes a silent default.
enum ConfigurationSource {
    /// Reads and checks a bundle file.
    static func bundle(at path: String) throws(StartupError) -> (ConfigBundle, AppConfig) {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw StartupError(error.description)
        }
        do {
            let bundle = try ConfigBundle.decode(bytes)
            return (bundle, try AppConfig(bundle: bundle))
        } catch {
            throw StartupError("\(path): \(error.description)")
        }
    }

    /// Resolves and validates the configuration of `directory` over the process environment, as
    /// `envcheck bundle` does; any error-level finding refuses the start (findings as text).
    static func environment(directory: String, schema: String?, environment: String?) throws(StartupError) -> (ConfigBundle, AppConfig) {
        let process = ProcessEnvironment.current()
        let engine = LintEngine(rules: BuiltinRules.all)
        let snapshot: ProjectSnapshot
        do {
            snapshot = try ProjectSnapshot.load(directory: directory, schemaDirectory: schema, environmentFlag: environment,
                                                process: process, typeNamed: ValueTypeRegistry.type(named:))
        } catch {
            throw StartupError(error.description)
        }
        guard let context = snapshot.workspace.context else {
            throw StartupError("\(directory): no schema (schemas/ or --schema DIR) and no --bundle; nothing to validate the environment against")
        }
        let errors = engine.lintBeforeBundling(snapshot, context: context).filter { $0.severity >= .error }
        guard errors.isEmpty else {
            let report = LintReport(diagnostics: errors, files: snapshot.sources, rules: engine.descriptions)
            let text = ReporterRegistry.reporter(named: "text")?.render(report) ?? ""
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while lines.last?.isEmpty == true { lines.removeLast() }
            throw StartupError("Not starting: the configuration has \(errors.count) error\(errors.count == 1 ? "" : "s") "
                + "(fix them, or start with --bundle FILE)", report: lines)
        }
        let bundle = ConfigBundle.make(context: context, envcheckVersion: "envcheck-health \(HealthVersion.text)")
        do {
            return (bundle, try AppConfig(bundle: bundle))
        } catch {
            throw StartupError(error.description)
        }
    }
}
