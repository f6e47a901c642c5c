import ArgumentParser
import EnvCheckCore
import EnvCheckProbes
import EnvCheckReporters

#if canImport(Glibc)
import Glibc
#endif

/// `envcheck-probe` (run as `envcheck probe`): probes every service the project declares.
struct ProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "envcheck probe",
        abstract: "Check that the declared services are reachable and accept the configured credentials.",
        discussion: """
        Probes PostgreSQL (postgres-url variables), Redis (redis-url variables), the compose services' \
        x-envcheck-probe URLs and their other published ports, all at once under one deadline. Optional \
        services (schema critical: false, compose services behind a profile) that fail are warnings.
        Exit codes: 0 every critical service is up, 1 the configuration is invalid, 2 usage or unreadable \
        input, 3 a critical service is down.
        """
    )

    @Argument(help: "The project directory (default: the current directory).")
    var directory: String = "."

    @Option(help: "Environment whose .env layers to use (default: NODE_ENV, else development).")
    var environment: String?

    @Option(help: "Schema directory (default: schemas/ in the project directory).")
    var schema: String?

    @Option(help: "The most one probe may take, and the whole run's deadline (e.g. 500ms, 3s).")
    var timeout: String = "3s"

    @Option(name: .customLong("retry-until"), help: "Retry failing probes, with backoff, until they are up or this much time has passed (e.g. 60s).")
    var retryUntil: String?

    @Option(help: "Output format: text, json, sarif or github.")
    var format: String = "text"

    @Flag(help: "Only print failures.")
    var quiet = false

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    func run() async throws {
        guard let timeout = DurationOption.parse(timeout), timeout > .zero else {
            throw ValidationError("--timeout: expected a duration like 500ms or 3s, got '\(self.timeout)'")
        }
        let retryDeadline = try retryUntil.map { text throws(ValidationError) in
            guard let value = DurationOption.parse(text) else {
                throw ValidationError("--retry-until: expected a duration like 30s or 2m, got '\(text)'")
            }
            return value
        }
        guard ReporterRegistry.names.contains(format) else {
            throw ValidationError("--format: expected one of \(ReporterRegistry.names.joined(separator: ", "))")
        }
        let process = ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
        let project = try ProjectSnapshot.load(directory: directory, schemaDirectory: schema, environmentFlag: environment,
                                               process: process, typeNamed: ValueTypeRegistry.type(named:))
        let plan = ProbePlan(context: project.workspace.context, compose: project.compose)

        let clock = ContinuousClock()
        let start = clock.now
        let results = await ProbeRunner(timeout: timeout, retryUntil: retryDeadline).run(plan.targets)
        let elapsed = clock.now - start

        let sockets = ListeningSockets.current()
        let portConflicts = PortClaim.claims(context: project.workspace.context, compose: project.compose)
            .compactMap { $0.conflict(in: sockets) }
        let schemaErrors = project.workspace.schemaProblems.filter { $0.severity >= .error }
        var diagnostics = schemaErrors + plan.problems + ProbeReport.diagnostics(results) + portConflicts
        if quiet { diagnostics.removeAll { $0.severity == .info } }
        let report = LintReport(diagnostics: diagnostics.sorted(), files: project.sources,
                                rules: ProbeRules.all + [PortClaim.rule])
        let options = ReporterOptions(useColor: format == "text" && StandardStreams.useColor,
                                      toolVersion: nil, informationURI: nil, quiet: quiet)
        StandardStreams.write(ReporterRegistry.reporter(named: format, options: options)?.render(report) ?? "")
        if plan.targets.isEmpty {
            StandardStreams.error("nothing to probe: no postgres-url or redis-url variable with a value, no published compose port")
        } else {
            StandardStreams.error(ProbeReport.summary(results, elapsed: elapsed))
        }
        let status = ProbeReport.exitStatus(results: results, problems: plan.problems + schemaErrors)
        if status != 0 { throw ExitCode(status) }
    }
}
