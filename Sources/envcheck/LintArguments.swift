import EnvCheckCore

/// What `check` and `fix` were asked to do, as plain values: the parsed `LintOptions`, or the
/// defaults for a plain `envcheck [check] PATH...` read without ArgumentParser (see
/// `plainCheck(_:)`).
struct LintArguments: Equatable {
    var paths: [String] = []
    var format = "text"
    var failOn: Severity?
    var config: String?
    var quiet = false
    var enabledRules: [String] = []
    var disabledRules: [String] = []
    var severityOverrides: [SeverityOverride] = []
    var ignoreEnvironment = false
    var profiles: [String] = []
    var schema: String?
    var environment: String?

    /// The settings of this run: `.envcheck.yml` (or `--config`) overridden by the flags.
    /// Configuration problems are printed to stderr and end the run with exit 2.
    func settings() throws -> RunSettings {
        let project = try ProjectConfiguration.loadForCLI(path: config)
        var lint = project.lint
        lint.enabled.formUnion(enabledRules)
        lint.enabled.subtract(disabledRules)
        lint.disabled.formUnion(disabledRules)
        lint.disabled.subtract(enabledRules)
        for entry in severityOverrides { lint.severities[entry.ruleID] = entry.severity }
        let paths = paths.isEmpty ? project.files : paths
        return RunSettings(paths: paths, lint: lint, failOn: failOn ?? project.failOn ?? .error)
    }

    /// The environment interpolation sees.
    var processEnvironment: ProcessEnvironment {
        ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
    }
}

extension LintArguments {
    /// The arguments of a plain check — `envcheck`, `envcheck PATH...` or `envcheck check PATH...`
    /// with no option — or nil for anything else, which goes through ArgumentParser.
    ///
    /// This is the pre-commit hook's and CI's invocation. Building ArgumentParser's command tree
    /// (reflection over every option of every subcommand) costs about 1.5 ms, a quarter of the
    /// whole start-up, and a plain check needs none of it. A test checks that the result equals
    /// what ArgumentParser makes of the same words.
    static func plainCheck(_ words: ArraySlice<String>) -> LintArguments? {
        var paths = words
        if paths.first == CheckCommand.configuration.commandName {
            paths = paths.dropFirst()
        } else if let first = paths.first, reservedFirstWords.contains(first) {
            return nil
        }
        // Options, `-` (stdin) and `--` are left to ArgumentParser, as is an empty word.
        guard paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") }) else { return nil }
        return LintArguments(paths: Array(paths))
    }

    /// Words that, first, name a subcommand (or ask for help) rather than a path.
    private static let reservedFirstWords: Set<String> = Set(
        EnvCheckCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
}
