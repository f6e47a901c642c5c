/// The settings of `.envcheck.yml`: which files `envcheck check` looks at by default, which
/// rules run at what severity, and the failure threshold. Command-line flags override it.
///
/// ```yaml
/// files: [.env, .env.example]
/// fail-on: warning
/// rules:
///   unordered-key: on        # on | off | error | warning | info
///   trailing-whitespace: off
/// ```
public struct ProjectConfiguration: Sendable {
    /// The conventional file name, looked up in the current directory.
    public static let fileName = ".envcheck.yml"

    /// Paths to check when none are given.
    public var files: [String] = []
    /// The failure threshold, if set.
    public var failOn: Severity?
    /// Rule settings.
    public var lint = LintConfiguration()

    /// Creates an empty configuration.
    public init() {}

    /// Reads a configuration file. Every problem (YAML syntax, an unknown key, an unknown rule
    /// id, a bad value) is a diagnostic with its line and column; the settings that could be
    /// read are kept.
    public static func load(_ source: SourceFile, knownRuleIDs: Set<String>) -> (ProjectConfiguration, [Diagnostic]) {
        var reader = ConfigurationReader(source: source, knownRuleIDs: knownRuleIDs)
        let document = YAMLLoader.load(source)
        for problem in document.problems {
            reader.report(problem.message, at: problem.location)
        }
        if let root = document.root {
            reader.read(root)
        }
        return (reader.configuration, reader.diagnostics)
    }

    /// The description of configuration problems (always errors: a typo must not pass silently).
    public static let problemDescription = RuleDescription(
        id: "invalid-config",
        severity: .error,
        summary: "The .envcheck.yml configuration has an unknown key, rule id or value",
        rationale: "A misspelt setting would otherwise be ignored and the check would not do what the file says.",
        passing: [],
        failing: [])
}

/// Walks the configuration document, collecting settings and problems.
private struct ConfigurationReader {
    let source: SourceFile
    let knownRuleIDs: Set<String>
    var configuration = ProjectConfiguration()
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile, knownRuleIDs: Set<String>) {
        self.source = source
        self.knownRuleIDs = knownRuleIDs
    }

    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(ruleID: ProjectConfiguration.problemDescription.id, severity: .error, message: message,
                                      path: source.path, range: SourceRange(start: location, end: location)))
    }

    mutating func read(_ root: YAMLNode) {
        if root.isNull { return }
        guard let pairs = root.mapping else {
            report("The configuration must be a mapping, not \(root.typeName)", at: root.start)
            return
        }
        for (key, value) in pairs {
            switch key.scalar {
            case "files": readFiles(value)
            case "fail-on": configuration.failOn = severity(value, setting: "fail-on", expected: "error, warning or info")
            case "rules": readRules(value)
            default: report("Unknown setting \(key.scalar ?? "?"); expected files, fail-on or rules", at: key.start)
            }
        }
    }

    private mutating func readFiles(_ node: YAMLNode) {
        let items = node.sequence ?? [node]
        for item in items {
            guard let path = item.scalar, !item.isNull else {
                report("files: each entry must be a path", at: item.start)
                continue
            }
            configuration.files.append(path)
        }
    }

    private mutating func readRules(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            report("rules must be a mapping of rule id to on, off or a severity", at: node.start)
            return
        }
        for (key, value) in pairs {
            guard let id = key.scalar, knownRuleIDs.contains(id) else {
                report("Unknown rule id \(key.scalar ?? "?") in rules", at: key.start)
                continue
            }
            switch value.scalar?.lowercased() {
            case "on", "true", "yes": configuration.lint.enabled.insert(id)
            case "off", "false", "no": configuration.lint.disabled.insert(id)
            default:
                if let level = severity(value, setting: "rules.\(id)", expected: "on, off, error, warning or info") {
                    configuration.lint.enabled.insert(id)
                    configuration.lint.severities[id] = level
                }
            }
        }
    }

    private mutating func severity(_ node: YAMLNode, setting: String, expected: String) -> Severity? {
        if let text = node.scalar, let level = Severity(rawValue: text) { return level }
        report("\(setting) must be \(expected)", at: node.start)
        return nil
    }
}
