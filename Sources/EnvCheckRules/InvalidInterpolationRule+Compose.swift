import EnvCheckCore

/// `invalid-interpolation` in compose files: a `${` that is not a valid substitution makes compose
/// refuse the whole project.
extension InvalidInterpolationRule {
    func check(_ project: ComposeProject) -> [Diagnostic] {
        var seen: Set<SourceLocationKey> = []
        return project.files.flatMap { file in
            file.interpolationErrors.compactMap { error -> Diagnostic? in
                guard error.kind != .requiredMissing,
                      seen.insert(SourceLocationKey(file: file.source.path, offset: error.location.offset)).inserted
                else { return nil }
                let message = error.kind == .nestedTooDeeply
                    ? "Substitution in \(error.path) is nested too deeply to check"
                    : "Invalid substitution in \(error.path)"
                return diagnostic(
                    message, file: file.source.path, at: error.location,
                    help: "Compose refuses the whole project. Write ${NAME} or ${NAME:-default} with NAME made of letters, "
                        + "digits and _ (not starting with a digit); for a literal $ write $$")
            }
        }
    }
}
