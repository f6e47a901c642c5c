import ArgumentParser
import EnvCheckCore

extension ProjectConfiguration {
    /// `.envcheck.yml` (or `path` when given, which must exist); an empty configuration when
    /// there is none. Problems go to stderr, each with its place, and end the run with exit 2.
    static func loadForCLI(path explicit: String?) throws -> ProjectConfiguration {
        let path = explicit ?? fileName
        guard explicit != nil || FileSystem.exists(path) else { return ProjectConfiguration() }
        let source = SourceFile(path: path, bytes: try FileSystem.read(path))
        let (project, problems) = load(source, knownRuleIDs: Set(RuleCatalog.descriptions.map(\.id)))
        guard problems.isEmpty else {
            for problem in problems {
                Output.error("\(problem.path):\(problem.line):\(problem.column): \(problem.message)")
            }
            throw ExitCode(ExitStatus.inputError)
        }
        return project
    }
}
