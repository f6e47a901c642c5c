import ArgumentParser
import EnvCheckCore

/// Options shared by `check` and `fix`: what to lint and how findings are judged.
struct LintOptions: ParsableArguments {
    @Argument(help: "Files or directories to check (default: the .env* files of the current directory; - for stdin).")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif or github.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning or info.")
    var failOn: Severity = .error

    @Flag(help: "Print only findings, no summary; nothing when clean.")
    var quiet = false

    @Option(name: .customLong("enable"), help: "Turn on a rule (opt-in rules such as unordered-key). Repeatable.")
    var enabledRules: [String] = []

    @Option(name: .customLong("disable"), help: "Turn off a rule. Repeatable.")
    var disabledRules: [String] = []

    @Option(name: .customLong("severity"), help: "Override a rule's severity: ID=error|warning|info. Repeatable.")
    var severityOverrides: [String] = []

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    func validate() throws {
        let known = Set(RuleCatalog.descriptions.map(\.id))
        for id in enabledRules + disabledRules where !known.contains(id) {
            throw ValidationError("Unknown rule id '\(id)'; run `envcheck rules` for the list")
        }
        for entry in severityOverrides {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, known.contains(parts[0]), Severity(rawValue: parts[1]) != nil else {
                throw ValidationError("Bad --severity '\(entry)': expected RULE-ID=error|warning|info with a known rule id")
            }
        }
        guard ReportFormat.names.contains(format) else {
            throw ValidationError("Unknown format '\(format)'; expected one of \(ReportFormat.names.joined(separator: ", "))")
        }
    }

    /// The lint configuration the flags describe.
    var configuration: LintConfiguration {
        var severities: [String: Severity] = [:]
        for entry in severityOverrides {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, let severity = Severity(rawValue: parts[1]) { severities[parts[0]] = severity }
        }
        return LintConfiguration(disabled: Set(disabledRules), enabled: Set(enabledRules), severities: severities)
    }

    /// The environment interpolation sees.
    var environment: ProcessEnvironment {
        ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
    }
}

extension Severity: ExpressibleByArgument {}
