import ArgumentParser
import EnvCheckCore

#if canImport(Glibc)
import Glibc
#endif

/// `envcheck`: lint, fix and resolve `.env` files the way docker compose reads them.
@main
struct EnvCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "envcheck",
        abstract: "Lint, fix and resolve .env and compose files exactly as docker compose reads them.",
        discussion: "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input (probe: 3, a critical service is down).",
        version: version,
        subcommands: [CheckCommand.self, FixCommand.self, PrintCommand.self, BundleCommand.self, RulesCommand.self, InitCommand.self,
                      ExplainCommand.self, DocsCommand.self, PortsCommand.self, ProbeCommand.self, SmokeCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// envcheck's version.
    static let version = "0.1.0"

    /// Runs the command and maps every failure to envcheck's exit codes: usage errors are 2, not
    /// ArgumentParser's 64, and no error ever prints a stack trace.
    static func main() {
        AllocatorTuning.apply()
        do {
            if let plain = LintArguments.plainCheck(CommandLine.arguments.dropFirst()) {
                Glibc.exit(try CheckRunner(options: plain, fix: false, dryRun: false).run())
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Glibc.exit(exit.rawValue)
        } catch let error as FileSystemError {
            Output.error(error.description)
            Glibc.exit(ExitStatus.inputError)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            Output.error(fullMessage(for: error))
            Glibc.exit(ExitStatus.inputError)
        }
    }
}

/// envcheck's exit statuses.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let inputError: Int32 = 2
}
