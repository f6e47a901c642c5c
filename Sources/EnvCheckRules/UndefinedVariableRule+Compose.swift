import EnvCheckCore

/// `undefined-variable` in compose files: a `${VAR}` without a fallback whose variable is not in
/// the project environment (the process environment over the project `.env`).
extension UndefinedVariableRule {
    func check(_ project: ComposeProject) -> [Diagnostic] {
        let ports = project.services.flatMap(\.ports).map(\.node)
        return project.referencesWithFiles.compactMap { file, reference in
            guard reference.op == nil, !reference.isDefined,
                  !ports.contains(where: { $0.file == file && $0.contains(reference.location) }) else { return nil }
            let name = reference.name
            return diagnostic(
                "Variable \(name) in \(reference.path) is not set", file: file, at: reference.location,
                help: "Compose substitutes an empty string. Set \(name) in the environment or the project .env, or give "
                    + "a default with ${\(name):-default}; write $$ for a literal $")
        }
    }
}
