import ArgumentParser
import EnvCheckCore

/// `envcheck bundle`: validate the configuration of one environment and write it, typed, as a
/// config bundle for the health server.
///
/// The directory's schema workspace (and compose project, if any) is linted as `check` lints it
/// (rule settings from `.envcheck.yml` in the current directory apply); any error-level finding
/// is printed and nothing is written (exit 1). The bundle holds secrets, so it is written
/// atomically with mode 0600; `--redact` writes a shareable copy without them.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Write the validated, typed configuration as a config bundle (JSON) for the health server."
    )

    @Argument(help: "The project directory (default: the current directory).")
    var directory: String = "."

    @Option(help: "Environment whose .env layers to use (default: NODE_ENV, else development).")
    var environment: String?

    @Option(help: "Schema directory (default: schemas/ in the project directory).")
    var schema: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Where to write (- for standard output).")
    var output: String = "config.bundle.json"

    @Flag(help: "Leave secrets out (a shareable copy, mode 0644).")
    var redact = false

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    func run() throws {
        let process = ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
        let engine = RuleCatalog.engine(try ProjectConfiguration.loadForCLI(path: nil).lint)
        let snapshot = try ProjectSnapshot.load(directory: directory, schemaDirectory: schema, environmentFlag: environment,
                                                process: process, typeNamed: ValueTypeRegistry.type(named:))
        guard let context = snapshot.workspace.context else {
            Output.error("\(directory): no schema (schemas/ or --schema DIR); a config bundle needs one")
            throw ExitCode(ExitStatus.inputError)
        }
        let diagnostics = engine.lintBeforeBundling(snapshot, context: context)
        if diagnostics.contains(where: { $0.severity >= .error }) {
            let report = LintReport(diagnostics: diagnostics, files: snapshot.sources, rules: engine.descriptions)
            Output.write(ReportFormat.render(report, format: "text", quiet: false))
            Output.error("Not writing \(output): the configuration has errors")
            throw ExitCode(ExitStatus.findings)
        }
        try write(ConfigBundle.make(context: context, envcheckVersion: EnvCheckCommand.version), environment: context.environment)
    }

    private func write(_ bundle: ConfigBundle, environment: String) throws {
        let bytes = (redact ? bundle.redacted() : bundle).encoded()
        let summary = "\(bundle.variables.count) variables, environment \(environment)\(redact ? ", secrets redacted" : "")"
        if output == "-" {
            Output.write(String(decoding: bytes, as: UTF8.self))
            Output.error("Wrote the config bundle to standard output (\(summary))")
            return
        }
        try FileSystem.writeAtomically(bytes, to: output, mode: redact ? 0o644 : 0o600)
        Output.write("Wrote \(output) (\(summary))\n")
    }

    /// Rule settings from `.envcheck.yml` in the current directory, when there is one.
}
