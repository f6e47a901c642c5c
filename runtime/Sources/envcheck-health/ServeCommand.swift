import ArgumentParser
import EnvCheckCore
import EnvCheckHealth
import Logging

/// `envcheck-health [serve]`: loads the configuration and runs the server until SIGTERM/SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the health server (the default command)."
    )

    @Option(help: "The config bundle to load (written by envcheck bundle). Without it, the process environment is resolved and validated against the project's schema, and the server refuses to start if anything is invalid.")
    var bundle: String?

    @Option(help: "Project directory whose schema and .env layers are used without --bundle.")
    var directory: String = "."

    @Option(help: "Schema directory without --bundle (default: schemas/ in the project directory).")
    var schema: String?

    @Option(help: "Environment whose .env layers to use without --bundle (default: NODE_ENV, else development).")
    var environment: String?

    @Option(name: .customLong("check-interval"), help: "Seconds between readiness checks.")
    var checkInterval: Double = 5

    @Option(name: .customLong("check-timeout"), help: "Seconds each readiness check may take.")
    var checkTimeout: Double = 2

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @Option(name: .customLong("log-format"), help: "json (one object per line, on stderr) or text.")
    var logFormat: String = "json"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { fail(StartupError("--log-level: expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")) }
        guard checkInterval > 0, checkInterval <= 3600, checkTimeout > 0, checkTimeout <= 600 else {
            fail(StartupError("--check-interval must be in (0, 3600] and --check-timeout in (0, 600] seconds"))
        }
        guard ["json", "text"].contains(logFormat) else { fail(StartupError("--log-format: expected json or text")) }
        let loaded: (ConfigBundle, AppConfig)
        do throws(StartupError) {
            if let bundle {
                loaded = try ConfigurationSource.bundle(at: bundle)
            } else {
                loaded = try ConfigurationSource.environment(directory: directory, schema: schema, environment: environment)
            }
        } catch {
            fail(error)
        }
        let (configBundle, app) = loaded
        var logger = logFormat == "json" ? Logger(label: "envcheck-health") { JSONLogHandler(label: $0) }
                                         : Logger(label: "envcheck-health") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        let checks = DependencyChecks.make(for: app)
        let monitor = ReadinessMonitor(checks: checks, interval: .milliseconds(Int64(checkInterval * 1000)),
                                       timeout: .milliseconds(Int64(checkTimeout * 1000)), logger: logger)
        let server = HealthServer(configuration: HealthServerConfiguration(app: app, bundle: configBundle), readiness: monitor)
        do {
            try await server.run(logger: logger)
        } catch {
            let message = ListenFailure.message(for: error, host: app.host, port: app.port)
                ?? "envcheck-health stopped: \(String(describing: type(of: error)))"
            fail(StartupError(message))
        }
    }

    private func fail(_ error: StartupError) -> Never {
        error.print()
        Self.exit(withError: ExitCode(ExitStatus.inputError))
    }
}
