import ArgumentParser
import EnvCheckCore
import EnvCheckHealth

/// `envcheck-health smoke URL --bundle FILE`: the deploy gate's health-endpoint checks against a
/// running server; exits 1 with the report when any fails.
struct SmokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smoke",
        abstract: "Check a running health server: /healthz, /readyz, /health/detailed, request ids, an idempotent replay."
    )

    @Argument(help: "The server's base URL (http://host:port).")
    var url: String

    @Option(help: "The config bundle whose HEALTH_KEY is sent to /health/detailed.")
    var bundle: String?

    @Option(help: "Seconds each request may take.")
    var timeout: Double = 5

    func run() async throws {
        let target: SmokeTarget
        switch SmokeTarget.parse(url) {
        case .success(let parsed): target = parsed
        case .failure(let failure): usageError(failure.description)
        }
        guard timeout > 0, timeout <= 300 else { usageError("--timeout must be in (0, 300] seconds") }
        var healthKey: String?
        if let bundle {
            do throws(StartupError) {
                healthKey = try Self.healthKey(bundlePath: bundle)
            } catch {
                usageError(error.message)
            }
        }
        let results = await SmokeCheck.run(target, healthKey: healthKey, timeout: .milliseconds(Int64(timeout * 1000)))
        StandardStreams.write(SmokeCheck.report(results, target: url))
        if results.contains(where: { !$0.passed }) { throw ExitCode(ExitStatus.failure) }
    }

    /// The bundle's `HEALTH_KEY`, when it has one.
    static func healthKey(bundlePath: String) throws(StartupError) -> String? {
        let (bundle, _) = try ConfigurationSource.bundle(at: bundlePath)
        guard let variable = bundle["HEALTH_KEY"] else { return nil }
        guard !variable.isRedacted else {
            throw StartupError("\(bundlePath): HEALTH_KEY is redacted in this bundle; the smoke checks need the unredacted bundle")
        }
        switch variable.typed {
        case .secret(let key)?, .string(let key)?: return key
        default: return variable.value
        }
    }

    private func usageError(_ message: String) -> Never {
        StandardStreams.error(message, prefix: "envcheck-health: ")
        Self.exit(withError: ExitCode(ExitStatus.inputError))
    }
}
