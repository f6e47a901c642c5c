import EnvCheckCore

/// `required-variable` in compose files: `${VAR:?message}` or `${VAR?message}` with VAR missing
/// makes compose refuse the whole project, even when the value is in a service behind a profile.
extension RequiredVariableRule {
    func check(_ project: ComposeProject) -> [Diagnostic] {
        var seen: Set<SourceLocationKey> = []
        return project.files.flatMap { file in
            file.interpolationErrors.compactMap { error -> Diagnostic? in
                guard error.kind == .requiredMissing,
                      seen.insert(SourceLocationKey(file: file.source.path, offset: error.location.offset)).inserted
                else { return nil }
                let name = error.variable ?? ""
                let state = project.environment[name] == nil ? "is not set" : "is empty"
                return diagnostic(
                    "Required variable \(name) \(state) (in \(error.path))", file: file.source.path, at: error.location,
                    help: "Compose refuses the whole project, even when the value belongs to a service behind a profile. "
                        + "Set \(name) in the environment or the project .env, or use ${\(name):-default} if it is optional")
            }
        }
    }
}
