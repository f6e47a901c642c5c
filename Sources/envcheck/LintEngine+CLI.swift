import EnvCheckCore

extension LintEngine {
    /// Lints a compose project next to `.env` files already linted on their own: an env file
    /// among `linted` already reports why compose refuses it, so `invalid-env-file` does not
    /// repeat that finding.
    func lint(_ project: ComposeProject, besides linted: [SourceFile]) -> [Diagnostic] {
        let paths = Set(linted.map(\.path))
        return lint(project).filter { !($0.ruleID == "invalid-env-file" && paths.contains($0.path)) }
    }
}

extension Array where Element == SourceFile {
    /// Adds the sources whose paths are not here yet (a file can belong to several checks).
    mutating func appendNew(_ others: [SourceFile]) {
        var paths = Set(map(\.path))
        for source in others where paths.insert(source.path).inserted { append(source) }
    }
}
