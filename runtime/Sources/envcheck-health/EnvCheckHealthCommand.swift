import ArgumentParser

/// `envcheck-health`: the health server of the reference service, configured by a config bundle.
@main
struct EnvCheckHealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "envcheck-health",
        abstract: "Serve /healthz, /readyz, /health/detailed and /v1/items from a config bundle.",
        subcommands: [ServeCommand.self, SmokeCommand.self, BareServerCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// Exit statuses, as envcheck uses them.
enum ExitStatus {
    /// A check failed (smoke).
    static let failure: Int32 = 1
    /// Bad usage or configuration, or the server could not start.
    static let inputError: Int32 = 2
}
