import EnvCheckCore

/// `undefined-variable` in compose files: a `${VAR}` without a fallback whose variable is not in
/// the project environment (the process environment over the project `.env`).
extension UndefinedVariableRule {
    func check(_ project: ComposeProject) -> [Diagnostic] {
        // The references written inside a port entry (`port-variable-undefined` reports those),
        // found by binary search in each file's sorted references.
        var inPorts: Set<SourceLocationKey> = []
        for node in project.services.lazy.flatMap(\.ports).map(\.node) {
            for file in project.files where file.source.path == node.file {
                for reference in file.references(in: node.start.offset..<max(node.end.offset, node.start.offset + 1)) {
                    inPorts.insert(SourceLocationKey(file: node.file, offset: reference.location.offset))
                }
            }
        }
        // Each file's references in turn (as `referencesWithFiles` lists them), without building that list.
        return project.files.flatMap { composeFile in
            let file = composeFile.source.path
            return composeFile.references.compactMap { reference -> Diagnostic? in
                guard reference.op == nil, !reference.isDefined,
                      !inPorts.contains(SourceLocationKey(file: file, offset: reference.location.offset)) else { return nil }
                let name = reference.name
                return diagnostic(
                    "Variable \(name) in \(reference.path) is not set", file: file, at: reference.location,
                    help: "Compose substitutes an empty string. Set \(name) in the environment or the project .env, or give "
                        + "a default with ${\(name):-default}; write $$ for a literal $")
            }
        }
    }
}
