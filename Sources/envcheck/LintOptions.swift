import ArgumentParser
import EnvCheckCore

/// Options shared by `check` and `fix`: what to lint and how findings are judged.
struct LintOptions: ParsableArguments {
    @Argument(help: "Files or directories to check (default: the files of .envcheck.yml, else the current directory: its .env* files, compose project and schemas/; - for stdin).")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif or github.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error (default), warning or info.")
    var failOn: Severity?

    @Option(help: "Configuration file (default: .envcheck.yml in the current directory, if present).")
    var config: String?

    @Flag(help: "Print only findings, no summary; nothing when clean.")
    var quiet = false

    @Option(name: .customLong("enable"), help: "Turn on a rule (opt-in rules such as unordered-key). Repeatable.")
    var enabledRules: [String] = []

    @Option(name: .customLong("disable"), help: "Turn off a rule. Repeatable.")
    var disabledRules: [String] = []

    @Option(name: .customLong("severity"), help: "Override a rule's severity: ID=error|warning|info. Repeatable.")
    var severityOverrides: [SeverityOverride] = []

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    @Option(name: .customLong("profile"), help: "Activate a compose profile (like COMPOSE_PROFILES). Repeatable.")
    var profiles: [String] = []

    @Option(help: "Schema directory (default: schemas/ in the checked directory, if present).")
    var schema: String?

    @Option(help: "Environment whose .env layers to check (default: NODE_ENV, else development).")
    var environment: String?

    func validate() throws {
        let known = Set(RuleCatalog.descriptions.map(\.id))
        for id in enabledRules + disabledRules where !known.contains(id) {
            throw ValidationError("Unknown rule id '\(id)'; run `envcheck rules` for the list")
        }
        for entry in severityOverrides where !known.contains(entry.ruleID) {
            throw ValidationError("Bad --severity '\(entry.argument)': expected RULE-ID=error|warning|info with a known rule id")
        }
        guard ReportFormat.names.contains(format) else {
            throw ValidationError("Unknown format '\(format)'; expected one of \(ReportFormat.names.joined(separator: ", "))")
        }
    }

    /// The options as plain values.
    var arguments: LintArguments {
        LintArguments(paths: paths, format: format, failOn: failOn, config: config, quiet: quiet, enabledRules: enabledRules,
                      disabledRules: disabledRules, severityOverrides: severityOverrides, ignoreEnvironment: ignoreEnvironment,
                      profiles: profiles, schema: schema, environment: environment)
    }
}

extension Severity: ExpressibleByArgument {}

/// One `--severity RULE-ID=LEVEL`, parsed once when the arguments are read.
struct SeverityOverride: ExpressibleByArgument, Equatable {
    /// The rule.
    var ruleID: String
    /// Its severity for this run.
    var severity: Severity
    /// The argument as written.
    var argument: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let severity = Severity(rawValue: parts[1]) else { return nil }
        ruleID = parts[0]
        self.severity = severity
        self.argument = argument
    }
}

/// What one run of `check` or `fix` uses, after configuration and flags are merged.
struct RunSettings {
    /// The paths to check (empty: the current directory).
    var paths: [String]
    /// Rules and severities.
    var lint: LintConfiguration
    /// The failure threshold.
    var failOn: Severity
}
