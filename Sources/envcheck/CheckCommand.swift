import ArgumentParser
import EnvCheckCore

/// `envcheck check`: lint files, print the findings, optionally fix them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint .env files, the compose project and the variables against schemas/ (the default command)."
    )

    @OptionGroup var options: LintOptions

    @Flag(help: "Apply the safe fixes, then report what is left.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print a unified diff (secrets masked) instead of writing.")
    var dryRun = false

    func run() throws {
        let status = try CheckRunner(options: options.arguments, fix: fix, dryRun: dryRun).run()
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}

/// `envcheck fix`: the same as `envcheck check --fix`.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the safe fixes and the schema defaults (same as check --fix)."
    )

    @OptionGroup var options: LintOptions

    @Flag(name: .customLong("dry-run"), help: "Print a unified diff (secrets masked) instead of writing.")
    var dryRun = false

    func run() throws {
        let status = try CheckRunner(options: options.arguments, fix: true, dryRun: dryRun).run()
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}
